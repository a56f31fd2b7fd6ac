"""SQLite: read the matches in the order results are shown, and stop as soon
as there are enough records.

r0005 gives each entry an id that sorts like the results — source first, then
newest record (``source << 60 | (MAX_RECORD - record_id) << 32 | n``) — so each
term yields its entries from the FTS5 index (or a scan) already in rank
order. Merging those streams meets every record first at its best source, and
the records in the order they are shown; the entries of one record and source
come together, which is all the quote needs. A common term costs what its
first screen of records costs, not what all its matches would.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterator
from itertools import repeat

from sqlalchemy.orm import Session

from localdb.records.states import PUBLIC_STATES
from localdb.search.found import Found
from localdb.search.match import binds, exact, fts_query, sqlite_connection
from localdb.search.terms import Term

MAX_RECORD = 2**28 - 1
FIRST_BATCH, MAX_BATCH = 64, 900  # records checked at a time (growing while few pass)


def _record(entry_id: int) -> int:
    return MAX_RECORD - ((entry_id >> 32) & MAX_RECORD)


def _marks(prefix: str, values: list[int] | tuple[str, ...]) -> tuple[str, dict[str, object]]:
    """``:p0, :p1, …`` and their values, for an IN list."""
    named = {f"{prefix}{n}": v for n, v in enumerate(values)}
    return ", ".join(":" + k for k in named), named


def _ids(db: sqlite3.Connection, sql: str, values: dict[str, object]) -> Iterator[int]:
    cursor = db.execute(sql, values)
    try:
        while rows := cursor.fetchmany(512):
            for row in rows:
                yield row[0]
    finally:
        cursor.close()


def _stream(db: sqlite3.Connection, i: int, term: Term) -> Iterator[int] | None:
    """Ids of the entries holding term ``i``, ascending; None when none can."""
    fts = fts_query(db, term)
    if fts == "":
        return None
    values = binds(i, term)
    test = exact("sqlite", i, term)
    if fts is None:
        return _ids(db, f"SELECT e.id FROM search_entry e WHERE {test} ORDER BY e.id", values)
    values[f"t{i}_fts"] = fts
    if not term.cased:
        return _ids(db, f"SELECT rowid FROM search_fts WHERE search_fts MATCH :t{i}_fts ORDER BY rowid",
                    values)
    return _ids(db, "SELECT search_fts.rowid FROM search_fts JOIN search_entry e "
                    f"ON e.id = search_fts.rowid WHERE search_fts MATCH :t{i}_fts AND {test} "
                    "ORDER BY search_fts.rowid", values)


def _tagged(stream: Iterator[int], i: int) -> Iterator[tuple[int, int]]:
    for entry_id in stream:
        yield entry_id, i


class _Filter:
    """Which candidate records to show: state, category, and every term."""

    def __init__(self, db: sqlite3.Connection, terms: tuple[Term, ...], category_id: int | None,
                 public_only: bool) -> None:
        self.db, self.terms = db, terms
        self.category_id, self.public_only = category_id, public_only

    def __call__(self, records: list[int], terms_seen: dict[int, set[int]]) -> list[int]:
        listed, values = _marks("r", records)
        where = [f"id IN ({listed})"]
        if self.public_only:
            states, named = _marks("s", PUBLIC_STATES)
            values |= named
            where.append(f"state IN ({states})")
        if self.category_id is not None:
            values["category"] = self.category_id
            where.append("category_id = :category")
        sql = f"SELECT id FROM record WHERE {' AND '.join(where)}"
        keep = {row[0] for row in self.db.execute(sql, values)}
        for i, term in enumerate(self.terms):  # terms not met at the record's best source
            need = [r for r in records if r in keep and i not in terms_seen[r]]
            if need:
                keep -= set(need) - self._holding(i, term, need)
        return [r for r in records if r in keep]

    def _holding(self, i: int, term: Term, records: list[int]) -> set[int]:
        listed, values = _marks("r", records)
        sql = (f"SELECT DISTINCT e.record_id FROM search_entry e WHERE e.record_id IN ({listed}) "
               f"AND {exact('sqlite', i, term)}")
        return {row[0] for row in self.db.execute(sql, values | binds(i, term))}


def find(session: Session, terms: tuple[Term, ...], category_code: str | None, public_only: bool,
         limit: int) -> list[Found]:
    db = sqlite_connection(session)
    category_id = None
    if category_code is not None:
        row = db.execute("SELECT id FROM record_category WHERE code = ?", (category_code,)).fetchone()
        if row is None:
            return []
        category_id = row[0]
    streams: list[Iterator[int]] = []
    try:
        for i, term in enumerate(terms):
            stream = _stream(db, i, term)
            if stream is None:  # no entry holds this term, so no record holds them all
                return []
            streams.append(stream)
        return _merge(db, streams, _Filter(db, terms, category_id, public_only), limit)
    finally:
        for stream in streams:
            stream.close()  # type: ignore[attr-defined]


def _merge(db: sqlite3.Connection, streams: list[Iterator[int]], keep: _Filter, limit: int) -> list[Found]:
    best: dict[int, int] = {}  # record -> its best source (where it was met first)
    held: dict[int, dict[int, int]] = {}  # record -> {entry id at that source: terms it holds}
    terms_seen: dict[int, set[int]] = {}  # record -> the terms its entries at that source hold
    shown: list[int] = []
    pending: list[int] = []
    batch = FIRST_BATCH
    merged: Iterator[tuple[int, int]] = (
        zip(streams[0], repeat(0), strict=False) if len(streams) == 1
        else heapq.merge(*(_tagged(s, i) for i, s in enumerate(streams))))
    last = -1  # source and record of the entry before: a record's entries come together
    group: dict[int, int] = {}
    seen: set[int] = set()
    for entry_id, i in merged:
        prefix = entry_id >> 32
        if prefix == last:
            group[entry_id] = group.get(entry_id, 0) + 1
            seen.add(i)
            continue
        last = prefix
        record = _record(entry_id)
        if record in best:  # met again at a worse source
            group, seen = {}, set()
            continue
        if len(pending) >= batch:  # every earlier record's entries have been seen: check them
            shown += keep(pending, terms_seen)
            pending, batch = [], min(batch * 4, MAX_BATCH)
            if len(shown) >= limit:
                break
        group, seen = {entry_id: 1}, {i}
        best[record], held[record], terms_seen[record] = entry_id >> 60, group, seen
        pending.append(record)
    else:
        if pending:
            shown += keep(pending, terms_seen)
    return [Found(r, best[r], _quote(db, keep.terms, held[r])) for r in shown[:limit]]


def _quote(db: sqlite3.Connection, terms: tuple[Term, ...], held: dict[int, int]) -> str:
    """Of a record's entries at its best source that hold a term: the one
    holding the most terms, then the shortest, then the first in code-point order."""
    most = max(held.values())
    listed, values = _marks("e", [entry_id for entry_id, n in held.items() if n == most])
    row = db.execute(f"SELECT body FROM search_entry WHERE id IN ({listed}) ORDER BY length(body), body "
                     "LIMIT 1", values).fetchone()
    return str(row[0])
