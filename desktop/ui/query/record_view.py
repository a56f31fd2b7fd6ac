"""One record: a header with its state (已发布 / 已被更正 with a way to the
newer version / 已撤回), what it is about, its body (text, a money table or
a work/register table), attachments (read beside it), versions and the
answered questions shown with it. Printing makes a preview of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.query import labels, printing
from desktop.ui.query.attachment_pane import AttachmentPane
from desktop.ui.query.body_money import MoneyBody
from desktop.ui.query.body_rows import RowsBody, fetch_printable, is_rows_kind
from desktop.ui.worker import DbWorker, reading
from localdb.records import queries
from localdb.records.queries import AttachmentInfo, RecordDetail

ITEM_ROLE = Qt.ItemDataRole.UserRole
LIST_ROW = 34


def _label(name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _fit_list(widget: QListWidget) -> None:
    """A short list shows all its rows (the record scrolls as a whole)."""
    rows = max(widget.count(), 1)
    widget.setFixedHeight(min(rows, 10) * LIST_ROW + 2 * widget.frameWidth() + 4)


class RecordView(QWidget):
    back = Signal()
    #: Another version (or the newer one) was asked for.
    open_record = Signal(int)
    #: The detail arrived (tests and the page wait on it).
    shown = Signal(object)

    def __init__(self, worker: DbWorker, *, public: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self._worker = worker
        self._public = public
        self.record_id: int | None = None
        self.detail: RecordDetail | None = None
        self.preview: printing.RecordPreview | None = None

        self.back_button = QPushButton(self.tr("← 返回"))
        self.back_button.setToolTip(self.tr("返回上一屏（Alt+←）"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.print_button = QPushButton(self.tr("打印（Ctrl+P）"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_record)
        self.print_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)

        self.title = _label("recordTitle")
        self.badge = _label("stateBadge", wrap=False)
        self.version = _label("muted", wrap=False)
        self.newer = QPushButton()
        self.newer.setObjectName("newerLink")
        self.newer.setAutoDefault(False)
        self.newer.clicked.connect(self._open_newer)
        self.newer.hide()
        badges = QHBoxLayout()
        badges.addWidget(self.badge)
        badges.addWidget(self.version)
        badges.addWidget(self.newer)
        badges.addStretch(1)
        self.notice = _label("recordNotice")
        self.notice.hide()
        self.fields = {key: _label() for key in
                       ("category", "period", "item", "published", "people", "tags")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self._captions: dict[str, QLabel] = {}
        captions = (self.tr("类别"), self.tr("期间"), self.tr("公开事项"), self.tr("发布时间"),
                    self.tr("起草 / 审核"), self.tr("标签"))
        for i, (key, caption) in enumerate(zip(self.fields, captions, strict=True)):
            name = QLabel(caption)
            name.setObjectName("muted")
            self._captions[key] = name
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(self.fields[key], i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.summary_title = _section(self.tr("摘要"))
        self.summary = _label("recordText")
        self.body_title = _section(self.tr("正文"))
        self.body_text = _label("recordText")
        self.money = MoneyBody()
        self.money.hide()
        self.rows = RowsBody(worker)
        self.rows.hide()
        self.attachments_title = _section(self.tr("附件（Enter 打开）"))
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachmentList")
        self.attachments.itemActivated.connect(self._attachment_activated)
        self.versions_title = _section(self.tr("版本"))
        self.versions = QListWidget()
        self.versions.setObjectName("versionList")
        self.versions.itemActivated.connect(self._version_activated)
        for lst in (self.attachments, self.versions):
            lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            lst.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.questions_title = _section(self.tr("质疑与答复"))
        self.questions = _label()
        self.questions.setTextFormat(Qt.TextFormat.RichText)

        body = QWidget()
        body.setObjectName("recordBody")
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 12, 16, 16)
        lay.setSpacing(8)
        lay.addWidget(self.title)
        lay.addLayout(badges)
        lay.addWidget(self.notice)
        lay.addLayout(grid)
        for w in (self.summary_title, self.summary, self.body_title, self.body_text, self.money, self.rows,
                  self.attachments_title, self.attachments, self.versions_title, self.versions,
                  self.questions_title, self.questions):
            lay.addWidget(w)
        lay.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        self.attachment = AttachmentPane(worker)
        self.attachment.hide()
        self.attachment.closed.connect(self.attachments.setFocus)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.scroller)
        self.splitter.addWidget(self.attachment)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.message = _label("fieldError")
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(bar)
        outer.addWidget(self.message)
        outer.addWidget(self.splitter, 1)
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self.print_button.click)

    # -- loading ------------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        if record_id != self.record_id:
            self.attachment.close_pane()
            self.scroller.verticalScrollBar().setValue(0)
        self.record_id = record_id
        self.reload()

    def reload(self) -> None:
        rid = self.record_id
        if rid is None:
            return
        public = self._public
        self._worker.run(reading(lambda s: queries.detail(s, rid, public_only=public)),
                         guard(self, self._show), guard(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(errors.message(exc))
        self.message.show()

    def _show(self, d: RecordDetail) -> None:
        if d.id != self.record_id:
            return
        self.message.hide()
        if d == self.detail and d.state not in (queries.DRAFT, queries.SUBMITTED):
            # Published content never changes in place: a refresh that found nothing
            # new keeps the tables, their filters and the scroll position as they are.
            self.shown.emit(d)
            return
        self.detail = d
        self.print_button.setEnabled(True)
        self.title.setText(d.title)
        self.badge.setText(labels.state_label(d.state))
        self.badge.setStyleSheet(labels.state_style(d.state))
        self.badge.setProperty("state", d.state)
        self.version.setText(self.tr("第 {n} 版").format(n=d.version))
        self._show_notice(d)
        self.fields["category"].setText(f"{d.category} · {d.subcategory}" if d.subcategory else d.category)
        self.fields["period"].setText(labels.period_text(d.period_start, d.period_end) or self.tr("—"))
        self.fields["item"].setText(d.disclosure_item or self.tr("—"))
        self.fields["published"].setText(labels.local_time(d.published_at) or self.tr("未发布"))
        people = " / ".join(p for p in (d.author, d.reviewer) if p)
        self.fields["people"].setText(people)
        self.fields["people"].setVisible(not self._public and bool(people))
        self._captions["people"].setVisible(not self._public and bool(people))
        self.fields["tags"].setText("、".join(d.tags) or self.tr("—"))
        self.summary.setText(d.summary)
        for w in (self.summary_title, self.summary):
            w.setVisible(bool(d.summary))
        self.body_text.setText(d.body_text)
        for w in (self.body_title, self.body_text):
            w.setVisible(bool(d.body_text))
        self._show_body(d)
        self._show_attachments(d.attachments)
        self._show_versions(d)
        self._show_questions(d)
        self.shown.emit(d)

    def _show_notice(self, d: RecordDetail) -> None:
        newer = d.superseded_by or (d.current_id if d.current_id != d.id else None)
        text = ""
        if d.state == queries.SUPERSEDED:
            text = self.tr("此版本已于 {at} 被更正，内容保留供查阅；请以最新版本为准。").format(
                at=labels.local_date(d.superseded_at))
        elif d.state == queries.WITHDRAWN:
            text = self.tr("此记录已于 {at} 撤回。原因：{reason}").format(
                at=labels.local_date(d.withdrawn_at), reason=d.withdrawn_reason or self.tr("未填写"))
        elif d.state in (queries.DRAFT, queries.SUBMITTED):
            text = self.tr("此版本尚未发布，住户看不到。")
        self.notice.setText(text)
        self.notice.setProperty("state", d.state)
        self.notice.setStyleSheet(labels.notice_style(d.state))
        self.notice.setVisible(bool(text))
        if newer is not None:
            version = next((v.version for v in d.versions if v.id == newer), None)
            self.newer.setText(self.tr("查看最新版本（第 {n} 版）→").format(n=version) if version
                               else self.tr("查看最新版本 →"))
            self.newer.setProperty("record_id", newer)
        self.newer.setVisible(newer is not None)

    def _show_body(self, d: RecordDetail) -> None:
        rid = d.id
        if d.body_kind.startswith("money_"):
            from localdb.money.table import money_table

            self.money.show()
            self._worker.run(reading(lambda s: money_table(s, rid)),
                             guard(self, lambda t: self.money.show_table(t) if t.record_id == self.record_id
                                   else None), guard(self, self._failed))
        else:
            self.money.hide()
        if is_rows_kind(d.body_kind):
            self.rows.show()
            self.rows.show_record(rid, d.body_kind, d.period_start, d.period_end)
        else:
            self.rows.hide()
            self.rows.clear()

    def _show_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        self.attachments.clear()
        for a in attachments:
            item = QListWidgetItem(f"{a.filename}    {labels.file_size(a.size)}")
            item.setData(ITEM_ROLE, a)
            item.setToolTip(f"{a.mime}\nSHA-256 {a.sha256}")
            self.attachments.addItem(item)
        _fit_list(self.attachments)
        for w in (self.attachments_title, self.attachments):
            w.setVisible(bool(attachments))
        if self.attachment.attachment is not None and self.attachment.attachment not in attachments:
            self.attachment.close_pane()

    def _show_versions(self, d: RecordDetail) -> None:
        self.versions.clear()
        for v in d.versions:
            when = labels.local_date(v.published_at)
            text = self.tr("第 {n} 版 · {state}").format(n=v.version, state=labels.state_label(v.state))
            if when:
                text += self.tr(" · 发布于 {date}").format(date=when)
            if v.id == d.id:
                text += self.tr("（正在查看）")
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, v.id)
            if v.id == d.id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.versions.addItem(item)
        _fit_list(self.versions)
        for w in (self.versions_title, self.versions):
            w.setVisible(len(d.versions) > 1)

    def _show_questions(self, d: RecordDetail) -> None:
        parts = []
        question, answer = self.tr("质疑"), self.tr("答复")  # outside the f-string: lupdate reads these
        for q in d.questions:
            asked, answered = labels.local_date(q.asked_at), labels.local_date(q.answered_at)
            parts.append(
                f"<p><b>{question} {q.number}</b>（{asked}）：{_esc(q.text)}<br>"
                f"<b>{answer}</b>（{answered}）：{_esc(q.answer)}</p>")
        self.questions.setText("".join(parts))
        for w in (self.questions_title, self.questions):
            w.setVisible(bool(d.questions))

    # -- actions ------------------------------------------------------------------
    def _open_newer(self) -> None:
        rid = self.newer.property("record_id")
        if isinstance(rid, int):
            self.open_record.emit(rid)

    def _version_activated(self, item: QListWidgetItem) -> None:
        rid = item.data(ITEM_ROLE)
        if isinstance(rid, int) and rid != self.record_id:
            self.open_record.emit(rid)

    def _attachment_activated(self, item: QListWidgetItem) -> None:
        attachment = item.data(ITEM_ROLE)
        if isinstance(attachment, AttachmentInfo):
            self.open_attachment(attachment)

    def open_attachment(self, attachment: AttachmentInfo) -> None:
        self.attachment.show()
        total = max(self.splitter.width(), 800)
        self.splitter.setSizes([total * 9 // 20, total * 11 // 20])
        self.attachment.show_attachment(attachment)

    def print_record(self) -> None:
        """打印: a preview of the record as shown (table rows as filtered)."""
        d = self.detail
        if d is None:
            return
        money = self.money.data if self.money.data is not None and self.money.data.record_id == d.id else None
        query = self.rows.query() if is_rows_kind(d.body_kind) else None
        if query is None:
            self.preview = printing.preview(self, d, money)
            return

        def show(found: tuple[list[tuple[str, ...]], int]) -> None:
            if self.detail is d:
                self.preview = printing.preview(self, d, money, self.rows.printable(*found))

        self._worker.run(reading(lambda s: fetch_printable(s, query)), guard(self, show),
                         guard(self, self._failed))

    def focus_content(self) -> None:
        self.scroller.setFocus()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
