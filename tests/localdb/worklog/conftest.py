"""Work-record and register helpers: draft records of each kind, publishing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from localdb.engine import Store
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from localdb.workcalendar import SHANGHAI

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def bj(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)  # type: ignore[misc]


def work_record(store: Store, author: Actor, kind: str = "cleaning", start: date = date(2026, 3, 1),
                end: date = date(2026, 3, 31), title: str = "") -> int:
    with store.write() as s:
        return lifecycle.create_draft(s, author, RecordDraft(
            category_code="work", subcategory_code=kind, title=title or f"{kind} {start:%Y-%m}",
            period_start=start, period_end=end), T0)


def register_record(store: Store, author: Actor, subcategory: str = "equipment_register") -> int:
    with store.write() as s:
        return lifecycle.create_draft(s, author, RecordDraft(
            category_code="registers", subcategory_code=subcategory, title=f"{subcategory} 2025",
            period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)), T0)


def publish(store: Store, author: Actor, reviewer: Actor, record_id: int) -> None:
    with store.write() as s:
        lifecycle.submit(s, author, record_id, T0 + timedelta(minutes=1))
    with store.write() as s:
        lifecycle.publish(s, reviewer, record_id, T0 + timedelta(minutes=2))
