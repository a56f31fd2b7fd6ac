"""Full-text search index for the query desk (FTS5 trigram on SQLite, pg_trgm on PostgreSQL).

Revision ID: r0005
Revises: r0004
Create Date: 2026-11-27

``search_entry`` holds every searchable text of a record once: its title,
summary and body text, the text extracted from each attachment, and each
distinct cell value of its table rows (work entries, register entries, money
lines with their account's name) with the number of rows holding it. Table
rows repeat the same places, tasks and names thousands of times, so a million
rows become a few hundred thousand short entries.

On SQLite ``search_fts`` (FTS5, trigram tokens, contentless) indexes each
entry's text followed by two U+0003 characters, so every character of the
text starts a trigram: a 1–2 character query (which trigrams cannot match)
expands, through the vocabulary ``search_vocab``, into the trigrams that start
with it. Entry ids sort like search results (see MAX_RECORD), so a search
reads matches best first and stops early. PostgreSQL has a pg_trgm GIN index
for 3+ characters and scans for fewer (pg_trgm cannot match them either).

Database triggers keep it current on both backends, so no service has to
remember the index. It is derived data: not a model, left out of the
model-vs-migration comparison and of backups (a restore re-derives it).
"""

from __future__ import annotations

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "r0005"
down_revision = "r0004"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# search_entry.source, best first (localdb.search.SOURCES reads them in this order).
TITLE, SUMMARY, BODY, TABLE, ATTACHMENT = 0, 1, 2, 3, 4
# What search_fts indexes for an entry (localdb.search.match relies on the padding;
# U+0003 is a control character, which queries never contain).
FTS_TEXT = "{r}.body || char(3, 3)"

# The text cells of each table kind, as SQL over a row alias {r} (NEW / OLD / r).
CELLS: dict[str, tuple[str, ...]] = {
    "work_entry": ("{r}.place", "{r}.content", "{r}.performer", "{r}.result", "{r}.note"),
    "register_entry": ("{r}.code", "{r}.name", "{r}.location", "{r}.spec", "{r}.status",
                       "{r}.keeper", "{r}.note"),
    "money_line": ("{r}.description", "{r}.note",
                   "coalesce((SELECT name FROM money_account WHERE id = {r}.account_id), '')"),
}
# An UPDATE touching none of these leaves the index alone.
CELL_COLUMNS: dict[str, str] = {
    "work_entry": "record_id, place, content, performer, result, note",
    "register_entry": "record_id, code, name, location, spec, status, keeper, note",
    "money_line": "record_id, description, note, account_id",
}

TABLE_DDL = """
CREATE TABLE search_entry (
    id {id_type} PRIMARY KEY,
    record_id INTEGER NOT NULL,
    source SMALLINT NOT NULL,
    attachment_id INTEGER,
    row_count INTEGER NOT NULL DEFAULT 1,
    body TEXT NOT NULL
)"""

INDEXES = (
    "CREATE INDEX ix_search_entry_record ON search_entry (record_id, source)",
    "CREATE INDEX ix_search_entry_attachment ON search_entry (attachment_id) "
    "WHERE attachment_id IS NOT NULL",
)


def _fill_rows() -> list[str]:
    """What an older store already holds, as rows (rid, src, att, n, v)."""
    cells = "\n UNION ALL ".join(
        f"SELECT r.record_id, {expr.format(r='r')} AS v FROM {table} r"
        for table, exprs in CELLS.items() for expr in exprs)
    return [
        f"""SELECT id AS rid, {TITLE} AS src, CAST(NULL AS INTEGER) AS att, 1 AS n, title AS v
        FROM record WHERE title <> ''
        UNION ALL SELECT id, {SUMMARY}, NULL, 1, summary FROM record WHERE summary <> ''
        UNION ALL SELECT id, {BODY}, NULL, 1, body_text FROM record WHERE body_text <> ''""",
        f"""SELECT a.record_id AS rid, {ATTACHMENT} AS src, a.id AS att, 1 AS n, f.extracted_text AS v
        FROM record_attachment a JOIN stored_file f ON f.sha256 = a.sha256 WHERE f.extracted_text <> ''""",
        f"""SELECT record_id AS rid, {TABLE} AS src, CAST(NULL AS INTEGER) AS att, count(*) AS n, v
        FROM ({cells}) cells WHERE v <> '' GROUP BY record_id, v""",
    ]


