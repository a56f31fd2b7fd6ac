"""Backup to and restore from a portable SQLite file, for either backend.

A SQLite store is copied with SQLite's online backup API (consistent while
others write). A PostgreSQL store is copied table by table into a fresh
SQLite file at the same schema revision, so one format restores anywhere.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, delete, insert, select

from localdb import audit
from localdb.engine import Store
from localdb.errors import StoreError
from localdb.migrate import HEAD, REVISIONS, backup_sqlite_file, open_store
from localdb.models import Base
from localdb.preflight import SQLITE_HEADER
from localdb.roles import Actor, Permission
from localdb.sequences import reset_sequences
from localdb.url import sqlite_path, to_url

_BATCH = 2000


@dataclass(frozen=True)
class RestoreReport:
    rows: int
    safety_copy: Path | None


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _copy_rows(src: Connection, dst: Connection) -> int:
    """Copy every table, parents first, into a destination emptied beforehand."""
    if dst.dialect.name == "sqlite":
        # Rows may point at rows of their own table (complaint.repeat_of_id):
        # check foreign keys at commit, not row by row.
        dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    for table in reversed(_tables()):
        dst.execute(delete(table))  # e.g. rows a migration seeded
    total = 0
    for table in _tables():
        ordered = select(table).order_by(*table.primary_key.columns)  # parents first
        result = src.execution_options(yield_per=_BATCH).execute(ordered)
        try:
            for part in result.mappings().partitions(_BATCH):
                dst.execute(insert(table), [dict(r) for r in part])
                total += len(part)
        finally:
            result.close()
    return total


def backup(store: Store, out: Path) -> Path:
    out = out.expanduser().resolve()
    if out.exists():
        raise StoreError("backup_invalid", path=str(out), detail="目标文件已存在，不会覆盖")
    path = sqlite_path(store.url)
    if path is not None:
        raw_src = sqlite3.connect(str(path))
        raw_dst = sqlite3.connect(str(out))
        try:
            raw_src.backup(raw_dst)
            raw_dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            raw_dst.close()
            raw_src.close()
        return out
    target, _ = open_store(to_url(str(out)))
    try:
        with store.engine.connect() as src, target.engine.begin() as dst:
            _copy_rows(src, dst)
    finally:
        target.dispose()
    raw = sqlite3.connect(str(out))  # one self-contained file, as from SQLite
    try:
        raw.execute("PRAGMA journal_mode=DELETE")
    finally:
        raw.close()
    return out


def _validated_copy(file: Path, workdir: Path) -> Store:
    """Check the backup file and return it opened, migrated to HEAD, from a
    private copy (the backup itself is never modified)."""
    if not file.is_file():
        raise StoreError("backup_invalid", path=str(file), detail="文件不存在")
    with file.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError("backup_invalid", path=str(file), detail="不是 SQLite 数据库")
    copy = workdir / "restore.db"
    shutil.copyfile(file, copy)
    try:
        conn = sqlite3.connect(str(copy))
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("backup_invalid", path=str(file), detail=str(exc)) from exc
    if not ok:
        raise StoreError("backup_invalid", path=str(file), detail="完整性检查未通过")
    if rev is None or rev[0] not in REVISIONS:
        raise StoreError("newer_schema", revision=rev[0] if rev else "none")
    source, _ = open_store(to_url(str(copy)))
    with source.read() as session:
        chain = audit.verify(session)
    if not chain.ok:
        source.dispose()
        raise StoreError("backup_invalid", path=str(file), detail=chain.reason)
    return source


def restore(store: Store, actor: Actor, file: Path) -> RestoreReport:
    """Replace the store's content with the backup's, in one transaction."""
    actor.require(Permission.RESTORE)
    with tempfile.TemporaryDirectory(prefix="sunshine-restore-") as tmp:
        source = _validated_copy(file.expanduser().resolve(), Path(tmp))
        try:
            path = sqlite_path(store.url)
            safety = backup_sqlite_file(path, HEAD) if path is not None else None
            with source.engine.connect() as src, store.write() as session:
                dst = session.connection()
                rows = _copy_rows(src, dst)
                reset_sequences(dst, _tables())
                audit.record(session, actor, "backup.restore", "store", "", None,
                             {"file": file.name, "rows": rows})
        finally:
            source.dispose()
    return RestoreReport(rows, safety)
