"""The idle watcher fires only after a quiet period; input restarts it."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.ui.idle_lock import IdleWatcher


def test_input_keeps_the_session_open_and_silence_locks_it(qtbot: Any, qapp: QApplication) -> None:
    watcher = IdleWatcher(0.005)  # 300 ms
    qapp.installEventFilter(watcher)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    fired: list[float] = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    try:
        watcher.start()
        end = time.monotonic() + 0.9
        while time.monotonic() < end:  # typing for 0.9 s, a key every 100 ms
            QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                   Qt.KeyboardModifier.NoModifier, "a"))
            qtbot.wait(100)
        assert fired == []
        stopped_typing = time.monotonic()
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)
        assert fired[0] - stopped_typing >= 0.15
    finally:
        qapp.removeEventFilter(watcher)
