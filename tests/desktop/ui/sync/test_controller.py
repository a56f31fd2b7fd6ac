"""Background sync in the app against the reference city server: rounds run on
their own thread, the status bar follows, and stopping leaves nothing running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.sync.controller import SyncController
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor
from tests.citysim import CitySim
from tests.desktop.sync.helpers import walk_in


def test_not_configured_says_so_and_runs_nothing(qtbot: Any, controller: SyncController, manager: Actor,
                                                 fake_keyring: Any, settle: Callable[[], None]) -> None:
    controller.start(manager)
    settle()
    assert controller.status_bar.sync_label.text() == "同步：未设置城市系统地址"
    assert controller.runner is None


def test_missing_token_is_shown_in_red(qtbot: Any, controller: SyncController, manager: Actor,
                                       demo_store: Store, city: CitySim, configure: Callable[[str], None],
                                       fake_keyring: Any, settle: Callable[[], None]) -> None:
    configure(city.url)
    fake_keyring.memory.clear()
    controller.start(manager)
    settle()
    label = controller.status_bar.sync_label
    assert "令牌" in label.text() and label.property("tone") == "bad"
    assert controller.runner is None


def test_round_runs_off_the_gui_and_database_threads(
        qtbot: Any, worker: DbWorker, controller: SyncController, manager: Actor, demo_store: Store,
        city: CitySim, configure: Callable[[str], None]) -> None:
    configure(city.url)
    walk_in(demo_store)
    db_thread: list[int] = []
    worker.run(lambda store: threading.get_ident(), db_thread.append)
    broadcasts: list[Changes] = []
    worker.changed.connect(broadcasts.append)
    with qtbot.waitSignal(controller.round_done, timeout=10_000) as blocker:
        controller.start(manager)
    report = blocker.args[0]
    assert report.round.pushed == 1 and report.round.online
    assert len(city.state.applications()) == 1
    runner = controller.runner
    assert runner is not None and runner.round_threads
    assert threading.get_ident() not in runner.round_threads  # not the GUI thread
    assert db_thread and db_thread[0] not in runner.round_threads  # not the DbWorker's
    text = controller.status_bar.sync_label.text()
    assert text.startswith("同步：在线 · ") and "已同步 · 待发送 0" in text, text
    assert any(c.sync for c in broadcasts)

    # On demand: a dispatched complaint pulled by 立即同步 reaches the desk as a change.
    city.state.dispatch("demo", 2)
    broadcasts.clear()
    with qtbot.waitSignal(controller.round_done, timeout=10_000) as blocker:
        controller.sync_now()
    assert blocker.args[0].round.pulled >= 2
    assert any(c.sync and c.complaints for c in broadcasts)

    controller.stop()
    assert controller.runner is None and not runner.running


def test_offline_shows_retry_and_keeps_counts(qtbot: Any, controller: SyncController, manager: Actor,
                                              demo_store: Store, city: CitySim,
                                              configure: Callable[[str], None]) -> None:
    configure(city.url)
    walk_in(demo_store)
    city.stop()  # the network is gone
    with qtbot.waitSignal(controller.round_done, timeout=15_000) as blocker:
        controller.start(manager)
    assert not blocker.args[0].round.online
    label = controller.status_bar.sync_label
    assert label.text().startswith("同步：离线，") and "后重试 · 待发送 1" in label.text(), label.text()
    assert "无法连接市平台" in label.toolTip()


def test_status_bar_click_opens_the_panel(qtbot: Any, controller: SyncController, manager: Actor,
                                          fake_keyring: Any, settle: Callable[[], None]) -> None:
    controller.start(manager)
    settle()
    qtbot.mouseClick(controller.status_bar.sync_label, Qt.MouseButton.LeftButton)
    settle()
    from desktop.ui.sync.panel import SyncPanel

    assert isinstance(controller.panel, SyncPanel) and controller.panel.isVisible()
    controller.stop()  # locking closes it
    assert not controller.panel or not controller.panel.isVisible()  # type: ignore[attr-defined]
