"""One public record at the kiosk: what it is, its text, its money or work
table, its documents (opened in the viewer), the answers shown with it, and
a way to question it. Everything arrives masked from localdb.kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kiosk.parts import button, card, label, scroller
from desktop.ui.query import labels, rows_source
from desktop.ui.query.body_money import money_label
from localdb.kiosk.reads import PublicAttachment, PublicRecord

MAX_TABLE_ROWS = 12


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    t.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    t.verticalHeader().hide()
    t.setWordWrap(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(t: QTableWidget, rows: list[tuple[str, ...]], right: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, item)
    t.resizeRowsToContents()
    shown = min(max(len(rows), 1), MAX_TABLE_ROWS)
    height = t.horizontalHeader().sizeHint().height() + sum(t.rowHeight(i) for i in range(shown))
    t.setFixedHeight(height + 2 * t.frameWidth() + 4)


class RecordPage(QWidget):
    open_record = Signal(int)
    open_document = Signal(object)  # PublicAttachment
    ask = Signal(object)  # PublicRecord
    more_rows = Signal(int, int)  # record id, offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: PublicRecord | None = None
        self.title = label("", "pageTitle")
        self.badge = label("", "badge", wrap=False)
        self.newer = button("")
        self.newer.clicked.connect(self._newer)
        badges = QHBoxLayout()
        badges.addWidget(self.badge)
        badges.addWidget(self.newer)
        badges.addStretch(1)
        self.notice = label("", "badgeOld")
        self.fields: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for i, (key, caption) in enumerate((("category", self.tr("类别")), ("period", self.tr("期间")),
                                            ("item", self.tr("公开事项")), ("published", self.tr("发布时间")),
                                            ("tags", self.tr("关键词")))):
            name, value = label(caption, "muted", wrap=False), label()
            self.fields[key] = (name, value)
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i, 1)
        grid.setColumnStretch(1, 1)
        self.summary_title = label(self.tr("摘要"), "section")
        self.summary = label()
        self.body_title = label(self.tr("正文"), "section")
        self.body = label()
        self.money_title = label("", "section")
        self.money = _table([self.tr("日期"), self.tr("科目"), self.tr("类别"), self.tr("摘要"),
                             self.tr("金额（元）")])
        self.figures = label()
        self.rows_title = label("", "section")
        self.rows = _table([])
        self.rows_more = button(self.tr("显示更多行"))
        self.rows_more.clicked.connect(self._more)
        self.docs_title = label(self.tr("文件（点击打开阅读）"), "section")
        self.docs_box = QWidget()
        self.docs = QVBoxLayout(self.docs_box)
        self.docs.setContentsMargins(0, 0, 0, 0)
        self.doc_buttons: list[QWidget] = []
        self.questions_title = label(self.tr("质疑与答复"), "section")
        self.questions = label()
        self.ask_button = button(self.tr("对这份记录有疑问？提出质疑"), "primary")
        self.ask_button.clicked.connect(lambda: self.ask.emit(self.record) if self.record else None)

        sheet = card()
        lay = QVBoxLayout(sheet)
        lay.setContentsMargins(26, 22, 26, 26)
        lay.setSpacing(10)
        lay.addWidget(self.title)
        lay.addLayout(badges)
        lay.addWidget(self.notice)
        lay.addLayout(grid)
        for w in (self.summary_title, self.summary, self.body_title, self.body, self.money_title, self.money,
                  self.figures, self.rows_title, self.rows, self.rows_more, self.docs_title, self.docs_box,
                  self.questions_title, self.questions):
            lay.addWidget(w)
        body = QWidget()
        outer_lay = QVBoxLayout(body)
        outer_lay.setContentsMargins(28, 20, 28, 28)
        outer_lay.setSpacing(16)
        outer_lay.addWidget(sheet)
        outer_lay.addWidget(self.ask_button)
        outer_lay.addStretch(1)
        self.area = scroller(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self._rows: list[tuple[str, ...]] = []

    def show_record(self, d: PublicRecord) -> None:
        self.record = d
        self.area.verticalScrollBar().setValue(0)
        self.title.setText(d.title)
        self.badge.setText(self.tr("已被更正") if d.superseded else self.tr("已发布"))
        self.badge.setObjectName("badgeOld" if d.superseded else "badge")
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        newer = next((v.version for v in d.versions if v.id == d.current_id), None)
        self.newer.setText(self.tr("查看最新版本（第 {n} 版）").format(n=newer) if newer else "")
        self.newer.setVisible(d.current_id is not None)
        notice = self.tr("这是第 {n} 版，已于 {date} 被更正，保留供查阅；请以最新版本为准。")
        self.notice.setText(notice.format(n=d.version, date=labels.local_date(d.superseded_at))
                            if d.superseded else "")
        self.notice.setVisible(d.superseded)
        values = {
            "category": f"{d.category} · {d.subcategory}" if d.subcategory else d.category,
            "period": labels.period_text(d.period_start, d.period_end),
            "item": d.disclosure_item,
            "published": labels.local_time(d.published_at),
            "tags": "、".join(d.tags),
        }
        for key, (name, value) in self.fields.items():
            value.setText(values[key])
            name.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))
        for title, shown, text in ((self.summary_title, self.summary, d.summary),
                                   (self.body_title, self.body, d.body_text)):
            shown.setText(text)
            title.setVisible(bool(text))
            shown.setVisible(bool(text))
        self._show_money(d)
        self._rows = []
        is_rows = rows_source.is_rows_kind(d.body_kind) and d.row_count > 0
        for w in (self.rows_title, self.rows):
            w.setVisible(is_rows)
        self.rows_more.hide()
        if is_rows:
            self.rows_title.setText(self.tr("{title}（共 {n} 行）").format(
                title=rows_source.title(d.body_kind), n=d.row_count))
            headers = list(rows_source.headers(d.body_kind))
            self.rows.setColumnCount(len(headers))
            self.rows.setHorizontalHeaderLabels(headers)
            _fill(self.rows, [])
        self._show_docs(d.attachments)
        parts = []
        for q in d.questions:
            parts.append(self.tr("质疑 {number}（{asked}）：{text}\n答复（{answered}）：{answer}").format(
                number=q.number, asked=labels.local_date(q.asked_at), text=q.text,
                answered=labels.local_date(q.answered_at), answer=q.answer))
        self.questions.setText("\n\n".join(parts))
        self.questions_title.setVisible(bool(parts))
        self.questions.setVisible(bool(parts))

    def _show_money(self, d: PublicRecord) -> None:
        m = d.money
        for w in (self.money_title, self.money, self.figures):
            w.setVisible(m is not None)
        if m is None:
            return
        self.money_title.setText(self.tr("{model}收支明细").format(model=money_label(m.model_label)))
        _fill(self.money, [(line.occurred_on.isoformat(), line.account, money_label(line.direction_label),
                            line.description, labels.yuan(line.amount)) for line in m.lines], {4})
        self.money.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        figures = [f"{money_label(name)}：{labels.yuan(amount)} 元" for name, amount in m.summary]
        figures += [f"{name}：{labels.yuan(amount)} 元" for name, amount in m.by_class]
        self.figures.setText("    ".join(figures))

    def add_rows(self, record_id: int, rows: list[tuple[str, ...]]) -> None:
        d = self.record
        if d is None or d.id != record_id:
            return
        self._rows += rows
        _fill(self.rows, self._rows)
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows_more.setVisible(len(self._rows) < d.row_count)

    def _more(self) -> None:
        if self.record is not None:
            self.more_rows.emit(self.record.id, len(self._rows))

    def _show_docs(self, attachments: tuple[PublicAttachment, ...]) -> None:
        for old in self.doc_buttons:
            self.docs.removeWidget(old)
            old.deleteLater()
        self.doc_buttons = []
        for a in attachments:
            readable = a.mime == "application/pdf" or a.mime.startswith("image/")
            text = self.tr("打开 {name}（{size}）").format(name=a.filename, size=labels.file_size(a.size)) \
                if readable else self.tr("{name}：此类文件请到服务中心前台查阅").format(name=a.filename)
            b = button(text)
            b.setEnabled(readable)
            b.clicked.connect(lambda _c=False, att=a: self.open_document.emit(att))
            self.docs.addWidget(b)
            self.doc_buttons.append(b)
        self.docs_title.setVisible(bool(attachments))
        self.docs_box.setVisible(bool(attachments))

    def _newer(self) -> None:
        if self.record is not None and self.record.current_id is not None:
            self.open_record.emit(self.record.current_id)
