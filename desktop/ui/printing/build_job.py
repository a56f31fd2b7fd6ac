"""One PDF build on its own thread, so a long ledger never blocks the window
or the database worker. The builder is plain Python (no Qt): it writes the
file, reports progress and looks at ``cancelled()`` between rows."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)

#: progress(done, total): how far the build is; total 0 when not known.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: builder(path, progress, cancelled) writes the PDF at ``path``.
Builder = Callable[[Path, Progress, Cancelled], object]

_PROGRESS_EVERY_S = 0.05  # a 20,000-row ledger must not flood the event queue
#: Jobs still running after their dialog closed; kept alive until they stop.
_RUNNING: set[BuildJob] = set()


class BuildJob(QThread):
    progressed = Signal(int, int)
    succeeded = Signal()
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, builder: Builder, path: Path) -> None:
        super().__init__()
        self._builder = builder
        self.path = path
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.finished.connect(self._forget)

    def start_build(self) -> None:
        _RUNNING.add(self)
        self.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= _PROGRESS_EVERY_S or (total and done >= total):
            self._last_report = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self._builder(self.path, self._progress, self._cancel.is_set)
        except BaseException as exc:  # handed to the dialog, never lost
            if self._cancel.is_set():
                self._discard()
                self.cancelled.emit()
            else:
                log.warning("PDF build failed", exc_info=True)
                self.failed.emit(exc)
            return
        if self._cancel.is_set():
            self._discard()
            self.cancelled.emit()
        else:
            self.succeeded.emit()

    def _discard(self) -> None:
        """A cancelled build leaves no half-written file behind."""
        self.path.unlink(missing_ok=True)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()
