"""The action buttons of one complaint, each with an Alt mnemonic so the
whole flow works from the keyboard. Actions that need input open their
dialog; the others (start, resume) write at once."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop.ui import errors
from desktop.ui.desk import action_dialogs as dialogs
from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import action_label
from desktop.ui.worker import DbWorker, writing
from localdb.changes import Changes
from localdb.complaints import lifecycle
from localdb.complaints.states import Action, Status, actions_for
from localdb.roles import Actor, Permission

#: Alt+letter for each action (R 响应, P 挂起, S 办结 …), fixed so hands learn them.
MNEMONICS: dict[Action, str] = {
    Action.RESPOND: "R", Action.START: "G", Action.PAUSE: "P", Action.RESUME: "U",
    Action.RESOLVE: "S", Action.FOLLOW_UP: "F", Action.CLOSE: "C", Action.REOPEN: "O",
    Action.TRANSFER: "T", Action.EXTEND: "X", Action.REFER: "B", Action.NOTE: "N",
}

Factory = Callable[[DbWorker, Actor, int, QWidget], dialogs.ActionDialog]
DIALOGS: dict[Action, Factory] = {
    Action.RESPOND: dialogs.RespondDialog, Action.PAUSE: dialogs.PauseDialog,
    Action.RESOLVE: dialogs.ResolveDialog, Action.FOLLOW_UP: dialogs.FollowUpDialog,
    Action.CLOSE: dialogs.CloseDialog, Action.REOPEN: dialogs.ReasonDialog,
    Action.TRANSFER: dialogs.TransferDialog, Action.EXTEND: dialogs.ExtendDialog,
    Action.REFER: dialogs.ReferDialog, Action.NOTE: dialogs.NoteDialog,
}

Direct = Callable[[Session, Actor, int], Changes]
DIRECT: dict[Action, Direct] = {
    Action.START: lambda s, actor, cid: lifecycle.start(s, actor, cid),
    Action.RESUME: lambda s, actor, cid: lifecycle.resume(s, actor, cid),
}
COLUMNS = 4


class ActionBar(QWidget):
    #: An action was written (the list and the detail refresh on worker.changed).
    done = Signal(object)
    #: A direct action failed; carries the message.
    failed = Signal(str)

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._cid: int | None = None
        self.dialog: dialogs.ActionDialog | None = None  # the one open now
        self.buttons: dict[Action, QPushButton] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for action in Action:
            button = QPushButton(f"{action_label(action)}(&{MNEMONICS[action]})")
            button.setAutoDefault(False)
            button.clicked.connect(partial(self.trigger, action))
            button.hide()
            self.buttons[action] = button
        extend = self.buttons[Action.EXTEND]
        if not actor.can(Permission.APPROVE_EXTENSION):
            extend.setEnabled(False)
            extend.setToolTip(self.tr("只有项目经理或管理员可以批准延期"))

    def set_complaint(self, complaint_id: int | None, status: Status | None) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self._cid = complaint_id
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.hide()
        allowed = actions_for(status) if complaint_id is not None and status is not None else []
        for i, action in enumerate(allowed):
            button = self.buttons[action]
            self._grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            button.show()
        if had_focus:
            self.focus_first()

    def focus_first(self) -> bool:
        for button in self.buttons.values():
            if button.isVisibleTo(self) and button.isEnabled():
                button.setFocus()
                return True
        return False

    def trigger(self, action: Action) -> None:
        cid = self._cid
        if cid is None or not self.buttons[action].isEnabled():
            return
        if action in DIRECT:
            direct, actor = DIRECT[action], self._actor
            self._worker.write(writing(lambda s: direct(s, actor, cid)),
                               guard(self, lambda _r: self.done.emit(action)),
                               guard(self, lambda exc: self.failed.emit(errors.message(exc))))
            return
        dialog = DIALOGS[action](self._worker, self._actor, cid, self.window())
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.done.emit(action))
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: dialogs.ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
