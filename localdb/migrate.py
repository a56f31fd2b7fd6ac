"""Open a store: preflight, schema check, backup, migrate to head.

Alembic is imported only when a migration is due, so an up-to-date store
opens without paying for it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DatabaseError, OperationalError

from localdb.engine import Store, make_engine
from localdb.errors import StoreError
from localdb.preflight import check_sqlite_file
from localdb.url import describe, sqlite_path

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: Every revision this version knows, oldest first. A test checks it
#: against alembic's own view of ``migrations/versions``.
REVISIONS: tuple[str, ...] = ("r0001", "r0002", "r0003", "r0004", "r0005", "r0006")
HEAD = REVISIONS[-1]


@dataclass(frozen=True)
class OpenReport:
    """What opening the store did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_upgrade(conn: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def backup_sqlite_file(path: Path, revision: str | None) -> Path:
    """Copy a SQLite file (including what sits in its WAL) beside itself."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-{revision or 'none'}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{stamp}-{revision}-{n}{path.suffix}")
        n += 1
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _connect_error(url: URL, exc: Exception) -> StoreError:
    path = sqlite_path(url)
    if path is not None:
        msg = str(exc).lower()
        if "not a database" in msg or "malformed" in msg:
            return StoreError("not_a_database", path=str(path))
        if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
            return StoreError("file_read_only", path=str(path))
        return StoreError("corrupt", path=str(path), detail=str(exc).splitlines()[0])
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    return StoreError("server_unreachable", target=describe(url), detail=detail)


def _peek_sqlite(path: Path) -> tuple[str | None, bool]:
    """(revision, has tables) read through a plain connection that sets no
    pragmas, so a file we refuse is left byte for byte as it was (the engine
    would switch it to WAL; a read-only one would leave -wal/-shm files)."""
    conn = sqlite3.connect(str(path))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, bool(tables)
    except sqlite3.DatabaseError as exc:
        raise _connect_error(URL.create("sqlite", database=str(path)), exc) from exc
    finally:
        conn.close()


def _refuse_foreign(revision: str | None, has_tables: bool, where: str) -> None:
    if revision is not None and revision not in REVISIONS:
        raise StoreError("newer_schema", revision=revision)
    if revision is None and has_tables:
        raise StoreError("not_a_database", path=where)


def open_store(url: URL, *, create: bool = True) -> tuple[Store, OpenReport]:
    """Open (and if needed create and migrate) the store at ``url``.

    Raises :class:`StoreError` with nothing changed for a file that is not a
    database, a folder we cannot write, an unreachable server, or a schema
    newer than this program.
    """
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, create=create)
        if path.exists() and path.stat().st_size > 0:
            _refuse_foreign(*_peek_sqlite(path), str(path))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
            conn.rollback()
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _connect_error(url, exc) from exc
    try:
        _refuse_foreign(revision, has_tables, str(path) if path else describe(url))
    except StoreError:
        engine.dispose()
        raise
    backup: Path | None = None
    if revision != HEAD:
        if path is not None and revision is not None:
            backup = backup_sqlite_file(path, revision)
            log.info("backed up %s to %s before migrating", path, backup)
        log.info("migrating %s from %s to %s", describe(url), revision, HEAD)
        with engine.begin() as conn:
            _alembic_upgrade(conn)
    return Store(engine), OpenReport(revision, HEAD, backup)
