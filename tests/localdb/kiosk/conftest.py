"""A demo store with records (no complaints: they are not read here) made once
per run and copied for each test, with personal data planted in it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from localdb import demo
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.roles import SYSTEM
from localdb.url import to_url
from tests.localdb.kiosk.bait import Bait, plant


@pytest.fixture(scope="session")
def kiosk_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Bait]:
    path = tmp_path_factory.mktemp("kiosk-template") / "demo.db"
    store, _ = open_store(to_url(str(path)))
    with store.write() as session:
        demo.load(session, SYSTEM, "small", with_complaints=False, with_records=True)
        bait = plant(session)
    store.dispose()
    return path, bait


@pytest.fixture
def kiosk_store(kiosk_template: tuple[Path, Bait], tmp_path: Path) -> Iterator[Store]:
    source, _ = kiosk_template
    target = tmp_path / "kiosk.db"
    shutil.copy(source, target)
    files = source.with_name(source.name + ".files")
    if files.exists():
        shutil.copytree(files, target.with_name(target.name + ".files"))
    store, _ = open_store(to_url(str(target)))
    yield store
    store.dispose()


@pytest.fixture
def bait(kiosk_template: tuple[Path, Bait]) -> Bait:
    return kiosk_template[1]
