"""提出质疑: a resident at the desk questions a published record. Room and
phone are optional (the phone is checked), the question is required. After
saving, the dialog shows the reference number and the answer deadline to
tell the resident; Ctrl+Enter saves, Esc closes."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.guard import guard
from desktop.ui.desk.room_picker import RoomPicker
from desktop.ui.questions.labels import due_text
from desktop.ui.questions.style import QUESTIONS_STYLE
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb import questions
from localdb.changes import Changes
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.questions import QuestionRow
from localdb.roles import Actor

#: The field names localdb.questions.raise_question reports errors under.
TEXT_FIELD, PHONE_FIELD, ROOM_FIELD = "质疑内容", "联系电话", "房号"


class RaiseQuestionDialog(QDialog):
    #: The question was stored (its row, with number and answer deadline).
    raised = Signal(object)

    def __init__(self, worker: DbWorker, actor: Actor, record_id: int, record_title: str,
                 now: Now = wall_clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("提出质疑"))
        self.setMinimumWidth(560)
        self.setStyleSheet(QUESTIONS_STYLE)
        self._worker = worker
        self._actor = actor
        self._now = now
        self.record_id = record_id
        self.saving = False
        self.question: QuestionRow | None = None

        self.record = QLabel(record_title)
        self.record.setObjectName("sectionTitle")
        self.record.setWordWrap(True)
        self.room = RoomPicker(worker)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("选填；手机 11 位，座机如 028-85551234"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("住户对这条公开记录的疑问"))
        self.text.setMinimumHeight(120)
        self.room.chosen.connect(lambda c: self.phone.setText(c.phone) if c is not None and
                                 not self.phone.text().strip() else None)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("质疑的记录"), self.record)
        self.errors = FieldErrors(form)
        self.errors.add(ROOM_FIELD, self.tr("房号"), self.room, "room")
        self.errors.add(PHONE_FIELD, self.tr("联系电话"), self.phone)
        self.errors.add(TEXT_FIELD, self.tr("质疑内容"), self.text)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("questionResult")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(self.tr("提交质疑（Ctrl+Enter）"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form_box)
        lay.addWidget(self.general)
        lay.addWidget(self.outcome)
        lay.addWidget(self.buttons)
        for a, b in pairwise((self.room, self.phone, self.text, self.save, self.close_button)):
            QWidget.setTabOrder(a, b)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        self.room.setFocus()

    def submit(self) -> None:
        if self.saving or self.question is not None:
            return
        self.errors.clear()
        self.general.hide()
        if self.room.text().strip() and self.room.choice is None:
            # Typed but not picked from the list: saving would silently drop it.
            self._failed(ValidationError("unknown_room", field=ROOM_FIELD, value=self.room.text()))
            return
        actor, rid, room_id = self._actor, self.record_id, self.room.room_id()
        phone, text, now = self.phone.text(), self.text.toPlainText(), self._now()

        def job(store: Store) -> tuple[Changes, QuestionRow]:
            with store.write() as session:
                qid, _number, _due = questions.raise_question(session, actor, rid, room_id, phone, text,
                                                               "desk", now)
                row = next(q for q in questions.questions_for_record(session, rid, now) if q.id == qid)
                return Changes(questions=True), row

        self.saving = True
        self.save.setEnabled(False)
        self._worker.write(job, guard(self, self._done), guard(self, self._failed))

    def _done(self, row: QuestionRow) -> None:
        self.saving = False
        self.question = row
        self.form_box.setEnabled(False)
        self.save.hide()
        self.close_button.setText(self.tr("完成"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.outcome.setText(self.tr(
            "已登记质疑，编号 {number}。\n请告知住户：我们将在 {due} 前答复。"
        ).format(number=row.number, due=due_text(row.answer_due, row.unconfirmed_calendar)))
        self.outcome.show()
        self.raised.emit(row)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save.setEnabled(True)
        self.errors.report(exc, self.general)
