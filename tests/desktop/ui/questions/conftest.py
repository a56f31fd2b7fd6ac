"""质疑 screens on a bare demo community: a desk clerk, a manager, a published
record made straight in the store, and a fixed clock the day before the
National Day holiday (so the 5-working-day deadline crosses it)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from localdb.engine import Store
from localdb.models import RecordQuestion
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for

#: 2026-09-30 10:00 in Chengdu. Oct 1–7 are holidays, Sat Oct 10 a make-up working day:
#: the fifth working day after it is Tue Oct 13, answered by 18:00 (10:00 UTC).
ASKED = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)
DUE = datetime(2026, 10, 13, 10, 0, tzinfo=UTC)
TITLE = "物业服务收费标准"


def clock() -> datetime:
    return ASKED


@pytest.fixture
def clerk(demo_store: Store) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


@pytest.fixture
def manager(demo_store: Store) -> Actor:
    return actor_for(demo_store, "wangqiang", Role.MANAGER)


@pytest.fixture
def record_id(demo_store: Store, clerk: Actor, manager: Actor) -> int:
    with demo_store.write() as s:
        rid = lifecycle.create_draft(s, clerk, RecordDraft(
            category_code="finance", subcategory_code="fee_standards", title=TITLE,
            summary="住宅物业费 2.2 元/平方米·月"), ASKED)
        lifecycle.submit(s, clerk, rid, ASKED)
        lifecycle.publish(s, manager, rid, ASKED)
    return rid


def stored_questions(store: Store) -> list[RecordQuestion]:
    with store.read() as s:
        rows = list(s.execute(select(RecordQuestion).order_by(RecordQuestion.id)).scalars())
        for r in rows:
            s.expunge(r)
        return rows