def _fill() -> list[str]:
    """PostgreSQL: index what an older store already holds (ids from the sequence)."""
    return [f"INSERT INTO search_entry (record_id, source, attachment_id, row_count, body) "
            f"SELECT rid, src, att, n, v FROM ({rows}) s" for rows in _fill_rows()]


# ------------------------------------------------------------------ SQLite

# An entry's id on SQLite orders the index the way results are ranked — best
# source first, then newest record — so a search can read matches in rowid
# order and stop once it has enough records:
#   source << 60 | (MAX_RECORD - record_id) << 32 | n   (n counts from 1 per record and source)
MAX_RECORD = 2**28 - 1


def _sqlite_insert(rows: str, order: str = "s.v") -> str:
    """INSERT the rows of ``rows`` (columns rid, src, att, n, v) into search_entry."""
    base = f"((s.src << 60) | (({MAX_RECORD} - s.rid) << 32))"
    taken = (f"ifnull((SELECT max(e.id) FROM search_entry e WHERE e.id BETWEEN {base} "
             f"AND {base} + 4294967295) - {base}, 0)")
    return (f"INSERT INTO search_entry (id, record_id, source, attachment_id, row_count, body) "
            f"SELECT {base} + {taken} + row_number() OVER (PARTITION BY s.rid, s.src ORDER BY {order}), "
            f"s.rid, s.src, s.att, s.n, s.v FROM ({rows}) s WHERE true")


_CELL_UPSERT = (f" ON CONFLICT (record_id, source, body) WHERE source = {TABLE} "
                "DO UPDATE SET row_count = row_count + excluded.row_count;")


def _sqlite_add_cells(r: str, exprs: tuple[str, ...]) -> str:
    values = " UNION ALL ".join(f"SELECT {e.format(r=r)} AS v" for e in exprs)
    rows = (f"SELECT {r}.record_id AS rid, {TABLE} AS src, NULL AS att, count(*) AS n, v "
            f"FROM ({values}) WHERE v <> '' GROUP BY v")
    return _sqlite_insert(rows) + _CELL_UPSERT


def _sqlite_remove_cells(r: str, exprs: tuple[str, ...]) -> str:
    values = ", ".join(e.format(r=r) for e in exprs)
    times = " + ".join(f"(body = {e.format(r=r)})" for e in exprs)  # a value may fill two cells
    where = f"source = {TABLE} AND record_id = {r}.record_id AND body IN ({values})"
    return (f"DELETE FROM search_entry WHERE {where} AND row_count <= {times}; "
            f"UPDATE search_entry SET row_count = row_count - ({times}) WHERE {where};")


def _sqlite_record_texts(old: bool) -> str:
    o = ("OLD.title", "OLD.summary", "OLD.body_text") if old else ("NULL", "NULL", "NULL")
    rows = (f"SELECT NEW.id AS rid, {TITLE} AS src, NULL AS att, 1 AS n, NEW.title AS v, {o[0]} AS o "
            f"UNION ALL SELECT NEW.id, {SUMMARY}, NULL, 1, NEW.summary, {o[1]} "
            f"UNION ALL SELECT NEW.id, {BODY}, NULL, 1, NEW.body_text, {o[2]}")
    return _sqlite_insert(f"SELECT * FROM ({rows}) WHERE v <> '' AND v IS NOT o") + ";"


_FTS_ADD = f"INSERT INTO search_fts (rowid, body) VALUES (NEW.id, {FTS_TEXT.format(r='NEW')});"
_FTS_DELETE = ("INSERT INTO search_fts (search_fts, rowid, body) "
               f"VALUES ('delete', OLD.id, {FTS_TEXT.format(r='OLD')});")
_ATTACHMENT_OF_NEW = _sqlite_insert(
    f"SELECT NEW.record_id AS rid, {ATTACHMENT} AS src, NEW.id AS att, 1 AS n, extracted_text AS v "
    "FROM stored_file WHERE sha256 = NEW.sha256 AND extracted_text <> ''") + ";"
