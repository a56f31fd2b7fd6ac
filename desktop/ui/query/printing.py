"""Print one record: a QTextDocument of what the record view shows (money
figures computed by localdb.money; table rows as filtered on screen), shown
in a print preview from which it goes to the printer or a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
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


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls
WIDE_COLUMNS = 7  # a table with more columns prints in landscape


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
    return f"<table class='grid' width='100%' cellspacing='0'><thead><tr>{head}</tr></thead>{body}</table>"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def record_html(d: RecordDetail, money: MoneyTable | None = None, rows: PrintableRows | None = None,
                printed_at: datetime | None = None) -> str:
    version = translate("query_print", "第 {n} 版").format(n=d.version)
    parts = [f"<h1>{escape(d.title)}</h1>",
             f"<p><b>{escape(labels.state_label(d.state))}</b> · {escape(version)}</p>"]
    if d.state == SUPERSEDED:
        newer = next((v.version for v in d.versions if v.id == (d.superseded_by or d.current_id)), None)
        if newer:
            note = translate("query_print", "此版本已被更正（最新为第 {n} 版），请以最新版本为准。")
            note = note.format(n=newer)
        else:
            note = translate("query_print", "此版本已被更正，请以最新版本为准。")
        parts.append(f"<p class='notice'>{escape(note)}</p>")
    elif d.state == WITHDRAWN:
        note = translate("query_print", "此记录已撤回。原因：{reason}").format(reason=d.withdrawn_reason)
        parts.append(f"<p class='notice'>{escape(note)}</p>")
    category = f"{d.category} · {d.subcategory}" if d.subcategory else d.category
    facts = [
        (translate("query_print", "类别"), category),
        (translate("query_print", "期间"), labels.period_text(d.period_start, d.period_end)),
        (translate("query_print", "公开事项"), d.disclosure_item),
        (translate("query_print", "发布时间"), labels.local_time(d.published_at)),
        (translate("query_print", "标签"), "、".join(d.tags)),
    ]
    parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v) + "</table>")
    if d.summary:
        parts.append(_heading(translate("query_print", "摘要")) + f"<p>{_text(d.summary)}</p>")
    if d.body_text:
        parts.append(_heading(translate("query_print", "正文")) + f"<p>{_text(d.body_text)}</p>")
    if money is not None and money.record_id == d.id:
        parts.append(_money_html(money))
    if rows is not None:
        parts.append(_heading(rows.title) + _table(rows.headers, rows.rows))
        if rows.total > len(rows.rows):
            note = translate("query_print", "共 {total} 行，此处打印前 {n} 行。").format(
                total=rows.total, n=len(rows.rows))
            parts.append(f"<p class='muted'>{escape(note)}</p>")
    if d.attachments:
        parts.append(_heading(translate("query_print", "附件")) + "<ul>" + "".join(
            f"<li>{escape(a.filename)}（{escape(labels.file_size(a.size))}）</li>" for a in d.attachments)
            + "</ul>")
    if len(d.versions) > 1:
        line = translate("query_print", "第 {n} 版 · {state} · {date}")
        parts.append(_heading(translate("query_print", "版本")) + "<ul>" + "".join(
            "<li>" + escape(line.format(n=v.version, state=labels.state_label(v.state),
                                        date=labels.local_date(v.published_at))) + "</li>"
            for v in d.versions) + "</ul>")
    if d.questions:
        answer = escape(translate("query_print", "答复"))
        parts.append(_heading(translate("query_print", "质疑与答复")))
        for q in d.questions:
            parts.append(f"<p><b>{escape(q.number)}</b> {_text(q.text)}<br>"
                         f"<b>{answer}</b> {_text(q.answer)}</p>")
    when = (printed_at or datetime.now(SHANGHAI)).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    printed = translate("query_print", "打印时间 {at}").format(at=when)
    parts.append(f"<p class='muted'>{escape(printed)}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _money_html(t: MoneyTable) -> str:
    headers: tuple[str, ...] = (
        translate("query_print", "序号"),
        translate("query_print", "日期"),
        translate("query_print", "科目"),
        translate("query_print", "类别"),
        translate("query_print", "摘要"),
        translate("query_print", "金额（元）"),
        translate("query_print", "备注"),
    )
    lines: list[tuple[str, ...]] = [
        (str(r.line_no), r.occurred_on.isoformat(), r.account_name, money_label(r.direction_label),
         r.description, labels.yuan(r.amount), r.note) for r in t.lines]
    if not any(r.note for r in t.lines):  # 备注 only when some line has one
        headers, lines = headers[:-1], [line[:-1] for line in lines]
    title = translate("query_print", "{model}收支表").format(model=money_label(t.model_label))
    out = [_heading(title), _table(headers, lines, {0, 5})]
    figures = [(money_label(s.label), labels.yuan(s.amount)) for s in t.summary]
    out.append("<br>" + _table([k for k, _ in figures], [[v for _, v in figures]], set(range(len(figures)))))
    if t.model == "lump_sum" and t.by_class:
        out.append(_heading(translate("query_print", "按类别")))
        out.append(_table((translate("query_print", "类别"), translate("query_print", "金额（元）")),
                          [(c.label, labels.yuan(c.amount)) for c in t.by_class], {1}))
    return "".join(out)


def document(d: RecordDetail, money: MoneyTable | None = None,
             rows: PrintableRows | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(record_html(d, money, rows))
    return doc


class RecordPreview(QPrintPreviewDialog):
    """The preview keeps its printer and document: QPrinter is no QObject, and a
    printer collected while the dialog paints crashes the process."""

    def __init__(self, printer: QPrinter, doc: QTextDocument, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer
        self.document = doc
        self.paintRequested.connect(doc.print_)


def preview(parent: QWidget, d: RecordDetail, money: MoneyTable | None = None,
            rows: PrintableRows | None = None) -> RecordPreview:
    """打印: a preview of the record on A4; print or save as PDF from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # A register's many columns read better across the page; QTextDocument.print_
    # adds its own 2 cm margin around the text.
    wide = rows is not None and len(rows.headers) > WIDE_COLUMNS
    orientation = QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    dialog = RecordPreview(printer, document(d, money, rows), parent)
    dialog.setWindowTitle(translate("query_print", "打印预览 - {title}").format(title=d.title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(900, 800)
    dialog.open()
    return dialog
