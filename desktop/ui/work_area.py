"""The staff work area: navigation on the left, one page per area.

Built after login, inside the main window; locking throws it away."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.pages.placeholder import PlaceholderPage
from desktop.ui.publish.publish_page import PublishPage
from desktop.ui.query.query_page import QueryPage
from desktop.ui.review.review_page import ReviewPage
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.worker import DbWorker
from localdb.roles import Actor


class WorkArea(QWidget):
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(self, worker: DbWorker, actor: Actor, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(180)
        self.pages = QStackedWidget()
        desk = DeskPage(worker, actor)
        self.publish = PublishPage(worker, actor)
        areas: list[tuple[str, QWidget]] = [
            (self.tr("工作台"), desk),
            (self.tr("查询台"), QueryPage(worker)),
            (self.tr("公开管理"), self.publish),
            (self.tr("台账打印"), PlaceholderPage(self.tr("台账打印"), self.tr(
                "打印投诉处理台账、收支台账、公示海报和码上办公示牌。"))),
            (self.tr("统计"), ReviewPage(worker, actor)),
            (self.tr("设置"), SettingsPage(worker, actor, settings)),
        ]
        for i, (label, page) in enumerate(areas, start=1):
            item = QListWidgetItem(label)
            item.setToolTip(f"Ctrl+{i}")
            self.nav.addItem(item)
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            shortcut.activated.connect(partial(self.nav.setCurrentRow, i - 1))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        desk.open_board.connect(self.open_board)  # the desk's overdue-disclosure banner

        lock = QAction(self.tr("锁定"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        self.addAction(lock)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_requested)
        self.addAction(quit_action)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav)
        lay.addWidget(self.pages, 1)

    def open_board(self) -> None:
        """公开管理 → 公开时限."""
        self.show_area(self.pages.indexOf(self.publish))
        self.publish.show_board()

    def show_area(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def area_count(self) -> int:
        return self.pages.count()

    def page(self, index: int) -> QWidget:
        widget = self.pages.widget(index)
        assert widget is not None
        return widget

