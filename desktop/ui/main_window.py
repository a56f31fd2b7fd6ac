"""The main window. It appears at once, before the database is open, and
holds whichever panel is current: starting, setup, login or the work area.

Start-up time matters here: this module and those it imports load before
the window appears, so they stay small."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui.status_bar import MainStatusBar


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("阳光台 — 物业服务中心"))
        self._fit_to_screen()
        self.stack = QStackedWidget()
        self.starting = QLabel(self.tr("正在打开数据库…"))
        self.starting.setObjectName("starting")  # centred by the style sheet
        self.stack.addWidget(self.starting)
        self.setCentralWidget(self.stack)
        self.status = MainStatusBar()
        self.setStatusBar(self.status)
        self.work: QWidget | None = None

    def _fit_to_screen(self) -> None:
        """1280×800 where it fits; on a smaller screen, most of what is available."""
        screen = self.screen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        self.resize(min(1280, int(area.width() * 0.95)), min(800, int(area.height() * 0.92)))

    def show_panel(self, panel: QWidget, *, centred: bool = True) -> None:
        """Make ``panel`` the current content; the previous one is discarded."""
        # Qt's namespace costs ~40 ms to load in PySide6: not before the window shows.
        from PySide6.QtCore import Qt

        if centred:
            holder = QWidget()
            holder.setObjectName("backdrop")
            lay = QVBoxLayout(holder)
            lay.addStretch(1)
            lay.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
            lay.addStretch(2)
            content = holder
        else:
            content = panel
        old = self.stack.currentWidget()
        self.stack.addWidget(content)
        self.stack.setCurrentWidget(content)
        if old is not None and old is not self.starting:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.work = None if centred else panel

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
