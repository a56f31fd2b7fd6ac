"""待回访: resolved complaints waiting for a callback, oldest first, with a
quick satisfaction capture for the selected one (1–5, comment, Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.complaint_table import ComplaintTable
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.desk.satisfaction import SatisfactionPicker
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.complaints import lifecycle, queries
from localdb.complaints.queries import ComplaintDetail
from localdb.roles import Actor


class FollowUpPage(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, now: Now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._now = now
        self.complaint_id: int | None = None
        self._number = ""
        self.table = ComplaintTable(worker, queries.follow_up_ids, now, follow_on_removal=True)
        self.table.setObjectName("complaints")
        self.summary = QLabel(self.tr("在左侧选择一条已办结的投诉进行回访。"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.satisfaction = SatisfactionPicker()
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("住户的意见（可不填），Enter 保存"))
        self.comment.returnPressed.connect(self.submit)
        self.save_button = QPushButton(self.tr("保存回访(&V)"))
        self.save_button.clicked.connect(self.submit)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        self.saved_note = QLabel()
        self.saved_note.setObjectName("muted")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above: room for 1–5
        self.errors = FieldErrors(form)
        self.errors.add("satisfaction", self.tr("满意度（按 1–5）"), self.satisfaction)
        self.errors.add("回访意见", self.tr("回访意见"), self.comment)
        box = QGroupBox(self.tr("回访"))
        box_lay = QVBoxLayout(box)
        box_lay.addWidget(self.summary)
        box_lay.addLayout(form)
        box_lay.addWidget(self.general)
        box_lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        box_lay.addWidget(self.saved_note)
        box_lay.addStretch(1)
        self.capture = box
        box.setMaximumWidth(520)  # a short form: the list gets the room
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(splitter)
        self.table.current_changed.connect(self.select)
        self.table.opened.connect(lambda _cid: self.satisfaction.setFocus())
        self.table.model_.failed.connect(lambda exc: self.errors.report(exc, self.general))
        worker.changed.connect(self._on_changed)  # dropped with self
        self._set_enabled(False)
        self.table.model_.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.complaints:
            self.table.model_.refresh()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.satisfaction, self.comment, self.save_button):
            w.setEnabled(on)

    def select(self, complaint_id: int | None) -> None:
        if complaint_id == self.complaint_id:
            return
        self.complaint_id = complaint_id
        self.errors.clear()
        self.general.hide()
        self.satisfaction.set_value(0)
        self.comment.clear()
        self._set_enabled(complaint_id is not None)
        if complaint_id is None:
            self.summary.setText(self.tr("没有待回访的投诉。"))
            return
        now = self._now()
        self._worker.run(reading(lambda s: queries.detail(s, complaint_id, now)),
                         guard(self, self._show))

    def _show(self, detail: ComplaintDetail) -> None:
        if detail.row.id != self.complaint_id:
            return
        row = detail.row
        self._number = row.number
        self.summary.setText(self.tr(
            "{number}　{place}\n联系人：{contact}　电话：{phone}\n问题：{summary}\n处理结果：{result}"
        ).format(number=row.number, place=row.place or "—", contact=row.contact or "—",
                 phone=row.phone or "—", summary=row.summary, result=detail.result or "—"))

    def submit(self) -> None:
        cid = self.complaint_id
        if cid is None:
            return
        actor, score, comment = self._actor, self.satisfaction.value(), self.comment.text()
        number = self._number
        self.errors.clear()
        self.general.hide()
        self.save_button.setEnabled(False)

        def done(_result: None) -> None:
            self.save_button.setEnabled(True)
            self.saved_note.setText(self.tr("已记录 {number} 的回访。").format(number=number))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.errors.report(exc, self.general)

        self._worker.write(
            writing(lambda s: lifecycle.follow_up(s, actor, cid, satisfaction=score, comment=comment)),
            guard(self, done), guard(self, failed))
