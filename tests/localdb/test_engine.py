"""Engine setup (SQLite pragmas, BEGIN IMMEDIATE) and ``--db`` URL parsing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from localdb.engine import BUSY_TIMEOUT_MS, Store
from localdb.errors import StoreError
from localdb.models import Resident
from localdb.url import describe, sqlite_path, to_url

sqlite_only = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)


@sqlite_only
def test_sqlite_pragmas_on_every_connection(store: Store) -> None:
    """WAL, synchronous=FULL, enforced foreign keys and a 10 s busy timeout."""
    with store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
    }
    assert BUSY_TIMEOUT_MS == 10_000


@sqlite_only
def test_foreign_key_violation_is_rejected(store: Store) -> None:
    """A resident pointing at a room that does not exist is refused and not stored."""
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.write() as session:
        session.add(Resident(room_id=424242, name="张伟", phone="13800000000"))
        session.flush()
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM resident")).scalar() == 0


def _begin_immediate_elsewhere(path: Path) -> None:
    """Try to take the write lock from another connection without waiting."""
    other = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


@sqlite_only
def test_write_session_holds_the_write_lock_from_its_first_statement(store: Store) -> None:
    """``Store.write()`` begins IMMEDIATE: after a mere SELECT it already owns the
    write lock, so another writer is refused at once; a read session does not."""
    path = sqlite_path(store.url)
    assert path is not None
    with store.read() as session:
        session.execute(text("SELECT count(*) FROM resident")).scalar()
        _begin_immediate_elsewhere(path)  # a deferred reader blocks nobody
    with store.write() as session:
        session.execute(text("SELECT count(*) FROM resident")).scalar()
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            _begin_immediate_elsewhere(path)
    _begin_immediate_elsewhere(path)  # released at commit


def test_plain_path_becomes_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = to_url("data/阳光.db")
    assert url.drivername == "sqlite"
    assert url.database == str(tmp_path / "data" / "阳光.db")
    assert sqlite_path(url) == tmp_path / "data" / "阳光.db"


def test_relative_sqlite_url_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert to_url("sqlite:///x.db").database == str(tmp_path / "x.db")


@pytest.mark.parametrize("text_url", ["postgresql://u:secret@db.example:5432/desk",
                                      "postgres://u:secret@db.example:5432/desk"])
def test_postgresql_url_uses_psycopg(text_url: str) -> None:
    url = to_url(text_url)
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database) == ("db.example", 5432, "desk")
    assert "secret" not in describe(url)
    assert sqlite_path(url) is None


@pytest.mark.parametrize(
    "bad",
    ["mysql://u@h/db", "mssql+pyodbc://h/db", "", "   ", "foo+bar://x",
     "postgresql://h:notaport/db"],
)
def test_unusable_url_is_bad_url(bad: str) -> None:
    """Other databases, junk and malformed URLs give one clear error, not a traceback."""
    with pytest.raises(StoreError) as info:
        to_url(bad)
    assert info.value.code == "bad_url"
