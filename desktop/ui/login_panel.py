"""Log in; also unlocks a session that locked itself when idle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors, start_jobs
from desktop.ui.worker import DbWorker
from localdb.roles import Actor


class LoginPanel(QFrame):
    logged_in = Signal(object)  # Actor
    switch_user = Signal()

    def __init__(self, worker: DbWorker, community_name: str, *, locked_for: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._worker = worker
        self._locked_for = locked_for
        self.setFixedWidth(480)

        title = QLabel(community_name or self.tr("阳光台"))
        title.setObjectName("pageTitle")
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
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
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
            switch.clicked.connect(self.switch_user)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def focus(self) -> None:
        (self.password if self._locked_for is not None or self.username.text()
         else self.username).setFocus()

    def set_username(self, username: str) -> None:
        self.username.setText(username)
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _submit(self) -> None:
        if not self.login_button.isEnabled():
            return  # a login is already on its way
        self.error.hide()
        self.login_button.setEnabled(False)
        username, password = self.username.text(), self.password.text()
        self._worker.write(lambda store: start_jobs.login(store, username, password),
                           self._done, self._failed)

    def _done(self, actor: Actor) -> None:
        self.login_button.setEnabled(True)
        if self._locked_for is not None and actor.user_id != self._locked_for.user_id:
            self._failed(PermissionError(self.tr("只能由锁定前的用户解锁。")))
            return
        self.logged_in.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.show_error(str(exc) if isinstance(exc, PermissionError) else errors.message(exc))
        self.password.clear()
        self.password.setFocus()
