"""The search benchmark's data on PostgreSQL: a throw-away database migrated to
r0004, the SQLite benchmark store's rows copied in with COPY, then upgraded so
r0005 indexes them (as it would an existing store)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from localdb.url import to_url

TABLES = {
    "record": ("id", "series_id", "version", "category_id", "subcategory_id", "title", "period_start",
               "period_end", "summary", "body_kind", "body_text", "state", "common_parts", "created_at",
               "updated_at", "withdrawn_reason", "returned_reason"),
    "work_entry": ("id", "record_id", "kind", "done_at", "place", "content", "performer", "result", "note"),
    "stored_file": ("sha256", "mime", "size", "extracted_text", "created_at"),
    "record_attachment": ("id", "record_id", "sha256", "filename", "sort_key"),
}


def load(source: Path, server: str, migrate: Callable[[URL, str], None]) -> tuple[URL, Callable[[], None]]:
    """A new database on ``server`` holding ``source``'s benchmark rows; and how to drop it."""
    admin = create_engine(to_url(server), isolation_level="AUTOCOMMIT")
    name = f"sd_bench_search_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = to_url(server).set(database=name)

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    migrate(url, "r0004")
    lite = sqlite3.connect(str(source))
    engine = create_engine(url)
    with engine.begin() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table, columns in TABLES.items():
            rows = lite.execute(f"SELECT {', '.join(columns)} FROM {table}")
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    engine.dispose()
    lite.close()
    migrate(url, "head")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    return url, drop
