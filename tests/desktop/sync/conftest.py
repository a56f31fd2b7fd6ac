"""Fixtures for the sync tests: a reference city server in this process and
a store on each backend; the keyring is a fake one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from localdb.engine import Store
from localdb.migrate import open_store
from localdb.url import to_url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated to HEAD once; tests get copies (migrating costs ~1 s)."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    opened, _ = open_store(to_url(str(path)))
    opened.dispose()
    return path


@pytest.fixture
def sqlite_store(sqlite_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh SQLite store at HEAD (categories seeded by the migration)."""
    path = tmp_path / "store.db"
    shutil.copyfile(sqlite_template, path)
    opened, _ = open_store(to_url(str(path)))
    try:
        yield opened
    finally:
        opened.dispose()
