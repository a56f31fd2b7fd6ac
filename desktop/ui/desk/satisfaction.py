"""满意度 1–5, picked with the keys 1–5, the arrow keys or the mouse.
Nothing is chosen at first: a default would bias the satisfaction rate."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}


class SatisfactionPicker(QWidget):
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = (self.tr("非常不满意"), self.tr("不满意"), self.tr("一般"), self.tr("满意"),
                 self.tr("非常满意"))
        self.group = QButtonGroup(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QRadioButton] = []
        for score, name in enumerate(names, start=1):
            button = QRadioButton(f"{score} {name}")
            button.installEventFilter(self)
            self.group.addButton(button, score)
            self.buttons.append(button)
            lay.addWidget(button)
        lay.addStretch(1)
        lay.setSpacing(14)
        self.group.idToggled.connect(self._toggled)
        self.setFocusProxy(self.buttons[0])

    def _toggled(self, score: int, on: bool) -> None:
        if on:
            self.changed.emit(score)

    def value(self) -> int:
        """The chosen score, or 0 when none is chosen yet."""
        return max(self.group.checkedId(), 0)

    def set_value(self, score: int) -> None:
        if 1 <= score <= 5:
            self.buttons[score - 1].setChecked(True)
            self.buttons[score - 1].setFocus()
        else:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            score = DIGITS.get(Qt.Key(event.key()))
            if score is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                           Qt.KeyboardModifier.KeypadModifier):
                self.set_value(score)
                return True
        return super().eventFilter(watched, event)
