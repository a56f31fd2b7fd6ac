"""Status bar: who is logged in, which store, and a place for the sync state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.ui.labels import role_label
from localdb.roles import Actor


class MainStatusBar(QStatusBar):
    def __init__(self, actor: Actor, store_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        role = role_label(actor.role)
        self.user_label = QLabel(self.tr("当前用户：{name}（{role}）").format(name=actor.name, role=role))
        self.store_label = QLabel(store_label)
        self.store_label.setObjectName("muted")
        # The city-system sync issue fills this in; until then say so plainly.
        self.sync_label = QLabel(self.tr("同步：未连接城市系统"))
        self.sync_label.setObjectName("syncState")
        self.addWidget(self.user_label)
        self.addWidget(self.store_label)
        self.addPermanentWidget(self.sync_label)

    def set_sync_state(self, text: str) -> None:
        self.sync_label.setText(text)
