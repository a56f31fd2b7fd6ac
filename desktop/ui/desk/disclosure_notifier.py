"""Overdue disclosure items for those who publish: read from the disclosure
board when the desk opens, after every write to records or the catalogue and
every few minutes; each overdue item goes to the tray once a day (per user),
not on every refresh."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.disclosure import schedule
from localdb.disclosure.schedule import BoardRow
from localdb.roles import Actor

log = logging.getLogger(__name__)

REFRESH_MS = 5 * 60_000
TRAY_LINES = 3


class ReminderMemory:
    """Which items were reminded on which day. One per process, so locking and
    logging in again (a new desk) does not remind again the same day."""

    def __init__(self) -> None:
        self._last: dict[tuple[int | None, int], date] = {}

    def take(self, user_id: int | None, item_ids: list[int], today: date) -> list[int]:
        """The items not yet reminded today; they count as reminded from now."""
        fresh = [i for i in item_ids if self._last.get((user_id, i)) != today]
        for i in fresh:
            self._last[(user_id, i)] = today
        return fresh


SESSION_MEMORY = ReminderMemory()


class DisclosureWatch(QObject):
    #: The overdue items now (list[BoardRow], the longest overdue first).
    changed = Signal(list)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now, *,
                 tray: QSystemTrayIcon | None = None, memory: ReminderMemory = SESSION_MEMORY,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._now = now
        self._memory = memory
        self.tray = tray
        self.overdue: list[BoardRow] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        worker.changed.connect(self._on_changed)  # dropped with self

    def start(self) -> None:
        self.timer.start()
        self.load()

    def _tick(self) -> None:
        owner = self.parent()
        if isinstance(owner, QWidget) and not owner.window().isVisible():
            return  # a closed window: nobody to tell
        self.load()

    def load(self) -> None:
        today = schedule.local_today(self._now())
        self._worker.run(reading(lambda s: schedule.overdue(s, today)),
                         guard(self, lambda rows: self._show(rows, today)), guard(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        log.warning("reading overdue disclosure items failed: %s", exc)

    def _on_changed(self, changes: Changes) -> None:
        if changes.records or changes.catalogue:
            self.load()

    def _show(self, rows: list[BoardRow], today: date) -> None:
        self.overdue = rows
        self.changed.emit(rows)
        fresh = set(self._memory.take(self._actor.user_id, [r.item_id for r in rows], today))
        if fresh and self.tray is not None:
            self.tray.showMessage(self.tr("阳光台 信息公开逾期"),
                                  self.summary([r for r in rows if r.item_id in fresh]),
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)

    def summary(self, rows: list[BoardRow]) -> str:
        lines = [self.tr("{item}（{period}）逾期 {days} 天").format(
            item=r.item_name, period=r.period_label, days=-(r.days_left or 0)) for r in rows[:TRAY_LINES]]
        if len(rows) > TRAY_LINES:
            lines.append(self.tr("另有 {n} 项").format(n=len(rows) - TRAY_LINES))
        return "\n".join(lines)
