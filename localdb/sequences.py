"""Keep PostgreSQL's id sequences ahead of ids we wrote ourselves (bulk loads,
restores); SQLite needs nothing: it takes max(id) + 1."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, text


def reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c and table.c.id.autoincrement is not False:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ))
