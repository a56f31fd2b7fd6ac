"""A store with the demo community, for complaint tests on both backends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from localdb import demo
from localdb.engine import Store
from localdb.models import AuditHead, Complaint, ComplaintCategory, OutboxEntry
from localdb.roles import SYSTEM

#: 2026-09-30 16:20 in Shanghai: a working day, inside working time.
T0 = datetime(2026, 9, 30, 8, 20, tzinfo=UTC)


@pytest.fixture
def community(store: Store) -> Store:
    with store.write() as session:
        demo.load(session, SYSTEM, "small", with_complaints=False)
    return store


def category_id(store: Store, name: str) -> int:
    with store.read() as session:
        return session.execute(
            select(ComplaintCategory.id).where(ComplaintCategory.name == name)).scalar_one()


def counts(store: Store) -> tuple[int, int, int]:
    """(complaints, audit entries, outbox entries): what a failed write must not change."""
    with store.read() as session:
        return (
            session.execute(select(func.count()).select_from(Complaint)).scalar_one(),
            session.execute(select(AuditHead.seq)).scalar_one(),
            session.execute(select(func.count()).select_from(OutboxEntry)).scalar_one(),
        )
