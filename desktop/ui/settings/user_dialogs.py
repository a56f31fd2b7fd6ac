"""Dialogs for adding a user and setting a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import role_label
from desktop.ui.widgets.form import FieldErrors
from localdb.roles import STAFF_ROLES, Role


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.general)
        lay.addWidget(buttons)

    def submitted(self) -> None:  # overridden: validated by the store, not here
        self.accept()

    def show_error(self, field: str | None, text: str) -> None:
        self.errors.clear()
        if not self.errors.show(field, text):
            self.general.setText(text)
            self.general.show()


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AddUserDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加用户"), parent)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for role in STAFF_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.password = password_edit()
        self.password.setPlaceholderText(self.tr("可留空，稍后再设置"))
        self.errors.add("username", self.tr("用户名"), self.username)
        self.errors.add("display_name", self.tr("姓名"), self.display_name, "姓名")
        self.errors.add("role", self.tr("角色"), self.role)
        self.errors.add("password", self.tr("初始密码"), self.password)

    def values(self) -> tuple[str, str, Role, str | None]:
        return (self.username.text(), self.display_name.text(), Role(self.role.currentData()),
                self.password.text() or None)


class PasswordDialog(_FormDialog):
    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("设置密码 — {name}").format(name=who), parent)
        self.password = password_edit()
        self.confirm = password_edit()
        self.errors.add("password", self.tr("新密码（至少 8 位）"), self.password)
        self.errors.add("confirm", self.tr("确认密码"), self.confirm)

    def submitted(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error("confirm", self.tr("两次输入的密码不一致。"))
            return
        self.accept()
