"""The demo year of complaints looks like a desk in use, and is deterministic."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import func, select

from localdb import audit, demo
from localdb.complaints import queries
from localdb.complaints.alerts import ClockState, clock_state
from localdb.engine import Store
from localdb.models import Complaint, ComplaintCategory, ComplaintEvent
from localdb.roles import SYSTEM

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)  # a Friday, 11:00 in Shanghai


def test_demo_year_covers_what_a_newcomer_should_see(store: Store) -> None:
    with store.write() as s:
        _, summary = demo.load(s, SYSTEM, "small", now=NOW)
    assert summary.complaints == 1500
    with store.read() as s:
        rows = s.execute(select(Complaint)).scalars().all()
        channels = Counter(c.channel for c in rows)
        used = {c.category_id for c in rows}
        all_categories = set(s.execute(select(ComplaintCategory.id)).scalars())
        kinds = set(s.execute(select(ComplaintEvent.kind)).scalars())
        open_rows = queries.rows(s, queries.open_ids(s))
        follow_ups = queries.follow_up_ids(s)
        assert audit.verify(s).ok
    assert set(channels) == {"walk_in", "phone", "qr_code", "hotline_12345", "city_app"}
    assert used == all_categories
    assert {"respond", "pause", "resume", "extend", "resolve", "follow_up", "close",
            "reopen"} <= kinds
    states = Counter(
        clock_state(r.received_at, r.resolution_due, r.resolved_at, NOW,
                    paused=r.status == "paused") for r in open_rows.values())
    responses = Counter(clock_state(r.received_at, r.response_due, r.responded_at, NOW)
                        for r in open_rows.values())
    assert states[ClockState.OK] > states[ClockState.OVERDUE] > 0
    assert states[ClockState.WARNING] > 0 and states[ClockState.PAUSED] > 0
    assert responses[ClockState.OVERDUE] > 0
    assert any(r.repeat for r in open_rows.values()) or any(c.repeat_of_id for c in rows)
    assert follow_ups
    scores = Counter(c.satisfaction for c in rows if c.satisfaction is not None)
    assert set(scores) == {1, 2, 3, 4, 5} and scores[5] > scores[1]
    # The desk goes on working after the bulk load (PostgreSQL's id sequence moved on).
    from localdb.complaints.intake import ComplaintInput, intake
    from localdb.roles import Actor, Role

    with store.write() as s:
        _, new_id = intake(s, Actor(1, "张丽", Role.DESK), ComplaintInput(
            channel="phone", category_id=1, description="新来电", room_id=2), now=NOW)
    assert new_id > max(c.id for c in rows)


def test_same_now_gives_the_same_complaints(tmp_path: object) -> None:
    from pathlib import Path

    from localdb.migrate import open_store
    from localdb.url import to_url

    def numbers(name: str) -> list[tuple[str, str, str]]:
        store, _ = open_store(to_url(str(Path(str(tmp_path)) / name)))
        with store.write() as s:
            demo.load(s, SYSTEM, "small", now=NOW)
        with store.read() as s:
            out = [tuple(r) for r in s.execute(
                select(Complaint.number, Complaint.status, Complaint.description)
                .order_by(Complaint.id)).all()]
            assert s.execute(select(func.count()).select_from(Complaint)).scalar_one() == 1500
        store.dispose()
        return out  # type: ignore[return-value]

    assert numbers("a.db") == numbers("b.db")
