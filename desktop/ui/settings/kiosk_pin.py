"""Settings → 大堂自助机 → 管理密码: whether the staff PIN that ends the kiosk is
set, a dialog to set it (typed twice) and clearing it. Nothing shows the PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.errors import ValidationError
from localdb.kiosk.settings import PIN_DIGITS, pin_is_set, set_pin
from localdb.roles import Actor, Permission

FIELD = "管理密码"  # the field set_pin's ValidationError names


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_DIGITS[1])
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class PinDialog(QDialog):
    """The new PIN typed twice; ``submitted`` gets it once both match."""

    def __init__(self, submit: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("设置自助机管理密码"))
        self.setMinimumWidth(380)
        low, high = PIN_DIGITS
        self.pin = pin_edit()
        self.confirm = pin_edit()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add(FIELD, self.tr("新密码（{low}–{high} 位数字）").format(low=low, high=high), self.pin)
        self.errors.add("confirm", self.tr("再输入一次"), self.confirm)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("确定"))
        buttons.button(cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(ok)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general)
        lay.addWidget(buttons)

    def submitted(self) -> None:
        self.errors.clear()
        self.general.hide()
        if self.pin.text() != self.confirm.text():
            self.errors.show("confirm", self.tr("两次输入的密码不一致，请重新输入。"))
            return
        self.ok_button.setEnabled(False)  # once: the store is answering
        self._submit(self.pin.text())

    def failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        field = exc.field if isinstance(exc, ValidationError) else None
        if not self.errors.show(field, errors.message(exc)):
            self.general.setText(errors.message(exc))
            self.general.show()


class PinBox(QGroupBox):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("管理密码"), parent)
        self._worker = worker
        self._actor = actor
        self.is_set: bool | None = None
        self.dialog: PinDialog | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.set_button = QPushButton(self.tr("设置密码…"))
        self.set_button.clicked.connect(self.open_dialog)
        self.clear_button = QPushButton(self.tr("清除密码"))
        self.clear_button.clicked.connect(self._clear)
        editable = actor.can(Permission.EDIT_SETTINGS)
        self.set_button.setVisible(editable)
        self.clear_button.setVisible(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(pin_is_set), self._show)

    def _show(self, is_set: bool) -> None:
        self.is_set = is_set
        self.state.setText(
            self.tr("已设置。工作人员在自助机上用隐藏手势调出密码键盘，输入它即可退出自助机。")
            if is_set else
            self.tr("尚未设置：自助机无法由工作人员退出，只能由操作系统关闭。"))
        self.clear_button.setEnabled(is_set)

    def open_dialog(self) -> None:
        self.status.setText("")
        self.dialog = PinDialog(self._save, self)
        self.dialog.open()

    def _save(self, pin: str) -> None:
        dialog = self.dialog
        assert dialog is not None
        actor = self._actor

        def done(_: None) -> None:
            dialog.accept()
            self.status.setText(self.tr("管理密码已设置。"))
            self.refresh()

        self._worker.write(writing(lambda s: set_pin(s, actor, pin)), done, dialog.failed)

    def _clear(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("清除管理密码"),
            self.tr("清除后，工作人员无法在自助机上输入密码退出，只能由操作系统关闭自助机。确定清除吗？"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._actor

        def done(_: None) -> None:
            self.status.setText(self.tr("管理密码已清除。"))
            self.refresh()

        self._worker.write(writing(lambda s: set_pin(s, actor, None)), done,
                           lambda exc: self.status.setText(errors.message(exc)))
