"""The search as one SQL statement (PostgreSQL; also runs on SQLite).

m: every matching entry, once per term it holds; top: the records to show,
best source first, then newest; quote: per record, the entry of its best
source holding the most terms, then the shortest, then the first in
code-point order (a binary collation on both backends).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from localdb.records.states import PUBLIC_STATES
from localdb.search.found import Found
from localdb.search.match import entries
from localdb.search.terms import Term


def find(session: Session, terms: tuple[Term, ...], category_code: str | None, public_only: bool,
         limit: int) -> list[Found]:
    dialect = session.get_bind().dialect.name
    binds: dict[str, object] = {"limit": limit}
    found = []
    for i, term in enumerate(terms):
        query = entries(session, dialect, i, term)
        if query is None:  # no entry holds this term, so no record holds them all
            return []
        binds |= query[1]
        found.append(f"SELECT h.id, h.record_id, h.source, {i} AS term FROM ({query[0]}) h")
    where, joins = [], ""
    if public_only:
        binds |= {f"state{i}": s for i, s in enumerate(PUBLIC_STATES)}
        where.append(f"r.state IN ({', '.join(f':state{i}' for i in range(len(PUBLIC_STATES)))})")
    if category_code is not None:
        joins = "JOIN record_category c ON c.id = r.category_id"
        where.append("c.code = :category")
        binds["category"] = category_code
    having = f"HAVING count(DISTINCT m.term) = {len(terms)}" if len(terms) > 1 else ""
    binary = "BINARY" if dialect == "sqlite" else '"C"'
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
        SELECT top.record_id, top.best, quote.body FROM top
        JOIN quote ON quote.record_id = top.record_id AND quote.k = 1
        ORDER BY top.best, top.record_id DESC"""), binds).all()
    return [Found(*row) for row in rows]
