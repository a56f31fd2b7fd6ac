"""The selected complaint: who, where, what, both clocks with how their due
times were computed, the timeline, photos, and what can be done next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk import labels
from desktop.ui.desk.action_bar import ActionBar
from desktop.ui.desk.countdown import Now, resolution_countdown, response_countdown
from desktop.ui.desk.detail_sections import ClockBox, timeline_html
from desktop.ui.desk.guard import guard
from desktop.ui.desk.photos import PhotoStrip
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.complaints import queries
from localdb.complaints.queries import ComplaintDetail
from localdb.complaints.states import Status
from localdb.roles import Actor


def _label(object_name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, now: Now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._worker = worker
        self._now = now
        self.complaint_id: int | None = None
        self.detail: ComplaintDetail | None = None

        self.number = _label("detailNumber", wrap=False)
        self.status = _label("statusBadge", wrap=False)
        # Own line, wrapping: a long badge beside the number would widen the pane.
        self.repeat = _label("repeatBadge")
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addStretch(1)
        self.fields = {key: _label() for key in
                       ("category", "channel", "place", "received", "contact", "phone", "handler")}
        # Two columns of caption/value pairs: the pane is narrow, the clocks need the height.
        info = QGridLayout()
        info.setHorizontalSpacing(10)
        info.setVerticalSpacing(2)
        captions = (self.tr("类别"), self.tr("渠道"), self.tr("地点"), self.tr("受理"),
                    self.tr("联系人"), self.tr("电话"), self.tr("处理人"))
        for i, (caption, label) in enumerate(zip(captions, self.fields.values(), strict=True)):
            name = QLabel(caption)
            name.setObjectName("muted")
            info.addWidget(name, i // 2, (i % 2) * 2)
            info.addWidget(label, i // 2, (i % 2) * 2 + 1)
        info.setColumnStretch(1, 1)
        info.setColumnStretch(3, 1)
        self.description = _label("detailText")
        self.outcome = _label("muted")
        self.warnings = _label("deskNote")
        self.response = ClockBox(self.tr("响应时限"))
        self.resolution = ClockBox(self.tr("办结时限"))
        self.photos = PhotoStrip(worker)
        timeline_title = QLabel(self.tr("处理记录"))
        timeline_title.setObjectName("sectionTitle")
        self.timeline = _label()
        self.timeline.setTextFormat(Qt.TextFormat.RichText)

        body = QWidget()
        body.setObjectName("detailBody")
        lay = QVBoxLayout(body)
        lay.setSpacing(8)
        lay.addLayout(top)
        lay.addWidget(self.repeat)
        lay.addLayout(info)
        for w in (self.description, self.outcome, self.warnings, self.response,
                  self.resolution, self.photos, timeline_title, self.timeline):
            lay.addWidget(w)
        lay.addStretch(1)
        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Everything wraps to the pane's width; sideways scrolling would hide line ends.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.action_bar = ActionBar(worker, actor)
        self.action_bar.failed.connect(self.show_message)
        self.message = _label("fieldError")
        self.message.hide()
        self.empty = QLabel(self.tr("在列表中选择一条投诉，按 Enter 查看详情和处理。"))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        filled = QWidget()
        filled_lay = QVBoxLayout(filled)
        filled_lay.setContentsMargins(0, 0, 0, 0)
        filled_lay.addWidget(scroll, 1)
        filled_lay.addWidget(self.message)
        filled_lay.addWidget(self.action_bar)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(filled)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        outer.addWidget(self.stack)
        worker.changed.connect(self._on_changed)  # dropped with self

    # -- loading --------------------------------------------------------------
    def show_id(self, complaint_id: int | None) -> None:
        if complaint_id != self.complaint_id:
            self.message.hide()
        self.complaint_id = complaint_id
        if complaint_id is None:
            self.detail = None
            self.action_bar.set_complaint(None, None)
            self.stack.setCurrentIndex(0)
            return
        self.reload()

    def reload(self) -> None:
        cid = self.complaint_id
        if cid is None:
            return
        now = self._now()
        self._worker.run(reading(lambda s: queries.detail(s, cid, now)),
                         guard(self, self._show), guard(self, self._failed))

    def _on_changed(self, changes: Changes) -> None:
        if changes.complaints:
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.show_message(errors.message(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show(self, detail: ComplaintDetail) -> None:
        if detail.row.id != self.complaint_id:
            return  # another complaint was chosen meanwhile
        self.detail = detail
        row = detail.row
        self.number.setText(row.number)
        self.status.setText(labels.status_label(row.status))
        self.repeat.setVisible(row.repeat)
        self.repeat.setText(self.tr("重复投诉（前次 {number}）").format(number=detail.repeat_of or "—"))
        values = (f"{row.category}（{labels.urgency_label(row.urgency)}）",
                  labels.channel_label(row.channel), row.place or "—",
                  labels.local_full(row.received_at), row.contact or "—", row.phone or "—",
                  row.handler or "—")
        for label, value in zip(self.fields.values(), values, strict=True):
            label.setText(value)
        self.description.setText(detail.description)
        self.outcome.setText(self._outcome(detail))
        self.outcome.setVisible(bool(self.outcome.text()))
        self.warnings.setText("\n".join(detail.warnings))
        self.warnings.setVisible(bool(detail.warnings))
        self.response.set_steps(detail.response_explanation)
        self.resolution.set_steps(detail.resolution_explanation)
        self.tick()
        self.photos.show_photos(detail.photos)
        self.timeline.setText(timeline_html(detail.timeline))
        self.action_bar.set_complaint(row.id, Status(row.status))
        self.stack.setCurrentIndex(1)
        if self.hasFocus():  # asked for the actions before they were there
            self.action_bar.focus_first()

    def _outcome(self, detail: ComplaintDetail) -> str:
        lines = []
        if detail.result:
            lines.append(self.tr("处理结果：{text}").format(text=detail.result))
        if detail.referred_to:
            lines.append(self.tr("已转交：{body}").format(body=detail.referred_to))
        if detail.row.satisfaction is not None:
            lines.append(self.tr("回访满意度：{n} 分 {comment}").format(
                n=detail.row.satisfaction, comment=detail.follow_up_comment).strip())
        elif not detail.callback_wanted:
            lines.append(self.tr("住户不需要回访"))
        return "\n".join(lines)

    # -- live parts -----------------------------------------------------------
    def tick(self) -> None:
        """Recount both clocks from the loaded due times (no database)."""
        if self.detail is None:
            return
        now = self._now()
        self.response.set_clock(response_countdown(self.detail.row, now, labels.countdown_tr))
        self.resolution.set_clock(resolution_countdown(self.detail.row, now, labels.countdown_tr))

    def focus_actions(self) -> None:
        if not self.action_bar.focus_first():
            self.setFocus()
