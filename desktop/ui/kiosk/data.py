"""Reads for the kiosk screens through the DbWorker, with the time of the
last good read. When the store cannot be reached the screens keep what they
show, the top bar says since when ("数据更新于 HH:MM"), and the failed reads
are tried again on a timer until they succeed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import SHANGHAI
from desktop.ui.worker import DbWorker, reading
from localdb.errors import StoreError

log = logging.getLogger(__name__)
RETRY_MS = 15_000


class KioskData(QObject):
    #: The store answered (carries the local time of that read).
    fresh = Signal(object)
    #: A read failed; what is shown is from the last good read.
    stale = Signal(object)

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.updated_at: datetime | None = None
        self._failed: dict[str, tuple[Callable[[Session], Any], Callable[[Any], None],
                                      Callable[[BaseException], None] | None]] = {}
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.retry_now)

    def read(self, key: str, fn: Callable[[Session], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn`` on the worker; ``on_done`` gets its result. A store that
        answered with a refusal (StoreError: e.g. a record withdrawn since)
        goes to ``on_error``; any other failure (the store unreachable) is
        retried — the latest request under ``key`` only — until it succeeds."""

        def done(value: Any) -> None:
            self._failed.pop(key, None)
            self.updated_at = datetime.now(SHANGHAI)
            if not self._failed:
                self.retry.stop()
                self.fresh.emit(self.updated_at)
            on_done(value)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StoreError) and on_error is not None:
                self._failed.pop(key, None)
                on_error(exc)
                return
            log.warning("kiosk read %s failed: %s", key, exc)
            self._failed[key] = (fn, on_done, on_error)
            self.stale.emit(self.updated_at)
            if not self.retry.isActive():
                self.retry.start()

        self.worker.run(reading(fn), guard(self, done), guard(self, failed))

    def retry_now(self) -> None:
        for key, (fn, on_done, on_error) in list(self._failed.items()):
            self.read(key, fn, on_done, on_error)

    def forget(self, key: str) -> None:
        """The screen that asked has moved on: stop retrying its read."""
        self._failed.pop(key, None)
        if not self._failed:
            self.retry.stop()
