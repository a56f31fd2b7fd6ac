"""Log in; also used to unlock a session that locked itself when idle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor
from localdb.services import auth


def login_job(username: str, password: str):  # type: ignore[no-untyped-def]
    """A worker job: authenticate and commit the outcome (counter, audit)."""

    def job(store: Store) -> tuple[Changes, Actor]:
        with store.write() as session:
            outcome = auth.authenticate(session, username, password)
        return Changes(), outcome.actor_or_raise()

    return job


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Actor

    def __init__(self, worker: DbWorker, community_name: str, *, locked_for: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._locked_for = locked_for
        self.setMinimumSize(480, 300)
        self.setWindowTitle(self.tr("阳光台 — 登录") if locked_for is None else self.tr("阳光台 — 已锁定"))

        title = QLabel(f"<h2>{community_name or self.tr('阳光台')}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr("物业服务中心 · 请登录") if locked_for is None
            else self.tr("长时间未操作，已锁定。{name}，请输入密码解锁。").format(name=locked_for.name)
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)

        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        if locked_for is not None:
            self.username.setText(locked_for.username)
            self.username.setEnabled(False)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(
            self.tr("登录") if locked_for is None else self.tr("解锁"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.login_button.setDefault(True)
        buttons.accepted.connect(self._submit)
        if locked_for is not None:
            switch = buttons.addButton(self.tr("切换用户"), QDialogButtonBox.ButtonRole.RejectRole)
            switch.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if locked_for is not None else self.username).setFocus()

    def set_username(self, username: str) -> None:
        self.username.setText(username)
        self.password.setFocus()

    def _submit(self) -> None:
        self.error.hide()
        self.login_button.setEnabled(False)
        self._worker.write(login_job(self.username.text(), self.password.text()),
                           self._done, self._failed)

    def _done(self, actor: Actor) -> None:
        self.login_button.setEnabled(True)
        if self._locked_for is not None and actor.user_id != self._locked_for.user_id:
            self._failed(PermissionError(self.tr("只能由锁定前的用户解锁。")))
            return
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.error.setText(str(exc) if isinstance(exc, PermissionError) else errors.message(exc))
        self.error.show()
        self.password.clear()
        self.password.setFocus()
