"""Print one record: a QTextDocument of what the record view shows (money
figures computed by localdb.money; table rows as filtered on screen), shown
in a print preview from which it goes to the printer or a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.ui.desk.labels import SHANGHAI
from desktop.ui.query import labels
from desktop.ui.query.body_money import money_label
from localdb.money.table import MoneyTable
from localdb.records.queries import SUPERSEDED, WITHDRAWN, RecordDetail


@dataclass(frozen=True)
class PrintableRows:
    """A work or register table as shown: headers, the rows (up to a limit) and
    how many rows the filter matched in all."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int


def _t(text: str) -> str:
    return QCoreApplication.translate("query_print", text)


STYLE = """
body { font-size: 10pt; color: #1f2933; }
h1 { font-size: 16pt; color: #1f3a5f; margin-bottom: 4px; }
h2 { font-size: 12pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e4e7eb; padding: 3px 6px; border: 1px solid #9aa5b1; }
table.grid td { padding: 3px 6px; border: 1px solid #9aa5b1; }
td.num { text-align: right; }
p.notice { color: #7a4b00; font-weight: bold; }
p.muted { color: #52606d; }
"""


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]],
           numeric: frozenset[int] | set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{escape(v)}</td>" if i in numeric else f"<td>{escape(v)}</td>"
                         for i, v in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{head}</tr>{body}</table>"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def record_html(d: RecordDetail, money: MoneyTable | None = None, rows: PrintableRows | None = None,
                printed_at: datetime | None = None) -> str:
    parts = [f"<h1>{escape(d.title)}</h1>"]
    state = labels.state_label(d.state)
    parts.append(f"<p><b>{escape(state)}</b> · {escape(_t('第 {n} 版').format(n=d.version))}</p>")
    if d.state == SUPERSEDED:
        newer = next((v.version for v in d.versions if v.id == (d.superseded_by or d.current_id)), None)
        note = _t("此版本已被更正（最新为第 {n} 版），请以最新版本为准。").format(n=newer) if newer \
            else _t("此版本已被更正，请以最新版本为准。")
        parts.append(f"<p class='notice'>{escape(note)}</p>")
    elif d.state == WITHDRAWN:
        parts.append("<p class='notice'>" + escape(_t("此记录已撤回。原因：{reason}").format(
            reason=d.withdrawn_reason)) + "</p>")
    facts = [
        (_t("类别"), f"{d.category} · {d.subcategory}" if d.subcategory else d.category),
        (_t("期间"), labels.period_text(d.period_start, d.period_end)),
        (_t("公开事项"), d.disclosure_item),
        (_t("发布时间"), labels.local_time(d.published_at)),
        (_t("标签"), "、".join(d.tags)),
    ]
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v) + "</table>")
    if d.summary:
        parts.append(f"<h2>{escape(_t('摘要'))}</h2><p>{_text(d.summary)}</p>")
    if d.body_text:
        parts.append(f"<h2>{escape(_t('正文'))}</h2><p>{_text(d.body_text)}</p>")
    if money is not None and money.record_id == d.id:
        parts.append(_money_html(money))
    if rows is not None:
        parts.append(f"<h2>{escape(rows.title)}</h2>")
        parts.append(_table(rows.headers, list(rows.rows)))
        if rows.total > len(rows.rows):
            parts.append("<p class='muted'>" + escape(_t("共 {total} 行，此处打印前 {n} 行。").format(
                total=rows.total, n=len(rows.rows))) + "</p>")
    if d.attachments:
        parts.append(f"<h2>{escape(_t('附件'))}</h2><ul>" + "".join(
            f"<li>{escape(a.filename)}（{escape(labels.file_size(a.size))}）</li>" for a in d.attachments)
            + "</ul>")
    if len(d.versions) > 1:
        parts.append(f"<h2>{escape(_t('版本'))}</h2><ul>" + "".join(
            "<li>" + escape(_t("第 {n} 版 · {state} · {date}").format(
                n=v.version, state=labels.state_label(v.state), date=labels.local_date(v.published_at)))
            + "</li>" for v in d.versions) + "</ul>")
    if d.questions:
        parts.append(f"<h2>{escape(_t('质疑与答复'))}</h2>")
        for q in d.questions:
            parts.append(f"<p><b>{escape(q.number)}</b> {_text(q.text)}<br>"
                         f"<b>{escape(_t('答复'))}</b> {_text(q.answer)}</p>")
    when = (printed_at or datetime.now(SHANGHAI)).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    parts.append("<p class='muted'>" + escape(_t("打印时间 {at}").format(at=when)) + "</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _money_html(t: MoneyTable) -> str:
    headers = (_t("序号"), _t("日期"), _t("科目"), _t("类别"), _t("摘要"), _t("金额（元）"), _t("备注"))
    lines = [(str(r.line_no), r.occurred_on.isoformat(), r.account_name, money_label(r.direction_label),
              r.description, labels.yuan(r.amount), r.note) for r in t.lines]
    out = [f"<h2>{escape(_t('{model}收支表').format(model=money_label(t.model_label)))}</h2>",
           _table(headers, lines, {0, 5})]
    figures = [(money_label(s.label), labels.yuan(s.amount)) for s in t.summary]
    out.append("<br>" + _table(tuple(k for k, _ in figures), [tuple(v for _, v in figures)],
                               set(range(len(figures)))))
    if t.model == "lump_sum" and t.by_class:
        out.append(f"<h2>{escape(_t('按类别'))}</h2>")
        out.append(_table((_t("类别"), _t("金额（元）")),
                          [(c.label, labels.yuan(c.amount)) for c in t.by_class], {1}))
    return "".join(out)


def document(d: RecordDetail, money: MoneyTable | None = None,
             rows: PrintableRows | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(record_html(d, money, rows))
    return doc


def preview(parent: QWidget, d: RecordDetail, money: MoneyTable | None = None,
            rows: PrintableRows | None = None) -> QPrintPreviewDialog:
    """打印: a preview of the record on A4; print or save as PDF from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = document(d, money, rows)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_t("打印预览 - {title}").format(title=d.title))
    dialog.paintRequested.connect(doc.print_)
    doc.setParent(dialog)  # alive while the dialog is open
    dialog.resize(900, 800)
    dialog.open()
    return dialog
