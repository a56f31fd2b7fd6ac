"""The staff PIN pad, reached only by the hidden corner gesture: the right
PIN ends the kiosk; five wrong ones lock the pad for a while; without a PIN
set it says the kiosk can only be ended by the operating system."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.ui.kiosk.keypad import Keypad
from desktop.ui.kiosk.parts import button, card, label


class PinPad(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("工作人员退出"), "pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin.returnPressed.connect(self._ok)
        self.keypad = Keypad()
        self.keypad.target = self.pin
        self.message = label("", "error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ok = button(self.tr("确定"), "primary")
        self.ok.clicked.connect(self._ok)
        self.cancel = button(self.tr("取消"))
        self.cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        box = card()
        box.setMaximumWidth(640)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(28, 24, 28, 24)
        lay.setSpacing(14)
        for w in (self.title, self.pin, self.message, self.keypad):
            lay.addWidget(w)
        lay.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def reset(self, pin_set: bool | None = None) -> None:
        self.pin.clear()
        self.message.setText("")
        if pin_set is False:
            self.set_enabled(False, self.tr("尚未设置管理密码，查询机只能由操作系统关闭。"
                                            "请项目经理在“设置”中或用 sunshine-desk kiosk --set-pin 设置。"))
        else:
            self.set_enabled(True)

    def set_enabled(self, enabled: bool, message: str = "") -> None:
        for w in (self.pin, self.keypad, self.ok):
            w.setEnabled(enabled)
        self.message.setText(message)

    def _ok(self) -> None:
        if self.pin.isEnabled() and self.pin.text():
            pin = self.pin.text()
            self.pin.clear()
            self.entered.emit(pin)
