"""The PIN pad's lock: after MAX_TRIES wrong PINs in a row it refuses every
try for LOCK_MINUTES. Kept in memory by the kiosk (each kiosk its own), with
the clock passed in so it can be tested without waiting."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_TRIES = 5
LOCK_MINUTES = 5


class PinLock:
    def __init__(self, max_tries: int = MAX_TRIES, lock: timedelta = timedelta(minutes=LOCK_MINUTES)) -> None:
        self.max_tries = max_tries
        self.lock = lock
        self.failures = 0
        self.locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        if self.locked_until is not None and now >= self.locked_until:
            self.locked_until = None
            self.failures = 0
        return self.locked_until is not None

    def seconds_left(self, now: datetime) -> int:
        if not self.locked(now) or self.locked_until is None:
            return 0
        return max(1, int((self.locked_until - now).total_seconds() + 0.999))

    def failed(self, now: datetime) -> None:
        self.failures += 1
        if self.failures >= self.max_tries:
            self.locked_until = now + self.lock

    def succeeded(self) -> None:
        self.failures = 0
        self.locked_until = None

    def tries_left(self) -> int:
        return max(0, self.max_tries - self.failures)
