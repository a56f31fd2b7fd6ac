"""SQL that finds the index entries holding one term, on each backend.

SQLite answers from the FTS5 trigram index: a term of 3+ characters is one
phrase; a 1–2 character term becomes the OR of the indexed trigrams that start
with it (r0005 pads every text so each of its characters starts one), looked
up in ``search_vocab``. PostgreSQL uses LIKE over the pg_trgm GIN index for
3+ characters and scans (strpos) for fewer. Wherever an index may match more
than the rule of localdb.search.terms, the exact test runs on what it found.
"""

from __future__ import annotations

import string

from sqlalchemy import text
from sqlalchemy.orm import Session

from localdb.search.terms import Term

#: Past this many trigrams for one short term, scanning is about as quick.
MAX_EXPANSION = 3000
_PG_FOLD = f"'{string.ascii_uppercase}', '{string.ascii_lowercase}'"
_COLUMNS = "SELECT e.id, e.record_id, e.source FROM"


def _quoted(s: str) -> str:
    """One FTS5 string: no operator inside it means anything."""
    return '"' + s.replace('"', '""') + '"'


def _contains(dialect: str, i: int, term: Term) -> str:
    """The exact test of localdb.search.terms, as a scan."""
    if dialect == "sqlite":  # SQLite's lower() folds ASCII only, exactly like terms.fold
        return f"instr(lower(e.body), :t{i}) > 0" if term.has_ascii_letters else f"instr(e.body, :t{i}) > 0"
    if term.has_ascii_letters:
        return f"strpos(translate(e.body, {_PG_FOLD}), :t{i}) > 0"
    return f"strpos(e.body, :t{i}) > 0"


def _trigrams_from(session: Session, term: Term) -> list[str] | None:
    """The indexed trigrams starting with a short term; None when too many."""
    rows = session.execute(
        text("SELECT term FROM search_vocab WHERE term >= :low AND term < :high LIMIT :n"),
        {"low": term.text, "high": term.text + "\U0010ffff", "n": MAX_EXPANSION + 1}).scalars().all()
    return None if len(rows) > MAX_EXPANSION else list(rows)


def entries(session: Session, dialect: str, i: int, term: Term) -> tuple[str, dict[str, object]] | None:
    """``SELECT id, record_id, source`` of every entry holding term ``i``, with
    its bound values (user text never becomes SQL); None when none can."""
    binds: dict[str, object] = {f"t{i}": term.text}
    scan = _contains(dialect, i, term)
    if dialect == "sqlite":
        fts: str | None = _quoted(term.text)
        if term.short:
            # FTS5 folds case beyond ASCII: its trigrams of such a term are not ours to look up.
            grams = None if term.folds_beyond_ascii else _trigrams_from(session, term)
            if grams is not None and not grams:
                return None
            fts = " OR ".join(_quoted(g) for g in grams) if grams is not None else None
        if fts is None:
            return f"{_COLUMNS} search_entry e WHERE {scan}", binds
        binds[f"t{i}_fts"] = fts
        sql = (f"{_COLUMNS} search_fts JOIN search_entry e ON e.id = search_fts.rowid "
               f"WHERE search_fts MATCH :t{i}_fts")
        return (f"{sql} AND {scan}" if term.cased else sql), binds
    if term.short:
        return f"{_COLUMNS} search_entry e WHERE {scan}", binds
    like = term.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    binds[f"t{i}_like"] = f"%{like}%"
    if term.has_ascii_letters:  # ILIKE (indexed) finds a superset; the scan decides
        return f"{_COLUMNS} search_entry e WHERE e.body ILIKE :t{i}_like ESCAPE '\\' AND {scan}", binds
    return f"{_COLUMNS} search_entry e WHERE e.body LIKE :t{i}_like ESCAPE '\\'", binds
