"""Full-text search index for the query desk (FTS5 trigram on SQLite, pg_trgm on PostgreSQL).

Revision ID: r0005
Revises: r0004
Create Date: 2026-11-27

``search_entry`` holds every searchable text of a record once: its title,
summary and body text, the text extracted from each attachment, and each
distinct cell value of its table rows (work entries, register entries, money
lines with their account's name) with the number of rows holding it. Table
rows repeat the same places, tasks and names thousands of times, so a million
rows become a few hundred thousand short entries, which keeps the scan for
1–2 character queries (trigrams cannot match them) fast.

On SQLite ``search_fts`` (FTS5, trigram tokens, contentless) indexes each
entry's text followed by two PAD characters, so every character of the text
starts a trigram: a 1–2 character query expands, through the vocabulary
``search_vocab``, into the trigrams that start with it, and is answered from
the index too. PostgreSQL scans for those (pg_trgm cannot either).

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


def _fill() -> list[str]:
    """Index what an older store already holds."""
    cells = "\n UNION ALL ".join(
        f"SELECT r.record_id, {expr.format(r='r')} AS v FROM {table} r"
        for table, exprs in CELLS.items() for expr in exprs)
    return [
        f"""INSERT INTO search_entry (record_id, source, body)
        SELECT id, {TITLE}, title FROM record WHERE title <> ''
        UNION ALL SELECT id, {SUMMARY}, summary FROM record WHERE summary <> ''
        UNION ALL SELECT id, {BODY}, body_text FROM record WHERE body_text <> ''""",
        f"""INSERT INTO search_entry (record_id, source, attachment_id, body)
        SELECT a.record_id, {ATTACHMENT}, a.id, f.extracted_text
        FROM record_attachment a JOIN stored_file f ON f.sha256 = a.sha256
        WHERE f.extracted_text <> ''""",
        f"""INSERT INTO search_entry (record_id, source, row_count, body)
        SELECT record_id, {TABLE}, count(*), v FROM ({cells}) cells
        WHERE v <> '' GROUP BY record_id, v""",
    ]


# ------------------------------------------------------------------ SQLite

def _sqlite_add_cells(r: str, exprs: tuple[str, ...]) -> str:
    values = " UNION ALL ".join(f"SELECT {e.format(r=r)} AS v" for e in exprs)
    return (f"INSERT INTO search_entry (record_id, source, row_count, body) "
            f"SELECT {r}.record_id, {TABLE}, count(*), v FROM ({values}) WHERE v <> '' GROUP BY v "
            f"ON CONFLICT (record_id, body) WHERE source = {TABLE} "
            f"DO UPDATE SET row_count = row_count + excluded.row_count;")


def _sqlite_remove_cells(r: str, exprs: tuple[str, ...]) -> str:
    values = ", ".join(e.format(r=r) for e in exprs)
    times = " + ".join(f"(body = {e.format(r=r)})" for e in exprs)  # a value may fill two cells
    where = f"source = {TABLE} AND record_id = {r}.record_id AND body IN ({values})"
    return (f"DELETE FROM search_entry WHERE {where} AND row_count <= {times}; "
            f"UPDATE search_entry SET row_count = row_count - ({times}) WHERE {where};")


def _sqlite_record_texts(old: bool) -> str:
    o = ("OLD.title", "OLD.summary", "OLD.body_text") if old else ("NULL", "NULL", "NULL")
    return (f"INSERT INTO search_entry (record_id, source, body) SELECT NEW.id, s, v FROM ("
            f"SELECT {TITLE} AS s, NEW.title AS v, {o[0]} AS o "
            f"UNION ALL SELECT {SUMMARY}, NEW.summary, {o[1]} "
            f"UNION ALL SELECT {BODY}, NEW.body_text, {o[2]}) WHERE v <> '' AND v IS NOT o;")


_FTS_ADD = f"INSERT INTO search_fts (rowid, body) VALUES (NEW.id, {FTS_TEXT.format(r='NEW')});"
_FTS_DELETE = ("INSERT INTO search_fts (search_fts, rowid, body) "
               f"VALUES ('delete', OLD.id, {FTS_TEXT.format(r='OLD')});")
_ATTACHMENT_OF_NEW = (
    f"INSERT INTO search_entry (record_id, source, attachment_id, body) "
    f"SELECT NEW.record_id, {ATTACHMENT}, NEW.id, extracted_text FROM stored_file "
    "WHERE sha256 = NEW.sha256 AND extracted_text <> '';")
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
    "INSERT INTO search_entry (record_id, source, attachment_id, body) "
    f"SELECT record_id, {ATTACHMENT}, id, NEW.extracted_text FROM record_attachment "
    "WHERE sha256 = NEW.sha256 AND NEW.extracted_text <> ''; END",
    # A renamed account: every table using it now holds the new name instead.
    "search_money_account_au": "AFTER UPDATE OF name ON money_account BEGIN "
    "INSERT INTO search_entry (record_id, source, row_count, body) "
    f"SELECT record_id, {TABLE}, count(*), NEW.name FROM money_line "
    "WHERE account_id = NEW.id AND NEW.name <> '' GROUP BY record_id "
    f"ON CONFLICT (record_id, body) WHERE source = {TABLE} "
    "DO UPDATE SET row_count = row_count + excluded.row_count; "
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
    run(TABLE_DDL.format(id_type="INTEGER"))  # INTEGER PRIMARY KEY: the rowid search_fts points at
    for sql in INDEXES:
        run(sql)
    # Unique per record: the upsert target of table cells (no length limit on SQLite keys).
    run(f"CREATE UNIQUE INDEX uq_search_entry_cell ON search_entry (record_id, body) WHERE source = {TABLE}")
    run("CREATE VIRTUAL TABLE search_fts USING fts5(body, content='', tokenize='trigram')")
    run("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')")
    for sql in _fill():
        run(sql)
    run(f"INSERT INTO search_fts (rowid, body) SELECT id, {FTS_TEXT.format(r='e')} FROM search_entry e")
    for name, body in SQLITE_TRIGGERS.items():
        run(f"CREATE TRIGGER {name} {body}")


# -------------------------------------------------------------- PostgreSQL

PG_FUNCTIONS: dict[str, str] = {
    "search_add_cells(integer, text[])": f"""(rid integer, vals text[]) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO search_entry (record_id, source, row_count, body)
        SELECT rid, {TABLE}, count(*), v FROM unnest(vals) AS v WHERE v <> '' GROUP BY v
        ON CONFLICT (record_id, md5(body)) WHERE source = {TABLE}
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
    run(f"CREATE UNIQUE INDEX uq_search_entry_cell ON search_entry (record_id, md5(body)) "
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
