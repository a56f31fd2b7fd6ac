"""The kiosk's screen tests run on the demo community with its residents,
complaints and records (small scale, loaded once per run and copied for
each test), with personal data planted in public records (tests/localdb/kiosk/bait.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.kiosk.window import KioskWindow
from desktop.ui.worker import DbWorker
from localdb import demo
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.roles import SYSTEM
from localdb.url import to_url
from tests.localdb.kiosk.bait import Bait, plant


@pytest.fixture(scope="session")
def kiosk_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Bait]:
    path = tmp_path_factory.mktemp("kiosk-demo") / "demo.db"
    store, _ = open_store(to_url(str(path)))
    with store.write() as session:
        demo.load(session, SYSTEM, "small")
        bait = plant(session)
    store.dispose()
    return path, bait


@pytest.fixture
def kiosk_db(kiosk_demo: tuple[Path, Bait], tmp_path: Path) -> Path:
    source, _ = kiosk_demo
    target = tmp_path / "kiosk.db"
    shutil.copy(source, target)
    files = source.with_name(source.name + ".files")
    if files.exists():
        shutil.copytree(files, target.with_name(target.name + ".files"))
    return target


@pytest.fixture
def store(kiosk_db: Path) -> Iterator[Store]:  # type: ignore[override]
    opened, _ = open_store(to_url(str(kiosk_db)))
    yield opened
    opened.dispose()


@pytest.fixture
def bait(kiosk_demo: tuple[Path, Bait]) -> Bait:
    return kiosk_demo[1]


@pytest.fixture
def kiosk_worker(qtbot: Any, kiosk_db: Path) -> Iterator[DbWorker]:
    w = DbWorker()
    w.open(lambda: open_store(to_url(str(kiosk_db))), lambda _: None, pytest.fail)
    qtbot.waitUntil(lambda: not w.busy)
    yield w
    w.shutdown()


@pytest.fixture
def wait(qtbot: Any, kiosk_worker: DbWorker) -> Callable[[], None]:
    def settle() -> None:
        qtbot.waitUntil(lambda: not kiosk_worker.busy, timeout=20_000)

    return settle


@pytest.fixture
def kiosk(qtbot: Any, kiosk_worker: DbWorker, wait: Callable[[], None]) -> Iterator[KioskWindow]:
    window = KioskWindow(kiosk_worker)
    window.resize(1920, 1080)
    window.show()
    wait()
    yield window
    window.unlock()  # lets the window close and removes the app-wide filter
    wait()
