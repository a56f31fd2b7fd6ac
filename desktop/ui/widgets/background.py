"""A job on its own thread that can be told to stop and reports progress
without flooding the event queue; it outlives the dialog that started it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, Signal

_PROGRESS_EVERY_S = 0.05  # a 20,000-row ledger must not post 20,000 events
#: Jobs still running after their dialog closed; kept alive until they stop.
_RUNNING: set[BackgroundJob] = set()


class BackgroundJob(QThread):
    progressed = Signal(int, int)  # done, total (0: not known)
    succeeded = Signal()
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.finished.connect(self._forget)

    def start_job(self) -> None:
        _RUNNING.add(self)
        self.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_EVERY_S or (total and done >= total):
            self._last_report = now
            self.progressed.emit(done, total)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()
