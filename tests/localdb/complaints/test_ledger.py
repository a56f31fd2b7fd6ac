"""The complaint ledger's rows: read in chunks, in order, marked as each clock
stands, and masked for a public copy; the review's lists for a public copy."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from localdb.complaints import demo as complaint_demo
from localdb.complaints import ledger
from localdb.complaints.public import public_household, public_review
from localdb.complaints.review import compute_review
from localdb.complaints.review_print import read_review
from localdb.engine import Store
from localdb.masking import Scrubber, mask_name
from localdb.models import Complaint, Resident

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
PERIOD = (date(2026, 10, 1), date(2026, 11, 20))


@pytest.fixture
def complaints(community: Store) -> Store:
    with community.write() as session:
        complaint_demo.generate(session, NOW, 400, open_days=12, straggler_share=0.2)
        # Five complaints received at the same instant: paging must neither drop nor repeat one.
        ids = list(session.execute(select(Complaint.id).where(Complaint.received_at >= datetime(
            2026, 10, 10, tzinfo=UTC)).order_by(Complaint.id).limit(5)).scalars())
        session.execute(update(Complaint).where(Complaint.id.in_(ids))
                        .values(received_at=datetime(2026, 10, 10, 2, 0, tzinfo=UTC)))
    return community


def test_chunks_cover_the_period_once_in_order(complaints: Store) -> None:
    with complaints.read() as session:
        rows = [r for chunk in ledger.read_chunks(session, *PERIOD, NOW, chunk=3) for r in chunk]
        chunk_sizes = [len(c) for c in ledger.read_chunks(session, *PERIOD, NOW, chunk=3)]
        lo = datetime(2026, 9, 30, 16, tzinfo=UTC)
        hi = datetime(2026, 11, 20, 16, tzinfo=UTC)
        expected = list(session.execute(select(Complaint.id).where(
            Complaint.received_at >= lo, Complaint.received_at < hi)
            .order_by(Complaint.received_at, Complaint.id)).scalars())
        assert ledger.count_rows(session, *PERIOD) == len(expected) > 20
    assert [r.id for r in rows] == expected
    assert set(chunk_sizes[:-1]) == {3}


def test_each_clock_is_marked_as_it_stands(complaints: Store) -> None:
    with complaints.read() as session:
        raw = {c.id: c for c in session.execute(select(Complaint)).scalars()}
        rows = [r for chunk in ledger.read_chunks(session, *PERIOD, NOW) for r in chunk]
    seen: set[str] = set()
    for row in rows:
        c = raw[row.id]
        if c.responded_at is not None:
            assert row.response == ("按时" if c.responded_at <= c.response_due else "超时")
        else:
            assert row.response == ("超时未响应" if c.response_due <= NOW else "未响应")
        if c.status == "paused":
            assert row.resolution == "挂起"
        elif c.resolved_at is not None:
            assert c.resolution_due is not None
            assert row.resolution == ("按时" if c.resolved_at <= c.resolution_due else "超时")
        seen |= {row.response, row.resolution}
        assert row.channel in ("来访", "来电", "码上办", "12345", "天府市民云")
        assert row.satisfaction == c.satisfaction
    assert {"按时", "超时", "挂起"} <= seen


def test_a_public_copy_masks_names_and_mobiles_and_drops_the_room(complaints: Store) -> None:
    with complaints.write() as session:
        name, phone = session.execute(select(Resident.name, Resident.phone).limit(1)).one()
        target = session.execute(select(Complaint.id).where(
            Complaint.received_at >= datetime(2026, 10, 2, tzinfo=UTC), Complaint.room_id.is_not(None))
            .order_by(Complaint.received_at).limit(1)).scalar_one()
        session.execute(update(Complaint).where(Complaint.id == target).values(
            description=f"{name}说楼道灯坏了，回电 {phone}", location=f"{name}家门口",
            result=f"已告知{name}"))
    with complaints.read() as session:
        (plain,) = ledger.rows_by_id(session, [target], NOW)
        (public,) = ledger.rows_by_id(session, [target], NOW, public=True)
    assert name in plain.summary and phone in plain.summary and plain.place.count("-") == 2
    masked = mask_name(name)
    assert public.summary == f"{masked}说楼道灯坏了，回电 {phone[:3]}****{phone[-4:]}"
    assert public.place.endswith(f"{masked}家门口") and public.place.count("-") == 1
    assert public.result == f"已告知{masked}"


def test_rows_by_id_keep_the_order_asked(complaints: Store) -> None:
    with complaints.read() as session:
        ids = list(session.execute(select(Complaint.id).order_by(Complaint.id.desc()).limit(4)).scalars())
        assert [r.id for r in ledger.rows_by_id(session, [*ids, ids[0], 10**9], NOW)] == ids


def test_public_household_keeps_building_and_unit() -> None:
    assert public_household("3栋-2单元-1502") == "3栋-2单元-****"
    assert public_household("会所") == "****"


def test_public_review_masks_households_and_scrubs_places(complaints: Store) -> None:
    with complaints.read() as session:
        figures = compute_review(session, *PERIOD, NOW)
    assert any(g.kind == "household" for g in figures.repeat_groups)
    public = public_review(figures, Scrubber(["东门岗亭"]))  # a "name" that is also a place
    for before, after in zip(figures.repeat_groups, public.repeat_groups, strict=True):
        assert after.ids == before.ids
        if before.kind == "household":
            assert after.label == public_household(before.label)
        else:
            assert "东门岗亭" not in after.label
    assert public.on_time_response == figures.on_time_response  # the figures themselves are public


def test_read_review_lists_overdue_cases_up_to_a_limit(complaints: Store) -> None:
    with complaints.read() as session:
        data = read_review(session, *PERIOD, NOW, overdue_listed=3)
        public = read_review(session, *PERIOD, NOW, public=True, overdue_listed=3)
    assert len(data.figures.overdue_ids) > 3
    assert [r.id for r in data.overdue] == list(data.figures.overdue_ids[:3])
    assert data.overdue_unlisted == len(data.figures.overdue_ids) - 3
    assert all(r.place.count("-") <= 1 for r in public.overdue)
    assert all(i in data.numbers for g in data.figures.repeat_groups for i in g.ids)
    assert data.figures.now == NOW
