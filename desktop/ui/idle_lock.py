"""Lock a staff session after a period without keyboard or mouse input."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


@cache
def _input_events() -> frozenset[QEvent.Type]:
    # Built on first use: QEvent's enums take a while to load in PySide6.
    t = QEvent.Type
    return frozenset({t.KeyPress, t.MouseButtonPress, t.MouseMove, t.Wheel, t.TouchBegin,
                      t.TouchUpdate})


class IdleWatcher(QObject):
    """Install on the QApplication; emits ``idle`` once after ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in _input_events():
            self._timer.start()  # restart the countdown
        return False
