"""Small pieces every kiosk screen uses: labels that never open links and
never offer text selection, big buttons, a scrolling page body."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget


def label(text: str = "", name: str = "", *, wrap: bool = True) -> QLabel:
    w = QLabel(text)
    if name:
        w.setObjectName(name)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)  # no rich text: nothing a record says becomes a link
    w.setOpenExternalLinks(False)
    w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    w.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return w


def button(text: str, name: str = "") -> QPushButton:
    b = QPushButton(text)
    if name:
        b.setObjectName(name)
    b.setAutoDefault(False)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touch screen: keep the keyboard focus where typing is
    b.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return b


def card() -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    return frame


def scroller(body: QWidget) -> QScrollArea:
    """A scroll area a finger can drag (kinetic scrolling on touch and mouse)."""
    body.setObjectName("scrollBody")
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def column(parent: QWidget, margins: int = 0, spacing: int = 12) -> QVBoxLayout:
    lay = QVBoxLayout(parent)
    lay.setContentsMargins(margins, margins, margins, margins)
    lay.setSpacing(spacing)
    return lay


class RowCard(QFrame):
    """A tappable row: a bold first line and a wrapped second line (a long
    title or a search snippet wraps instead of being cut off)."""

    clicked = Signal()

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = label(title, "rowTitle")
        self.detail = label(detail, "muted")
        lay = column(self, 0, 4)
        lay.setContentsMargins(22, 14, 22, 14)
        lay.addWidget(self.title)
        lay.addWidget(self.detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)