_LINES_OF_ACCOUNT = ("(SELECT count(*) FROM money_line l WHERE l.account_id = OLD.id "
                     "AND l.record_id = search_entry.record_id)")
_OLD_NAME = (f"source = {TABLE} AND body = OLD.name "
             "AND record_id IN (SELECT record_id FROM money_line WHERE account_id = OLD.id)")

SQLITE_TRIGGERS: dict[str, str] = {
    # search_fts follows search_entry (contentless: deleting needs the text indexed)
    "search_entry_ai": f"AFTER INSERT ON search_entry BEGIN {_FTS_ADD} END",
    "search_entry_ad": f"AFTER DELETE ON search_entry BEGIN {_FTS_DELETE} END",
    "search_entry_au": f"AFTER UPDATE OF body ON search_entry BEGIN {_FTS_DELETE} {_FTS_ADD} END",
    "search_record_ai": f"AFTER INSERT ON record BEGIN {_sqlite_record_texts(False)} END",
    "search_record_au": "AFTER UPDATE OF title, summary, body_text ON record BEGIN "
    "DELETE FROM search_entry WHERE record_id = OLD.id AND ("
    f"(source = {TITLE} AND OLD.title IS NOT NEW.title) OR "
    f"(source = {SUMMARY} AND OLD.summary IS NOT NEW.summary) OR "
    f"(source = {BODY} AND OLD.body_text IS NOT NEW.body_text)); {_sqlite_record_texts(True)} END",
    "search_record_ad": "AFTER DELETE ON record BEGIN "
    "DELETE FROM search_entry WHERE record_id = OLD.id; END",
    "search_record_attachment_ai": f"AFTER INSERT ON record_attachment BEGIN {_ATTACHMENT_OF_NEW} END",
    "search_record_attachment_ad": "AFTER DELETE ON record_attachment BEGIN "
    "DELETE FROM search_entry WHERE attachment_id = OLD.id; END",
    "search_record_attachment_au": "AFTER UPDATE OF record_id, sha256 ON record_attachment BEGIN "
    f"DELETE FROM search_entry WHERE attachment_id = OLD.id; {_ATTACHMENT_OF_NEW} END",
    "search_stored_file_au": "AFTER UPDATE OF extracted_text ON stored_file BEGIN "
    "DELETE FROM search_entry WHERE attachment_id IN "
    "(SELECT id FROM record_attachment WHERE sha256 = OLD.sha256); "
    + _sqlite_insert(f"SELECT record_id AS rid, {ATTACHMENT} AS src, id AS att, 1 AS n, "
                     "NEW.extracted_text AS v FROM record_attachment "
                     "WHERE sha256 = NEW.sha256 AND NEW.extracted_text <> ''", order="s.att") + "; END",
    # A renamed account: every table using it now holds the new name instead.
    "search_money_account_au": "AFTER UPDATE OF name ON money_account BEGIN "
    + _sqlite_insert(f"SELECT record_id AS rid, {TABLE} AS src, NULL AS att, count(*) AS n, "
                     "NEW.name AS v FROM money_line WHERE account_id = NEW.id AND NEW.name <> '' "
                     "GROUP BY record_id") + _CELL_UPSERT + " "
    f"DELETE FROM search_entry WHERE {_OLD_NAME} AND row_count <= {_LINES_OF_ACCOUNT}; "
    f"UPDATE search_entry SET row_count = row_count - {_LINES_OF_ACCOUNT} WHERE {_OLD_NAME}; END",
}
for _table, _exprs in CELLS.items():
    SQLITE_TRIGGERS |= {
        f"search_{_table}_ai": f"AFTER INSERT ON {_table} BEGIN {_sqlite_add_cells('NEW', _exprs)} END",
        f"search_{_table}_ad": f"AFTER DELETE ON {_table} BEGIN {_sqlite_remove_cells('OLD', _exprs)} END",
        # add before remove: an unchanged value goes 1 → 2 → 1 instead of being re-indexed
        f"search_{_table}_au": f"AFTER UPDATE OF {CELL_COLUMNS[_table]} ON {_table} BEGIN "
        f"{_sqlite_add_cells('NEW', _exprs)} {_sqlite_remove_cells('OLD', _exprs)} END",
    }


