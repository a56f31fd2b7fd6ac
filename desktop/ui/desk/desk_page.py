"""工作台: the complaints desk. Alerts on top, then the tabs 待处理 / 待回访 /
督办. F2 logs a new complaint, Ctrl+F searches, everything by keyboard.
Those who publish disclosures also see overdue disclosure items in the header."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.desk.alerts_notifier import AlertsNotifier, make_tray
from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.disclosure_banner import DisclosureBanner
from desktop.ui.desk.disclosure_notifier import DisclosureWatch
from desktop.ui.desk.follow_up_page import FollowUpPage
from desktop.ui.desk.guard import guard
from desktop.ui.desk.intake_panel import IntakeDialog
from desktop.ui.desk.notice_bar import NoticeBar
from desktop.ui.desk.open_tab import OpenTab
from desktop.ui.desk.style import DESK_STYLE
from desktop.ui.desk.supervision_page import SupervisionPage
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.complaints import queries
from localdb.roles import Actor, Permission
from localdb.services.overview import Overview, overview

OPEN_TAB, FOLLOW_UP_TAB, SUPERVISION_TAB = range(3)
POLL_MS = 60_000


class DeskPage(QWidget):
    #: The overdue-disclosure banner was clicked: show the 公开时限 board.
    open_board = Signal()

    def __init__(self, worker: DbWorker, actor: Actor, now: Now = wall_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskPage")
        self.setStyleSheet(DESK_STYLE)
        self._worker = worker
        self._actor = actor
        self._now = now
        self.categories: list[tuple[int, str, str]] | None = None
        self._open_when_loaded = False
        self.intake: IntakeDialog | None = None

        self.title = QLabel(self.tr("工作台"))
        self.title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("受理投诉（F2）"))
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_complaint)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        self.banner = DisclosureBanner()  # hidden until overdue items arrive
        self.banner.clicked.connect(self.open_board)
        header.addWidget(self.banner, 3)
        header.addWidget(self.new_button)
        self.notice = NoticeBar(now)
        self.open_tab = OpenTab(worker, actor, now)
        self.follow_up = FollowUpPage(worker, actor, now)
        self.supervision = SupervisionPage(worker)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.open_tab, self.tr("待处理"))
        self.tabs.addTab(self.follow_up, self.tr("待回访"))
        self.tabs.addTab(self.supervision, self.tr("督办"))
        lay = QVBoxLayout(self)
        lay.addLayout(header)
        lay.addWidget(self.notice)
        lay.addWidget(self.tabs, 1)

        self.open_tab.counted.connect(lambda n: self._count(OPEN_TAB, self.tr("待处理"), n))
        self.follow_up.table.model_.loaded.connect(
            lambda n: self._count(FOLLOW_UP_TAB, self.tr("待回访"), n))
        self.supervision.counted.connect(lambda n: self._count(SUPERVISION_TAB, self.tr("督办"), n))
        self.supervision.open_complaint.connect(self.open_complaint)
        self.notifier = AlertsNotifier(worker, actor, now, tray=make_tray(self), parent=self)
        self.notifier.changed.connect(self.notice.set_alerts)
        self.notice.acknowledged.connect(self.notifier.acknowledge)
        self.disclosure: DisclosureWatch | None = None
        if actor.can(Permission.PUBLISH_RECORDS):
            self.disclosure = DisclosureWatch(worker, actor, now, tray=self.notifier.tray, parent=self)
            self.disclosure.changed.connect(self.banner.set_rows)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.notice.tick)
        self._clock.start()
        # Other PCs of the centre write to the same server without telling this
        # worker: look again now and then (ids only; unchanged lists cost a repaint).
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._poll.start()

        QShortcut(QKeySequence(Qt.Key.Key_F2), self).activated.connect(self.new_complaint)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        worker.changed.connect(self._on_changed)  # dropped with self
        self._load_header()
        self._load_categories()
        self.notifier.start()
        if self.disclosure is not None:
            self.disclosure.start()

    # -- data -----------------------------------------------------------------
    def _load_header(self) -> None:
        self._worker.run(reading(overview), guard(self, self._show_header))

    def _show_header(self, data: Overview) -> None:
        name = data.profile.name if data.profile else ""
        self.title.setText(self.tr("{name} · 工作台").format(name=name) if name else self.tr("工作台"))

    def _load_categories(self) -> None:
        self._worker.run(reading(queries.categories), guard(self, self._show_categories))

    def _show_categories(self, categories: list[tuple[int, str, str]]) -> None:
        self.categories = categories
        self.open_tab.filters.set_categories(categories)
        if self._open_when_loaded:
            self._open_when_loaded = False
            self.new_complaint()

    def _on_changed(self, changes: Changes) -> None:
        if changes.community:
            self._load_header()
        if changes.settings:
            self._load_categories()

    def poll(self) -> None:
        if self.isVisible():
            self.open_tab.reload()
            self.open_tab.detail.reload()
            self.follow_up.table.model_.refresh()
            self.supervision.refresh()

    def _count(self, tab: int, label: str, n: int) -> None:
        self.tabs.setTabText(tab, self.tr("{label}（{n}）").format(label=label, n=n))

    # -- commands -------------------------------------------------------------
    def new_complaint(self) -> None:
        """F2: the intake form (one at a time)."""
        if self.intake is not None:
            self.intake.raise_()
            self.intake.activateWindow()
            return
        if self.categories is None:
            self._open_when_loaded = True
            return
        dialog = IntakeDialog(self._worker, self._actor, self.categories, self._now, self)
        self.intake = dialog
        dialog.saved.connect(self._created)
        dialog.finished.connect(lambda _code: self._intake_closed(dialog))
        dialog.open()

    def _intake_closed(self, dialog: IntakeDialog) -> None:
        if self.intake is dialog:
            self.intake = None
        dialog.deleteLater()

    def _created(self, complaint_id: int) -> None:
        self.tabs.setCurrentIndex(OPEN_TAB)
        self.open_tab.show_complaint(complaint_id)
        self.open_tab.table.setFocus()

    def open_complaint(self, complaint_id: int) -> None:
        self.tabs.setCurrentIndex(OPEN_TAB)
        self.open_tab.show_complaint(complaint_id)
        self.open_tab.detail.focus_actions()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(OPEN_TAB)
        self.open_tab.filters.search.setFocus()
        self.open_tab.filters.search.selectAll()
