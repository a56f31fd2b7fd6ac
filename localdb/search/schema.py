"""The search index's tables (migration r0005).

They are derived data kept current by database triggers, not models: the
model-vs-migration comparison skips them, and backups leave them out (a
restore re-derives them as its rows go in).
"""

from __future__ import annotations

ENTRY_TABLE = "search_entry"
FTS_TABLE = "search_fts"  # SQLite only: FTS5 over search_entry, with its shadow tables
VOCAB_TABLE = "search_vocab"  # SQLite only: fts5vocab over search_fts


def is_index_table(name: str | None) -> bool:
    return name is not None and (
        name in (ENTRY_TABLE, FTS_TABLE, VOCAB_TABLE) or name.startswith(FTS_TABLE + "_"))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: compare everything but the index tables."""
    return not (type_ == "table" and is_index_table(name))