def _upgrade_sqlite() -> None:
    run = op.get_bind().exec_driver_sql
    run(TABLE_DDL.format(id_type="INTEGER"))  # INTEGER PRIMARY KEY: the rowid (see MAX_RECORD)
    for sql in INDEXES:
        run(sql)
    # Unique per record: the upsert target of table cells (no length limit on SQLite keys).
    # With source in it, it is also the index the planner takes for the cell triggers.
    run(f"CREATE UNIQUE INDEX uq_search_entry_cell ON search_entry (record_id, source, body) "
        f"WHERE source = {TABLE}")
    run("CREATE VIRTUAL TABLE search_fts USING fts5(body, content='', tokenize='trigram')")
    run("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')")
    for rows in _fill_rows():
        run(_sqlite_insert(rows, order="s.att, s.v"))
    run(f"INSERT INTO search_fts (rowid, body) SELECT id, {FTS_TEXT.format(r='e')} FROM search_entry e")
    # One segment to start from: new entries then merge into small ones, not into a
    # half-finished merge of what the upgrade wrote (which made each insert cost ms).
    run("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    for name, body in SQLITE_TRIGGERS.items():
        run(f"CREATE TRIGGER {name} {body}")


# -------------------------------------------------------------- PostgreSQL

PG_FUNCTIONS: dict[str, str] = {
    "search_add_cells(integer, text[])": f"""(rid integer, vals text[]) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO search_entry (record_id, source, row_count, body)
        SELECT rid, {TABLE}, count(*), v FROM unnest(vals) AS v WHERE v <> '' GROUP BY v
        ON CONFLICT (record_id, source, md5(body)) WHERE source = {TABLE}
        DO UPDATE SET row_count = search_entry.row_count + excluded.row_count;
    $$""",
    "search_remove_cells(integer, text[])": f"""(rid integer, vals text[]) RETURNS void
    LANGUAGE sql AS $$
        DELETE FROM search_entry e
        USING (SELECT v, count(*) AS n FROM unnest(vals) AS v WHERE v <> '' GROUP BY v) c
        WHERE e.source = {TABLE} AND e.record_id = rid AND md5(e.body) = md5(c.v)
          AND e.body = c.v AND e.row_count <= c.n;
        UPDATE search_entry e SET row_count = e.row_count - c.n
        FROM (SELECT v, count(*) AS n FROM unnest(vals) AS v WHERE v <> '' GROUP BY v) c
        WHERE e.source = {TABLE} AND e.record_id = rid AND md5(e.body) = md5(c.v)
          AND e.body = c.v;
    $$""",
    "search_record()": f"""() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM search_entry WHERE record_id = OLD.id;
        ELSIF TG_OP = 'UPDATE' THEN
            DELETE FROM search_entry WHERE record_id = OLD.id AND (
                (source = {TITLE} AND OLD.title IS DISTINCT FROM NEW.title) OR
                (source = {SUMMARY} AND OLD.summary IS DISTINCT FROM NEW.summary) OR
                (source = {BODY} AND OLD.body_text IS DISTINCT FROM NEW.body_text));
            INSERT INTO search_entry (record_id, source, body)
            SELECT NEW.id, t.s, t.v FROM (VALUES
                ({TITLE}, NEW.title, OLD.title), ({SUMMARY}, NEW.summary, OLD.summary),
                ({BODY}, NEW.body_text, OLD.body_text)) AS t(s, v, o)
            WHERE t.v <> '' AND t.v IS DISTINCT FROM t.o;
        ELSE
            INSERT INTO search_entry (record_id, source, body)
            SELECT NEW.id, t.s, t.v FROM (VALUES
                ({TITLE}, NEW.title), ({SUMMARY}, NEW.summary), ({BODY}, NEW.body_text)) AS t(s, v)
            WHERE t.v <> '';
        END IF;
        RETURN NULL;
    END $$""",
    "search_record_attachment()": f"""() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            DELETE FROM search_entry WHERE attachment_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO search_entry (record_id, source, attachment_id, body)
            SELECT NEW.record_id, {ATTACHMENT}, NEW.id, extracted_text FROM stored_file
            WHERE sha256 = NEW.sha256 AND extracted_text <> '';
        END IF;
        RETURN NULL;
    END $$""",
    "search_stored_file()": f"""() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM search_entry WHERE attachment_id IN
            (SELECT id FROM record_attachment WHERE sha256 = OLD.sha256);
        INSERT INTO search_entry (record_id, source, attachment_id, body)
        SELECT record_id, {ATTACHMENT}, id, NEW.extracted_text FROM record_attachment
        WHERE sha256 = NEW.sha256 AND NEW.extracted_text <> '';
        RETURN NULL;
    END $$""",
    "search_money_account()": """() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        used record;
    BEGIN
        FOR used IN SELECT record_id, count(*)::int AS n FROM money_line
                    WHERE account_id = NEW.id GROUP BY record_id LOOP
            PERFORM search_add_cells(used.record_id, array_fill(NEW.name, ARRAY[used.n]));
            PERFORM search_remove_cells(used.record_id, array_fill(OLD.name, ARRAY[used.n]));
        END LOOP;
        RETURN NULL;
    END $$""",
}
for _table, _exprs in CELLS.items():
    PG_FUNCTIONS[f"search_{_table}()"] = f"""() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN
            PERFORM search_add_cells(NEW.record_id, ARRAY[{", ".join(e.format(r="NEW") for e in _exprs)}]);
        END IF;
        IF TG_OP <> 'INSERT' THEN
            PERFORM search_remove_cells(OLD.record_id, ARRAY[{", ".join(e.format(r="OLD") for e in _exprs)}]);
        END IF;
        RETURN NULL;
    END $$"""

# trigger name (= its function) -> (table, events)
PG_TRIGGERS: dict[str, tuple[str, str]] = {
    "search_record": ("record", "INSERT OR DELETE OR UPDATE OF title, summary, body_text"),
    "search_record_attachment": ("record_attachment", "INSERT OR DELETE OR UPDATE OF record_id, sha256"),
    "search_stored_file": ("stored_file", "UPDATE OF extracted_text"),
    "search_money_account": ("money_account", "UPDATE OF name"),
    **{f"search_{t}": (t, f"INSERT OR DELETE OR UPDATE OF {CELL_COLUMNS[t]}") for t in CELLS},
}


def _create_pg_trgm() -> bool:
    """pg_trgm is a trusted contrib extension; without it search still works,
    only by scanning. A server that lacks it or forbids it must not stop the upgrade."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        log.warning("pg_trgm not available, search will scan: %s", str(exc.orig).strip())
        return False
    return True


def _upgrade_postgresql() -> None:
    run = op.get_bind().exec_driver_sql
    run(TABLE_DDL.format(id_type="BIGSERIAL"))
    for sql in INDEXES:
        run(sql)
    # md5: B-tree keys are limited to about 2.7 kB and a note may be longer.
    run(f"CREATE UNIQUE INDEX uq_search_entry_cell ON search_entry (record_id, source, md5(body)) "
        f"WHERE source = {TABLE}")
    if _create_pg_trgm():
        run("CREATE INDEX ix_search_entry_trgm ON search_entry USING gin (body gin_trgm_ops)")
    for sql in _fill():
        run(sql)
    for signature, body in PG_FUNCTIONS.items():
        run(f"CREATE FUNCTION {signature.split('(')[0]}{body}")
    for name, (table, events) in PG_TRIGGERS.items():
        run(f"CREATE TRIGGER {name} AFTER {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _upgrade_sqlite()
    else:
        _upgrade_postgresql()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.get_bind().exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS search_vocab")
        op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS search_fts")
    else:
        for name, (table, _) in PG_TRIGGERS.items():
            op.get_bind().exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for signature in PG_FUNCTIONS:
            op.get_bind().exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature}")
        # pg_trgm stays: other objects of the database may use it.
    op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS search_entry")
