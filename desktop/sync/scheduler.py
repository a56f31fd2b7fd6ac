"""When rounds run: on a schedule, on demand, and — after a failure — with
capped exponential backoff and jitter that keeps firing with no new local
write and starts from the shortest wait again once the city answers.

Meant for a worker thread (the GUI's later): ``run()`` loops until ``stop()``;
``trigger()`` from any thread wakes it for a round now. The clock and the
wait are injectable, so tests run it without sleeping.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from desktop.sync.backoff import Backoff
from desktop.sync.client import RoundSummary
from localdb.models import utcnow

log = logging.getLogger(__name__)


class SyncScheduler:
    def __init__(self, run_round: Callable[[], RoundSummary], *, interval: float = 60.0,
                 backoff: Backoff | None = None, now: Callable[[], datetime] = utcnow,
                 wait: Callable[[float], None] | None = None,
                 on_round: Callable[[RoundSummary], None] | None = None) -> None:
        self.run_round = run_round
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.now = now
        self.failures = 0  # failed rounds in a row
        self.on_round = on_round
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._wait = wait or self._event_wait

    def _event_wait(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def trigger(self) -> None:
        """A round as soon as possible (a local write, the staff's "sync now")."""
        self._wake.set()

    def stop(self) -> None:
        self._stopped.set()
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def next_delay(self, summary: RoundSummary) -> float:
        """Seconds until the next round."""
        if summary.error is not None:
            self.failures += 1
            return self.backoff.delay(self.failures, at_least=summary.retry_after or 0.0)
        self.failures = 0  # the city answered: the next failure starts from the shortest wait
        delay = self.interval
        if summary.next_retry_at is not None:  # an operation waits for its retry time
            delay = min(delay, max(0.5, (summary.next_retry_at - self.now()).total_seconds()))
        return delay

    def step(self) -> float:
        """One round, then how long to wait; a crash in the round counts as a failure."""
        try:
            summary = self.run_round()
        except Exception as exc:  # never let the loop die: the queue must keep draining
            log.exception("sync round failed")
            summary = RoundSummary(error=str(exc), error_kind="internal")
        if self.on_round is not None:
            self.on_round(summary)
        return self.next_delay(summary)

    def run(self) -> None:
        while not self._stopped.is_set():
            delay = self.step()
            if self._stopped.is_set():
                break
            self._wait(delay)
