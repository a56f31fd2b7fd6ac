"""One PDF build on its own thread, so a long ledger never blocks the window
or the database worker. The builder is plain Python (no Qt): it writes the
file, reports progress and looks at ``cancelled()`` between rows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from desktop.ui.widgets.background import BackgroundJob

log = logging.getLogger(__name__)

#: progress(done, total): how far the build is; total 0 when not known.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: builder(path, progress, cancelled) writes the PDF at ``path``.
Builder = Callable[[Path, Progress, Cancelled], object]


class BuildJob(BackgroundJob):
    def __init__(self, builder: Builder, path: Path) -> None:
        super().__init__()
        self._builder = builder
        self.path = path

    def run(self) -> None:
        try:
            self._builder(self.path, self.report, lambda: self.cancel_requested)
        except BaseException as exc:  # handed to the dialog, never lost
            if self.cancel_requested:
                self._discard()
                self.cancelled.emit()
            else:
                log.warning("PDF build failed", exc_info=True)
                self.failed.emit(exc)
            return
        if self.cancel_requested:
            self._discard()
            self.cancelled.emit()
        else:
            self.succeeded.emit()

    def _discard(self) -> None:
        """A cancelled build leaves no half-written file behind."""
        self.path.unlink(missing_ok=True)
