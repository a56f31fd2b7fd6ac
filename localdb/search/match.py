"""How one term finds index entries, on each backend.

SQLite answers from the FTS5 trigram index: a term of 3+ characters is one
phrase; a 1–2 character term becomes the OR of the indexed trigrams that start
with it (r0005 pads every text so each of its characters starts one), looked
up in ``search_vocab``. PostgreSQL uses LIKE over the pg_trgm GIN index for
3+ characters and scans (strpos) for fewer. Wherever an index may match more
than the rule of localdb.search.terms, the exact test runs on what it found.
"""

from __future__ import annotations

import sqlite3
import string

from sqlalchemy.orm import Session

from localdb.search.terms import Term

#: Past this many trigrams for one short term, scanning is about as quick.
MAX_EXPANSION = 3000
_PG_FOLD = f"'{string.ascii_uppercase}', '{string.ascii_lowercase}'"
_COLUMNS = "SELECT e.id, e.record_id, e.source FROM"


def binds(i: int, term: Term) -> dict[str, object]:
    """Bound values for term ``i``: user text never becomes SQL."""
    like = term.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return {f"t{i}": term.text, f"t{i}_like": f"%{like}%"}


def exact(dialect: str, i: int, term: Term) -> str:
    """The rule of localdb.search.terms on entry ``e``, as SQL (a scan)."""
    if dialect == "sqlite":  # SQLite's lower() folds ASCII only, exactly like terms.fold
        return f"instr(lower(e.body), :t{i}) > 0" if term.has_ascii_letters else f"instr(e.body, :t{i}) > 0"
    if term.has_ascii_letters:
        return f"strpos(translate(e.body, {_PG_FOLD}), :t{i}) > 0"
    return f"strpos(e.body, :t{i}) > 0"


def _quoted(s: str) -> str:
    """One FTS5 string: no operator inside it means anything."""
    return '"' + s.replace('"', '""') + '"'


def fts_query(db: sqlite3.Connection, term: Term) -> str | None:
    """SQLite: the FTS5 query finding (a superset of) the entries holding the
    term; "" when no entry can hold it; None when a scan must do."""
    if not term.short:
        return _quoted(term.text)
    if term.folds_beyond_ascii:  # FTS5 folds Ａ, Ä…: their trigrams are not ours to look up
        return None
    grams = [row[0] for row in db.execute(
        "SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (term.text, term.text + "\U0010ffff", MAX_EXPANSION + 1))]
    if len(grams) > MAX_EXPANSION:
        return None
    return " OR ".join(_quoted(g) for g in grams)


def sqlite_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection (same transaction): the SQLite
    engine streams many rows, where SQLAlchemy's per-row cost would dominate."""
    db = session.connection().connection.dbapi_connection
    assert isinstance(db, sqlite3.Connection)
    return db


def entries(session: Session, dialect: str, i: int, term: Term) -> tuple[str, dict[str, object]] | None:
    """``SELECT id, record_id, source`` of every entry holding term ``i`` and
    its bound values, or None when no entry can hold it."""
    values = binds(i, term)
    scan = exact(dialect, i, term)
    if dialect == "sqlite":
        fts = fts_query(sqlite_connection(session), term)
        if fts == "":
            return None
        if fts is None:
            return f"{_COLUMNS} search_entry e WHERE {scan}", values
        values[f"t{i}_fts"] = fts
        sql = (f"{_COLUMNS} search_fts JOIN search_entry e ON e.id = search_fts.rowid "
               f"WHERE search_fts MATCH :t{i}_fts")
        return (f"{sql} AND {scan}" if term.cased else sql), values
    if term.short:
        return f"{_COLUMNS} search_entry e WHERE {scan}", values
    if term.has_ascii_letters:  # ILIKE (indexed) finds a superset; the scan decides
        return f"{_COLUMNS} search_entry e WHERE e.body ILIKE :t{i}_like ESCAPE '\\' AND {scan}", values
    return f"{_COLUMNS} search_entry e WHERE e.body LIKE :t{i}_like ESCAPE '\\'", values
