"""The 提出质疑 button on the query desk's record view: enabled on a public
version (published, or superseded and kept for reading), it opens the dialog
for the record shown. It sits in the view's top bar, left of 打印."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.query.record_view import RecordView
from desktop.ui.questions.raise_dialog import RaiseQuestionDialog
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.records.queries import RecordDetail
from localdb.records.states import PUBLIC_STATES
from localdb.roles import Actor, Permission


def _place(view: RecordView, button: QPushButton) -> None:
    """Beside the view's print button, in whichever layout holds it."""
    anchor: QWidget = view.print_button
    bar = next((lay for lay in view.findChildren(QBoxLayout) if lay.indexOf(anchor) >= 0), None)
    if bar is None:
        raise LookupError("the record view has no bar with its print button")
    bar.insertWidget(bar.indexOf(anchor), button)


class QuestionButton(QObject):
    """Owns the button and the dialog it opens (one at a time)."""

    def __init__(self, view: RecordView, worker: DbWorker, actor: Actor, now: Now = wall_clock) -> None:
        super().__init__(view)
        self._view = view
        self._worker = worker
        self._actor = actor
        self._now = now
        self.detail: RecordDetail | None = None
        self.dialog: RaiseQuestionDialog | None = None
        self.button = QPushButton(self.tr("提出质疑"))
        self.button.setToolTip(self.tr("登记住户对这条公开记录的质疑，5 个工作日内答复"))
        self.button.setAutoDefault(False)
        self.button.setEnabled(False)
        self.button.clicked.connect(self.open_dialog)
        _place(view, self.button)
        view.shown.connect(self._shown)
        worker.changed.connect(self._on_changed)  # dropped with self

    def _on_changed(self, changes: Changes) -> None:
        # An answer allowed (or withdrawn) elsewhere shows under 质疑与答复 at once.
        if changes.questions and self._view.record_id is not None and self._view.isVisible():
            self._view.reload()

    def _shown(self, detail: RecordDetail) -> None:
        self.detail = detail
        self.button.setEnabled(detail.state in PUBLIC_STATES)

    def open_dialog(self) -> None:
        d = self.detail
        if d is None or d.state not in PUBLIC_STATES:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = RaiseQuestionDialog(self._worker, self._actor, d.id, d.title, self._now, self._view)
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: RaiseQuestionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def attach_question_button(view: RecordView, worker: DbWorker, actor: Actor,
                           now: Now = wall_clock) -> QuestionButton | None:
    """Give the record view its 提出质疑 button, for those who may raise one."""
    if not actor.can(Permission.RAISE_QUESTION):
        return None
    return QuestionButton(view, worker, actor, now)
