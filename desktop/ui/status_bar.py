"""Status bar: who is logged in, which store, and a place for the sync state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.ui.labels import role_label
from localdb.roles import Actor


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()


class MainStatusBar(QStatusBar):
    #: The sync place was clicked: open the sync panel.
    sync_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_label = QLabel()
        self.store_label = QLabel()
        self.store_label.setObjectName("muted")
        # Filled in by desktop/ui/sync once logged in.
        self.sync_label = ClickableLabel(self.tr("同步：未连接城市系统"))
        self.sync_label.setObjectName("syncState")
        self.sync_label.clicked.connect(self.sync_clicked)
        self.addWidget(self.user_label)
        self.addWidget(self.store_label)
        self.addPermanentWidget(self.sync_label)

    def set_store(self, text: str) -> None:
        self.store_label.setText(text)

    def set_actor(self, actor: Actor | None) -> None:
        self.user_label.setText(
            "" if actor is None else self.tr("当前用户：{name}（{role}）").format(
                name=actor.name, role=role_label(actor.role))
        )

    def set_sync_state(self, text: str, tone: str = "", tooltip: str = "") -> None:
        """``tone``: "ok", "muted" or "bad" (tinted red by the style sheet)."""
        from PySide6.QtCore import Qt  # not before the window shows (start-up time)

        self.sync_label.setText(text)
        self.sync_label.setToolTip(tooltip)
        self.sync_label.setProperty("tone", tone)
        self.sync_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sync_label.style().unpolish(self.sync_label)
        self.sync_label.style().polish(self.sync_label)
