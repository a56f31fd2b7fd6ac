"""Each work-row query reads through an index of work_entry (SQLite's plan),
so a page stays fast on a million rows (figures: tests/bench/worklog.py)."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from localdb import worklog
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.models import Record, RecordCategory
from localdb.url import to_url


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """Two years of published monthly records of each kind, no statistics (as
    in the field: nothing runs ANALYZE). SQLite's plan then does not depend on
    how many rows there are, so empty tables show the plans of a full store."""
    store, _ = open_store(to_url(str(tmp_path / "plans.db")))
    with store.write() as s:
        work = s.execute(select(RecordCategory.id).where(RecordCategory.code == "work")).scalar_one()
        for kind in worklog.WORK_KINDS:
            for m in range(24):
                first = date(2025 + m // 12, m % 12 + 1, 1)
                last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
                s.add(Record(category_id=work, title=f"{kind} {first}", body_kind=f"work_{kind}",
                             state="published", period_start=first, period_end=last))
    try:
        yield store
    finally:
        store.dispose()


@contextmanager
def captured(session: Session) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []
    engine = session.get_bind().engine

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if "work_entry" in statement and not statement.startswith("EXPLAIN"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", grab)


def plan(session: Session, query: Callable[[Session], object]) -> str:
    with captured(session) as seen:
        query(session)
    [(statement, parameters)] = seen
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    rows = cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    return " | ".join(row[-1] for row in rows)


MARCH, MARCH_END = date(2026, 3, 1), date(2026, 3, 31)
RECORD, BY_KIND = "ix_work_entry_record_done", "ix_work_entry_kind_done"
BY_PERFORMER = "ix_work_entry_performer"


@pytest.mark.parametrize(("query", "index", "covering", "sorts"), [
    # One record: its rows in order.
    (lambda s: worklog.work_rows(s, record_id=7), RECORD, False, False),
    (lambda s: worklog.work_rows(s, record_id=7, start=MARCH, end=MARCH_END), RECORD, False, False),
    (lambda s: worklog.work_count(s, record_id=7, performer="张三"), RECORD, False, False),
    # One kind in a month: only that month's record is asked, by range; counts never touch the table.
    (lambda s: worklog.work_rows(s, kind="cleaning", start=MARCH, end=MARCH_END), RECORD, False, False),
    (lambda s: worklog.work_count(s, kind="cleaning", start=MARCH, end=MARCH_END), RECORD, True, False),
    # One kind, no period: rows come in order from (kind, done_at) and stop at the page.
    (lambda s: worklog.work_rows(s, kind="cleaning"), BY_KIND, False, False),
    (lambda s: worklog.work_count(s, kind="patrol"), RECORD, True, False),
    (lambda s: worklog.work_count(s, kind="patrol", start=MARCH), RECORD, True, False),
    # A performer: their own index for the count.
    (lambda s: worklog.work_rows(s, kind="cleaning", performer="张三"), BY_KIND, False, False),
    (lambda s: worklog.work_count(s, kind="cleaning", performer="张三"), BY_PERFORMER, False, False),
    # Every kind in a month: the month's five records, merged by a sort.
    (lambda s: worklog.work_rows(s, start=MARCH, end=MARCH_END), RECORD, False, True),
    (lambda s: worklog.work_count(s, start=MARCH, end=MARCH_END), RECORD, True, False),
    (lambda s: worklog.performers(s, "cleaning"), RECORD, False, False),
])
def test_work_queries_use_an_index(sqlite_store: Store, query: Callable[[Session], object], index: str,
                                   covering: bool, sorts: bool) -> None:
    with sqlite_store.read() as s:
        text = plan(s, query)
    assert f"USING {'COVERING ' if covering else ''}INDEX {index}" in text, text
    assert "SCAN work_entry" not in text, text  # never the whole table
    assert ("TEMP B-TREE FOR ORDER BY" in text) == sorts, text
