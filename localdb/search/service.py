"""Search the query desk's records: one hit per record, where it matched best.

Order: the best place a record matched (title, summary, body, table,
attachment), then newest record first. One statement of plain SQL over the
index r0005 keeps; nothing in it depends on the backend's collation, so the
two backends agree hit for hit and snippet for snippet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from localdb.records.states import PUBLIC_STATES
from localdb.search.match import entries
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
    dialect = session.get_bind().dialect.name
    binds: dict[str, object] = {"limit": limit}
    found = []
    for i, term in enumerate(terms):
        query_i = entries(session, dialect, i, term)
        if query_i is None:  # no entry holds this term, so no record holds them all
            return []
        binds |= query_i[1]
        found.append(f"SELECT h.id, h.record_id, h.source, {i} AS term FROM ({query_i[0]}) h")
    where, joins = [], ""
    if public_only:
        binds |= {f"state{i}": s for i, s in enumerate(PUBLIC_STATES)}
        where.append(f"r.state IN ({', '.join(f':state{i}' for i in range(len(PUBLIC_STATES)))})")
    if category_code is not None:
        joins = "JOIN record_category c ON c.id = r.category_id"
        where.append("c.code = :category")
        binds["category"] = category_code
    having = f"HAVING count(DISTINCT m.term) = {len(terms)}" if len(terms) > 1 else ""
    binary = "BINARY" if dialect == "sqlite" else '"C"'  # code-point order on both
    # m: every matching entry once per term it holds; top: the records to show;
    # quote: per record, the entry of its best source holding the most terms,
    # then the shortest, then the first in code-point order.
    rows = session.execute(text(f"""
        WITH m AS MATERIALIZED ({" UNION ALL ".join(found)}),
        top AS (
            SELECT m.record_id, min(m.source) AS best FROM m
            JOIN record r ON r.id = m.record_id {joins}
            {"WHERE " + " AND ".join(where) if where else ""}
            GROUP BY m.record_id {having}
            ORDER BY best, m.record_id DESC LIMIT :limit),
        held AS (
            SELECT m.record_id, m.id, count(*) AS n FROM top
            JOIN m ON m.record_id = top.record_id AND m.source = top.best
            GROUP BY m.record_id, m.id),
        quote AS (
            SELECT held.record_id, e.body, row_number() OVER (PARTITION BY held.record_id
                ORDER BY held.n DESC, length(e.body), e.body COLLATE {binary}) AS k
            FROM held JOIN search_entry e ON e.id = held.id)
        SELECT top.record_id, top.best, r.title, r.state, c.code, c.name, quote.body FROM top
        JOIN quote ON quote.record_id = top.record_id AND quote.k = 1
        JOIN record r ON r.id = top.record_id JOIN record_category c ON c.id = r.category_id
        ORDER BY top.best, top.record_id DESC"""), binds).all()
    return [SearchHit(record_id, title, code, name, state, SOURCES[best], snippet(body, terms))
            for record_id, best, title, state, code, name, body in rows]
