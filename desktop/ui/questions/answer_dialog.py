"""答复质疑: the question with its deadline, and the answer. A manager may
also allow the answer to be shown with the record at the query desk (a
revised answer must be allowed again: the service hides it on every change)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk import labels as desk_labels
from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.guard import guard
from desktop.ui.questions.labels import answer_clock, channel_label, due_text
from desktop.ui.questions.style import QUESTIONS_STYLE
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb import questions
from localdb.changes import Changes
from localdb.engine import Store
from localdb.questions import QuestionRow
from localdb.roles import Actor, Permission

ANSWER_FIELD = "答复"  # the field localdb.questions.answer reports


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AnswerDialog(QDialog):
    #: The answer (and its public flag) was saved: the question's id.
    answered = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, row: QuestionRow, now: Now = wall_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("答复质疑 {number}").format(number=row.number))
        self.setMinimumWidth(600)
        self.setStyleSheet(QUESTIONS_STYLE)
        self._worker = worker
        self._actor = actor
        self._now = now
        self.row = row
        self.saving = False

        clock = answer_clock(row, now())
        info = QFormLayout()
        info.addRow(self.tr("质疑的记录"), _value(row.record_title))
        who = "　".join(p for p in (row.room, row.phone) if p) or self.tr("未留房号和电话")
        info.addRow(self.tr("住户"), _value(who))
        info.addRow(self.tr("提出"), _value(self.tr("{at}，{channel}").format(
            at=desk_labels.local_full(row.asked_at), channel=channel_label(row.channel))))
        self.deadline = _value(self.tr("{due}（{clock}）").format(
            due=due_text(row.answer_due, row.unconfirmed_calendar), clock=clock.text))
        self.deadline.setObjectName("clockLine")
        self.deadline.setProperty("state", clock.state.value)
        info.addRow(self.tr("答复期限"), self.deadline)
        question = _value(row.text)
        question.setObjectName("questionText")
        info.addRow(self.tr("质疑内容"), question)

        self.answer = QPlainTextEdit(row.answer)
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("对住户的答复，会随记录在查询台公开（经项目经理同意后）"))
        self.answer.setMinimumHeight(130)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add(ANSWER_FIELD, self.tr("答复"), self.answer)
        self.shown = QCheckBox(self.tr("在查询台公开此答复"))
        self.shown.setChecked(row.shown_publicly)
        self.shown.setVisible(actor.can(Permission.SHOW_ANSWERS))
        form.addRow("", self.shown)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()

        box = QDialogButtonBox()
        self.save = box.addButton(self.tr("保存答复（Ctrl+Enter）"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        self.save.setEnabled(actor.can(Permission.ANSWER_QUESTIONS))
        cancel = box.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(info)
        lay.addLayout(form)
        lay.addWidget(self.general)
        lay.addWidget(box)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        self.answer.setFocus()

    def submit(self) -> None:
        if self.saving or not self._actor.can(Permission.ANSWER_QUESTIONS):
            return
        self.errors.clear()
        self.general.hide()
        actor, qid, now, text = self._actor, self.row.id, self._now(), self.answer.toPlainText()
        # Unchanged answer: only the public flag may have changed (no new answer time).
        revise = self.row.answered_at is None or text.strip() != self.row.answer
        show = self.shown.isChecked() and actor.can(Permission.SHOW_ANSWERS)
        set_flag = actor.can(Permission.SHOW_ANSWERS) and (revise or show != self.row.shown_publicly)

        def job(store: Store) -> tuple[Changes, int]:
            changes = Changes()
            with store.write() as session:
                if revise:
                    changes |= questions.answer(session, actor, qid, text, now)
                if set_flag and (show or not revise):  # answer() already hid it
                    changes |= questions.set_shown(session, actor, qid, show, now)
            return changes, qid

        self.saving = True
        self.save.setEnabled(False)
        self._worker.write(job, guard(self, self._done), guard(self, self._failed))

    def _done(self, question_id: int) -> None:
        self.saving = False
        self.answered.emit(question_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save.setEnabled(True)
        self.errors.report(exc, self.general)
