"""Sync rounds on their own thread: never the GUI thread, never the DbWorker's
(the client opens its own short sessions on the store's engine).

The scheduler (desktop/sync/scheduler.py) decides when; this thread runs it,
wakes it for "sync now", and after each round tells the GUI thread by a
queued signal what happened and when the next round is due."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from desktop.sync.backoff import Backoff
from desktop.sync.client import RoundSummary, SyncClient
from desktop.sync.scheduler import SyncScheduler
from localdb.models import utcnow
from localdb.sync import status
from localdb.sync.status import SyncSummary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundReport:
    round: RoundSummary
    status: SyncSummary | None  # read after the round; None when the store could not be read
    next_round_at: datetime


class SyncRunner(QObject):
    #: A round ended (a RoundReport), delivered on the GUI thread.
    round_done = Signal(object)

    def __init__(self, client: SyncClient, *, interval: float = 60.0, backoff: Backoff | None = None,
                 now: Callable[[], datetime] = utcnow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.now = now
        self._wake = threading.Event()
        self._last: RoundSummary | None = None
        self.scheduler = SyncScheduler(client.run_round, interval=interval, backoff=backoff, now=now,
                                       wait=self._wait, on_round=self._keep)
        self._thread: threading.Thread | None = None
        #: Threads that have called the client (tests check it is never the GUI's).
        self.round_threads: set[int] = set()

    def start(self) -> None:
        if self._thread is not None:
            return
        # A daemon: a round stuck on a slow city must not keep the program from ending.
        self._thread = threading.Thread(target=self._loop, name="city-sync", daemon=True)
        self._thread.start()

    def trigger(self) -> None:
        """A round now (the staff's 立即同步, a local write)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop after the round in progress; False when it did not end within ``timeout``."""
        self.scheduler.stop()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning("sync round still running at shutdown; left to finish on its own")
            return False
        self.client.transport.close()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- on the sync thread ---------------------------------------------------------------

    def _wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _keep(self, summary: RoundSummary) -> None:
        self._last = summary

    def _loop(self) -> None:
        while not self.scheduler.stopped:
            self.round_threads.add(threading.get_ident())
            delay = self.scheduler.step()
            if self.scheduler.stopped:
                break
            self.round_done.emit(RoundReport(self._last or RoundSummary(), self._status(),
                                             self.now() + timedelta(seconds=delay)))
            self._wait(delay)

    def _status(self) -> SyncSummary | None:
        try:
            with self.client.store.read() as session:
                return status.summary(session)
        except Exception:  # the store went away (closing down): the next round reads again
            log.warning("sync status could not be read", exc_info=True)
            return None
