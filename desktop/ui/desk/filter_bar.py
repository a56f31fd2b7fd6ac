"""The desk's filter bar: mine, channel, category, overdue only, paused only,
and a search box that waits for the typing to pause before asking."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.ui.desk.labels import channel_label, urgency_label
from localdb.complaints.queries import DeskFilter
from localdb.deadlines import Channel

SEARCH_DELAY_MS = 300


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = QCheckBox(self.tr("我的"))
        self.mine.setToolTip(self.tr("只看由我处理的投诉"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("全部渠道"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        self.category.setMinimumContentsLength(8)
        self.overdue = QCheckBox(self.tr("仅超时"))
        self.paused = QCheckBox(self.tr("仅挂起"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、描述、联系人、电话、地点（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for box in (self.mine, self.overdue, self.paused):
            box.toggled.connect(lambda _on: self.changed.emit())
        for combo in (self.channel, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.mine, self.channel, self.category, self.overdue, self.paused):
            lay.addWidget(w)
        lay.addWidget(self.search, 1)

    def set_categories(self, categories: list[tuple[int, str, str]]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)  # the same filter: no reload for a refill
        self.category.clear()
        self.category.addItem(self.tr("全部类别"), None)
        for cid, name, urgency in categories:
            self.category.addItem(f"{name}（{urgency_label(urgency)}）", cid)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)

    def desk_filter(self, user_id: int | None, now: datetime) -> DeskFilter:
        return DeskFilter(
            handler_id=user_id if self.mine.isChecked() else None,
            channel=self.channel.currentData(),
            category_id=self.category.currentData(),
            overdue_at=now if self.overdue.isChecked() else None,
            paused_only=self.paused.isChecked(),
            text=self.search.text(),
        )
