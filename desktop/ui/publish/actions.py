"""Review and housekeeping actions on a record: publish, return with a reason,
withdraw with a reason, start a correction, discard a draft.

Every action is one write through the DbWorker; the result (or the store's
Chinese refusal, e.g. an author publishing their own record) comes back as
a message for the page to show. Nothing here blocks: the reason dialogs and
the confirmation are opened, never exec'd."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.ui import errors
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, writing
from localdb.changes import Changes
from localdb.records import lifecycle
from localdb.records.worklist import WorkItem
from localdb.roles import Actor

if TYPE_CHECKING:
    from localdb.engine import Store

T = TypeVar("T")
Done = Callable[[], None]


def writing_value(fn: Callable[[Session], T]) -> Callable[[Store], tuple[Changes, T]]:
    """A write whose service returns a value (an id) rather than Changes."""

    def job(store: Store) -> tuple[Changes, T]:
        with store.write() as session:
            return Changes(records=True), fn(session)

    return job


def confirm(parent: QWidget, title: str, text: str, yes_text: str, no_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """Ask first (opened, not exec'd); ``on_yes`` runs only on the yes button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def finished(_code: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


class ReasonDialog(QDialog):
    """A reason, then the write; an error shows under the field and the text stays."""

    def __init__(self, worker: DbWorker, title: str, explanation: str, field: str, label: str,
                 ok_text: str, job: Callable[[Session, str], Changes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._job = job
        self._busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        note = QLabel(explanation)
        note.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add(field, label, self.reason)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        lay = QVBoxLayout(self)
        lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(self.general)
        lay.addWidget(box)
        self.reason.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.ok.setEnabled(False)
        self.errors.clear()
        self.general.hide()
        job, reason = self._job, self.reason.toPlainText()
        self._worker.write(writing(lambda s: job(s, reason)), guard(self, self._done),
                           guard(self, self._failed))

    def _done(self, _result: object) -> None:
        self._busy = False
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.errors.report(exc, self.general)


class ReviewActions(QObject):
    #: A result to show: (text, is_error).
    message = Signal(str, bool)
    #: A correction draft was started: its record id (the page opens the editor on it).
    correction_started = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now, owner: QWidget) -> None:
        super().__init__(owner)
        self._worker = worker
        self._actor = actor
        self._now = now
        self._owner = owner
        self.dialog: ReasonDialog | None = None  # the reason dialog open now (tests look at it)
        self.confirm_box: QMessageBox | None = None

    def _at(self) -> datetime:
        return self._now()

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(errors.message(exc), True)

    def _parent(self, parent: QWidget | None) -> QWidget:
        return parent if parent is not None else self._owner

    def publish(self, item: WorkItem, on_done: Done | None = None) -> None:
        actor, rid, at = self._actor, item.id, self._at()

        def done(_: object) -> None:
            text = self.tr("已发布“{title}”，住户在查询台可以看到。").format(title=item.title)
            self.message.emit(text, False)
            if on_done is not None:
                on_done()

        self._worker.write(writing(lambda s: lifecycle.publish(s, actor, rid, at)),
                           guard(self, done), guard(self, self._failed))

    def return_to_author(self, item: WorkItem, parent: QWidget | None = None,
                         on_done: Done | None = None) -> ReasonDialog:
        actor, rid, now = self._actor, item.id, self._now
        dialog = ReasonDialog(
            self._worker, self.tr("退回修改"),
            self.tr("“{title}”将退回给起草人（{author}）修改，退回原因显示在其草稿中。").format(
                title=item.title, author=item.author_name or self.tr("未知")),
            "退回原因", self.tr("退回原因"), self.tr("退回"),
            lambda s, reason: lifecycle.return_to_author(s, actor, rid, reason, now()),
            self._parent(parent))
        return self._open(dialog, self.tr("已退回“{title}”。").format(title=item.title), on_done)

    def withdraw(self, item: WorkItem, parent: QWidget | None = None,
                 on_done: Done | None = None) -> ReasonDialog:
        actor, rid, now = self._actor, item.id, self._now
        dialog = ReasonDialog(
            self._worker, self.tr("撤回公开"),
            self.tr("确定撤回“{title}”吗？撤回后住户在查询台看不到它，员工仍可查看撤回原因。"
                    "撤回不能撤销；如内容有误，也可以选择“更正”发布新版本。").format(title=item.title),
            "撤回原因", self.tr("撤回原因"), self.tr("确定撤回"),
            lambda s, reason: lifecycle.withdraw(s, actor, rid, reason, now()),
            self._parent(parent))
        return self._open(dialog, self.tr("已撤回“{title}”。").format(title=item.title), on_done)

    def _open(self, dialog: ReasonDialog, success: str, on_done: Done | None) -> ReasonDialog:
        self.dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted:
                self.message.emit(success, False)
                if on_done is not None:
                    on_done()
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def correct(self, item: WorkItem, on_done: Done | None = None) -> None:
        actor, rid, at = self._actor, item.id, self._at()

        def done(new_id: int) -> None:
            text = self.tr("已为“{title}”开始更正（第 {version} 版草稿），发布后替代原版本。")
            self.message.emit(text.format(title=item.title, version=item.version + 1), False)
            self.correction_started.emit(new_id)
            if on_done is not None:
                on_done()

        self._worker.write(writing_value(lambda s: lifecycle.start_correction(s, actor, rid, at)),
                           guard(self, done), guard(self, self._failed))

    def discard(self, item: WorkItem, parent: QWidget | None = None,
                on_done: Done | None = None) -> QMessageBox:
        actor, rid, now = self._actor, item.id, self._now

        def done(_: object) -> None:
            self.message.emit(self.tr("已删除草稿“{title}”。").format(title=item.title), False)
            if on_done is not None:
                on_done()

        def go() -> None:
            self.confirm_box = None
            self._worker.write(writing(lambda s: lifecycle.discard_draft(s, actor, rid, now())),
                               guard(self, done), guard(self, self._failed))

        self.confirm_box = confirm(
            self._parent(parent), self.tr("删除草稿"),
            self.tr("确定删除草稿“{title}”吗？草稿的内容、表格和附件关联将一并删除，不能恢复。").format(
                title=item.title),
            self.tr("删除"), self.tr("取消"), go)
        return self.confirm_box
