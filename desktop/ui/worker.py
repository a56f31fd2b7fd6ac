"""One worker thread owns all database access (as Anki's collection worker).

The GUI thread hands over a function of the :class:`Store`; the result or
error comes back to the GUI thread by a queued signal. Writes also broadcast
the :class:`Changes` they made so every screen refreshes what it shows.
Views never receive ORM objects: services return plain dataclasses.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from localdb.changes import Changes

if TYPE_CHECKING:  # SQLAlchemy loads on the worker thread, not while the window opens
    from sqlalchemy.orm import Session

    from localdb.engine import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Delivery:
    callback: Callable[[Any], None] | None
    value: Any


class DbWorker(QObject):
    #: Emitted on the GUI thread after every successful write.
    changed = Signal(object)
    #: Emitted when no callback handles an error.
    failed = Signal(object)
    _deliver = Signal(object)  # a _Delivery: callback and its argument

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._store: Store | None = None  # touched only on the worker thread
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._deliver.connect(self._on_deliver)

    # -- submitting -------------------------------------------------------
    def run(self, fn: Callable[[Store], T], on_done: Callable[[T], None] | None = None,
            on_error: OnError | None = None) -> Future[None]:
        """Run ``fn(store)`` on the worker thread."""

        def job() -> None:
            try:
                assert self._store is not None, "store not opened"
                result = fn(self._store)
            except BaseException as exc:  # handed to the GUI thread, never lost
                log.debug("database job failed", exc_info=True)
                self._finish(on_error or self.failed.emit, exc)
                return
            self._finish(on_done, result)

        return self._submit(job)

    def write(self, fn: Callable[[Store], tuple[Changes, T]],
              on_done: Callable[[T], None] | None = None,
              on_error: OnError | None = None) -> Future[None]:
        """Run a write; broadcast its changes, then call ``on_done(result)``."""

        def done(pair: tuple[Changes, T]) -> None:
            changes, result = pair
            if changes.any():
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        return self.run(fn, done, on_error)

    def open(self, opener: Callable[[], tuple[Store, T]], on_done: Callable[[T], None],
             on_error: OnError) -> Future[None]:
        """Open the store on the worker thread; ``opener`` returns (Store, report)."""

        def job() -> None:
            try:
                store, report = opener()
                self._store = store
            except BaseException as exc:
                self._finish(on_error, exc)
                return
            self._finish(on_done, report)

        return self._submit(job)

    # -- plumbing ---------------------------------------------------------
    def _submit(self, job: Callable[[], None]) -> Future[None]:
        with self._lock:
            if self._closed:
                # A timer of a screen outliving the store (closing down): nothing to do.
                log.debug("database job dropped after shutdown")
                done: Future[None] = Future()
                done.set_result(None)
                return done
            self._pending += 1
        return self._pool.submit(job)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._deliver.emit(_Delivery(callback, value))

    def _on_deliver(self, delivery: _Delivery) -> None:
        with self._lock:
            self._pending -= 1
        if delivery.callback is not None:
            delivery.callback(delivery.value)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def shutdown(self) -> None:
        """Finish queued work and close the store's connections."""

        def close() -> None:
            if self._store is not None:
                self._store.dispose()
                self._store = None

        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._pool.submit(close)
        self._pool.shutdown(wait=True)


def reading(fn: Callable[[Session], T]) -> Callable[[Store], T]:
    """Adapt a read-only service function to a worker job."""

    def job(store: Store) -> T:
        with store.read() as session:
            return fn(session)

    return job


def writing(fn: Callable[[Session], Changes]) -> Callable[[Store], tuple[Changes, None]]:
    """Adapt a write service (one transaction) to a worker job."""

    def job(store: Store) -> tuple[Changes, None]:
        with store.write() as session:
            return fn(session), None

    return job
