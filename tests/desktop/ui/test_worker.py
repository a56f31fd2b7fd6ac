"""The database worker: jobs run off the GUI thread, results come back on it."""

from __future__ import annotations

import threading
from typing import Any

from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.roles import Actor
from localdb.services import community


def test_job_runs_on_worker_thread_and_result_arrives_on_gui_thread(qtbot: Any, worker: DbWorker) -> None:
    seen: dict[str, Any] = {}

    def job(store: Any) -> str:
        seen["job_thread"] = threading.current_thread()
        return "done"

    def done(result: str) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.current_thread()

    worker.run(job, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["job_thread"] is not threading.main_thread()
    assert seen["done_thread"] is threading.main_thread()
    assert seen["result"] == "done"


def test_errors_reach_the_error_callback(qtbot: Any, worker: DbWorker) -> None:
    errors: list[BaseException] = []

    def boom(store: Any) -> None:
        raise ValueError("bad")

    worker.run(boom, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    assert not worker.busy


def test_unhandled_errors_are_signalled_not_lost(qtbot: Any, worker: DbWorker) -> None:
    def boom(store: Any) -> None:
        raise RuntimeError("lost?")

    with qtbot.waitSignal(worker.failed) as blocker:
        worker.run(boom)
    assert isinstance(blocker.args[0], RuntimeError)


def test_write_broadcasts_what_changed(qtbot: Any, worker: DbWorker, admin: Actor) -> None:
    profile = community.CommunityProfile("新名字花园", service_phone="13800001234")
    with qtbot.waitSignal(worker.changed) as blocker:
        worker.write(writing(lambda s: community.save_profile(s, admin, profile)))
    assert isinstance(blocker.args[0], Changes)
    assert blocker.args[0].community
    names: list[str] = []
    worker.run(reading(community.get_profile), lambda p: names.append(p.name))
    qtbot.waitUntil(lambda: bool(names))
    assert names == ["新名字花园"]


def test_jobs_run_in_submission_order(qtbot: Any, worker: DbWorker) -> None:
    order: list[int] = []
    for i in range(20):
        worker.run(lambda store, i=i: i, order.append)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_open_failure_is_reported(qtbot: Any, tmp_path: Any) -> None:
    from localdb.errors import StoreError
    from localdb.migrate import open_store
    from localdb.url import to_url

    bad = tmp_path / "notes.txt"
    bad.write_text("这不是数据库")
    w = DbWorker()
    errors: list[BaseException] = []
    w.open(lambda: open_store(to_url(str(bad))), lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    w.shutdown()
    assert isinstance(errors[0], StoreError) and errors[0].code == "not_a_database"
    assert bad.read_text() == "这不是数据库"


def test_boolean_results_survive_delivery(qtbot: Any, worker: DbWorker) -> None:
    # PySide6 6.12.0 drops a reference to True on every Signal.emit(), which
    # aborts the interpreter later; delivering many results must not.
    import gc
    import sys

    gc.collect()
    before = sys.getrefcount(True)
    results: list[bool] = []
    for _ in range(500):
        worker.run(lambda store: True, results.append)
    qtbot.waitUntil(lambda: len(results) == 500)
    results.clear()
    gc.collect()
    # The bug loses exactly one reference per emit (-500 here); other code in
    # the process may hold or drop a few meanwhile.
    assert sys.getrefcount(True) - before > -250


def test_jobs_after_shutdown_are_dropped_quietly(qtbot: Any, worker: DbWorker) -> None:
    # A screen's timer may still fire while the app closes down.
    worker.shutdown()
    called: list[object] = []
    future = worker.run(lambda store: 1, called.append)
    assert future.done() and not worker.busy
    qtbot.wait(50)
    assert called == []
