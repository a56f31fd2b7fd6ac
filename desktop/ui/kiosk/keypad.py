"""A large on-screen number pad for the PIN, the room number and the phone:
no system keyboard is needed for digits on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from desktop.ui.kiosk.parts import button


class Keypad(QWidget):
    pressed = Signal(str)  # a digit, "back" or "clear"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        names = {"clear": self.tr("清空"), "back": self.tr("退格")}
        self.buttons: dict[str, object] = {}
        for i, key in enumerate(keys):
            b = button(names.get(key, key), "key")
            b.setAccessibleName(names.get(key, key))
            b.clicked.connect(lambda _c=False, k=key: self._press(k))
            grid.addWidget(b, i // 3, i % 3)
            self.buttons[key] = b

    def _press(self, key: str) -> None:
        self.pressed.emit(key)
        field = self.target
        if field is None:
            return
        if key == "back":
            field.backspace()
        elif key == "clear":
            field.clear()
        elif len(field.text()) < field.maxLength():
            field.insert(key)
