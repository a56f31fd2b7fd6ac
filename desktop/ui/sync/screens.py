"""Sync screens for ``sunshine-desk screenshots``: the status bar's sync place
in each state, and the sync panel with an operation the city refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop.sync import protocol
from desktop.ui.sync import jobs
from desktop.ui.sync.controller import SyncController
from desktop.ui.sync.view import SyncView
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.models import utcnow
from localdb.sync import queue
from localdb.sync.types import OpResult, Outcome

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]


def refuse_oldest(store: Store) -> tuple[Changes, None]:
    """Send the oldest waiting operation as if the city refused it (no network)."""
    now = utcnow()
    with store.write() as session:
        ops = queue.take_batch(session, 1, now)
        bodies = {op.id: protocol.canonical(protocol.encode_op(op, timedelta(0))) for op in ops}
        queue.mark_sent(session, ops, bodies, now)
        why = "地址缺少楼栋号（location）"
        queue.record_results(session, [OpResult(op.id, Outcome.REJECTED, "invalid", why) for op in ops], now)
    return Changes(sync=True), None


def grab_bottom(window: QWidget, path: Path, height: int = 160) -> Path:
    """The window's lower edge: the status bar with some of the screen above it."""
    QApplication.processEvents()
    window.grab(QRect(0, window.height() - height, window.width(), height)).save(str(path))
    return path


def render(controller: SyncController, worker: DbWorker, settle: Settle, grab: Grab,
           out: Path) -> list[Path]:
    written: list[Path] = []
    window = controller.status_bar.window()
    settle()
    written.append(grab_bottom(window, out / "17-sync-bar-not-configured.png"))

    worker.write(refuse_oldest)
    settle()
    read: list[jobs.StatusRead] = []
    worker.run(jobs.read_status, read.append)
    settle()
    now = utcnow()
    summary = replace(read[0].summary, online=True, last_attempt_at=now - timedelta(minutes=3),
                      last_success_at=now - timedelta(minutes=3), last_error="")
    controller.view = SyncView(True, summary, now + timedelta(minutes=1), running=True)
    controller.show_view()
    written.append(grab_bottom(window, out / "17-sync-bar-online.png"))
    offline = replace(summary, online=False, last_attempt_at=now,
                      last_error="无法连接市平台：Connection refused")
    controller.view = SyncView(True, offline, now + timedelta(minutes=4, seconds=40), running=True)
    controller.show_view()
    written.append(grab_bottom(window, out / "17-sync-bar-offline.png"))

    controller.open_panel()
    settle()
    panel = controller.panel
    assert isinstance(panel, QWidget)
    written.append(grab(panel, out / "17-sync-panel.png"))
    panel.close()
    settle()
    return written
