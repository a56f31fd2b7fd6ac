"""Search the query desk's records: one hit per record, where it matched best.

Order: the best place a record matched (title, summary, body, table,
attachment), then newest record first. SQLite reads its index in that order
and stops early (rank_sqlite); PostgreSQL runs one SQL statement (rank_sql).
Neither depends on the backend's collation, so the two agree hit for hit and
snippet for snippet (the tests hold them to the same answers).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from localdb.search import rank_sql, rank_sqlite
from localdb.search.snippet import snippet
from localdb.search.terms import parse

#: search_entry.source codes (migration r0005), best first.
SOURCES: tuple[str, ...] = ("title", "summary", "body", "table", "attachment")
MAX_LIMIT = 500


@dataclass(frozen=True)
class SearchHit:
    record_id: int
    title: str
    category_code: str
    category_name: str
    state: str
    source: str  # one of SOURCES
    snippet: str


def search(session: Session, query: str, *, category_code: str | None = None,
           public_only: bool = True, limit: int = 50) -> list[SearchHit]:
    """Records containing every term of ``query``; published and superseded
    ones only unless ``public_only`` is false."""
    terms = parse(query)
    limit = min(limit, MAX_LIMIT)
    if not terms or limit <= 0:
        return []
    engine = rank_sqlite if session.get_bind().dialect.name == "sqlite" else rank_sql
    found = engine.find(session, terms, category_code, public_only, limit)
    if not found:
        return []
    marks = {f"r{n}": f.record_id for n, f in enumerate(found)}
    about = {row[0]: row for row in session.execute(text(
        "SELECT r.id, r.title, c.code, c.name, r.state FROM record r JOIN record_category c "
        f"ON c.id = r.category_id WHERE r.id IN ({', '.join(':' + k for k in marks)})"), marks)}
    hits = []
    for f in found:
        record_id, title, code, name, state = about[f.record_id]
        hits.append(SearchHit(record_id, title, code, name, state, SOURCES[f.source],
                              snippet(f.quote, terms)))
    return hits
