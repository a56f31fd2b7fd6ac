"""Deadline alerts: every 30 s scan the clocks (a write: it raises alerts and
opens supervisions), then read what is still unacknowledged. New alerts also
go to the system tray, repeated every 5 minutes until someone acknowledges."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Now, alert_text
from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.complaints import alerts
from localdb.complaints.alerts import AlertView
from localdb.engine import Store
from localdb.roles import Actor

log = logging.getLogger(__name__)

SCAN_MS = 30_000
TRAY_REPEAT_S = 300.0
TRAY_LINES = 3


def make_tray(parent: QObject) -> QSystemTrayIcon | None:
    """A tray icon where the desktop has a tray (none offscreen or on a bare X server).
    It goes with ``parent``: locking the app must not leave an icon behind."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else None
    if icon is None or icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    tray = QSystemTrayIcon(icon, parent)
    tray.setToolTip(QApplication.translate("AlertsNotifier", "阳光台 投诉预警"))
    tray.show()
    return tray


class AlertsNotifier(QObject):
    #: The unacknowledged alerts now (list[AlertView]).
    changed = Signal(list)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now, *,
                 tray: QSystemTrayIcon | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._now = now
        self._monotonic = monotonic
        self.tray = tray
        self.pending: list[AlertView] = []
        self._seen: set[int] = set()
        self._last_tray: float | None = None
        self._scanning = False
        self.timer = QTimer(self)
        self.timer.setInterval(SCAN_MS)
        self.timer.timeout.connect(self.check)
        worker.changed.connect(self._on_changed)  # dropped with self

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Scan the clocks, then show what is pending."""
        owner = self.parent()
        if self._scanning or (isinstance(owner, QWidget) and not owner.window().isVisible()):
            return  # a closed window: nobody to tell
        self._scanning = True
        actor, now = self._actor, self._now()

        def job(store: Store) -> tuple[Changes, None]:
            with store.write() as session:
                return alerts.scan(session, actor, now), None

        self._worker.write(job, guard(self, self._scanned), guard(self, self._failed))

    def _scanned(self, _result: None) -> None:
        self._scanning = False
        self.load()

    def _failed(self, exc: BaseException) -> None:
        self._scanning = False
        log.warning("deadline alert scan failed: %s", exc)

    def _on_changed(self, changes: Changes) -> None:
        if changes.alerts and not self._scanning:
            self.load()  # a step on a complaint may have settled an alert

    def load(self) -> None:
        self._worker.run(reading(alerts.pending), guard(self, self._show),
                         guard(self, self._failed))

    def _show(self, pending: list[AlertView]) -> None:
        self.pending = pending
        self.changed.emit(pending)
        fresh = [a for a in pending if a.id not in self._seen]
        self._seen.update(a.id for a in pending)
        if not pending:
            self._last_tray = None
            return
        now = self._monotonic()
        due_again = self._last_tray is None or now - self._last_tray >= TRAY_REPEAT_S
        if self.tray is not None and (fresh or due_again):
            self._last_tray = now
            self.tray.showMessage(self.tr("阳光台 投诉预警"), self.summary(pending, self._now()),
                                  QSystemTrayIcon.MessageIcon.Warning, 15_000)

    def summary(self, pending: list[AlertView], now: datetime) -> str:
        lines = [alert_text(a.number, a.clock, a.level, a.due, now, labels.countdown_tr)
                 for a in pending[:TRAY_LINES]]
        if len(pending) > TRAY_LINES:
            lines.append(self.tr("另有 {n} 条预警").format(n=len(pending) - TRAY_LINES))
        return "\n".join(lines)

    def acknowledge(self, alert_ids: list[int]) -> None:
        if not alert_ids:
            return
        actor = self._actor
        self._worker.write(writing(lambda s: alerts.acknowledge(s, actor, alert_ids)),
                           guard(self, lambda _r: self.load()), guard(self, self._failed))
