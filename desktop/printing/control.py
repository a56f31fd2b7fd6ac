"""How a running build reports progress and learns it should stop.

The signature matches the app's print preview (desktop/ui/printing/build_job.py):
``progress(done, total)`` (total 0 when unknown) and ``cancelled() -> bool``,
asked between chunks of rows and between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintRefused(Exception):
    """The print cannot be made as asked (message in Chinese, for the user)."""


class BuildCancelled(Exception):
    """The build was cancelled; the half-written file is removed."""


def _no_progress(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


@dataclass
class Control:
    progress: Progress = _no_progress
    cancelled: Cancelled = _never
    total: int = 0

    def step(self, done: int) -> None:
        """Report ``done`` of ``total``, then stop here if asked to."""
        self.progress(done, self.total)
        self.check()

    def check(self) -> None:
        if self.cancelled():
            raise BuildCancelled
