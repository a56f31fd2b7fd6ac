"""Status bar: who is logged in, which store, and a place for the sync state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.ui.labels import role_label
from localdb.roles import Actor


class MainStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_label = QLabel()
        self.store_label = QLabel()
        self.store_label.setObjectName("muted")
        # The city-system sync issue fills this in; until then say so plainly.
        self.sync_label = QLabel(self.tr("同步：未连接城市系统"))
        self.sync_label.setObjectName("syncState")
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

    def set_sync_state(self, text: str) -> None:
        self.sync_label.setText(text)
