"""A navigation area whose capability arrives with a later release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(description)
        body.setWordWrap(True)
        note = QLabel(self.tr("此功能正在建设中，将在后续版本提供。"))
        note.setObjectName("muted")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 16)
        lay.addWidget(heading)
        lay.addWidget(body)
        lay.addWidget(note)
        lay.addStretch(1)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
