"""A pulled page becomes local complaints with the city's ids, channels and
deadlines; the cursor is saved with it or not at all; an older revision never
overwrites a newer status; our own unsent work is not overwritten."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from localdb.complaints import clock, lifecycle
from localdb.engine import Store
from localdb.models import Complaint, ComplaintEvent, Supervision, utcnow
from localdb.roles import SYSTEM
from localdb.sync import inbound, state
from localdb.sync.types import CityRequest, CitySupervision, CityUpdate, PulledPage

pytestmark = pytest.mark.store

T = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)


def request(ident: str = "CD-1", revision: int = 1, status: str = "received",
            channel: str = "hotline_12345", **kw: object) -> CityRequest:
    return CityRequest(city_id=ident, revision=revision, status=status, service_name="电梯困人",
                       description="3栋电梯困人", channel=channel, requested_at=T,
                       updated_at=T, response_due=T + timedelta(minutes=20),
                       resolution_due=T + timedelta(hours=6), urgency="urgent",
                       address="3栋", **kw)  # type: ignore[arg-type]


def apply(store: Store, page: PulledPage, from_cursor: str | None = None) -> inbound.PullResult:
    with store.write() as session:
        return inbound.apply_page(session, page, from_cursor=from_cursor, now=utcnow())


def complaint(store: Store, city_id: str = "CD-1") -> Complaint:
    with store.read() as session:
        return session.execute(select(Complaint).where(Complaint.city_id == city_id)).scalar_one()


def test_dispatched_complaint_keeps_the_citys_id_channel_and_deadlines(store: Store) -> None:
    result = apply(store, PulledPage((request(channel="qr_code"),), next_cursor="c1"))
    assert (result.created, result.skipped) == (1, False)
    c = complaint(store)
    assert (c.channel, c.status, c.urgency, c.city_revision) == ("qr_code", "received", "urgent", 1)
    # The city's deadlines, not the desk's 30-minute urgent rule.
    assert (c.response_due, c.resolution_due) == (T + timedelta(minutes=20), T + timedelta(hours=6))
    assert c.number.startswith("TS20261127-") and c.received_at == T
    with store.read() as session:
        assert state.cursor(session) == "c1"
        explained = clock.explain(session, c, utcnow())
        assert any("市平台" in line for line in explained.response)


def test_same_page_again_changes_nothing(store: Store) -> None:
    page = PulledPage((request(),), next_cursor="c1")
    apply(store, page)
    again = apply(store, PulledPage((request(),), next_cursor="c2"), from_cursor="c1")
    assert (again.created, again.updated, again.stale) == (0, 0, 1)
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(Complaint)).scalar_one() == 1


def test_older_revision_never_overwrites_a_newer_status(store: Store) -> None:
    apply(store, PulledPage((request(revision=3, status="closed"), request(revision=2, status="responded")),
                            next_cursor="c1"))
    assert complaint(store).status == "closed"
    apply(store, PulledPage((request(revision=2, status="responded"),), next_cursor="c2"), "c1")
    c = complaint(store)
    assert (c.status, c.city_revision) == ("closed", 3)


def test_city_status_waits_while_our_own_operation_is_unsent(store: Store) -> None:
    apply(store, PulledPage((request(),), next_cursor="c1"))
    with store.write() as session:
        lifecycle.respond(session, SYSTEM, complaint(store).id, note="已联系")  # queued, not sent
    apply(store, PulledPage((request(revision=2, status="closed"),), next_cursor="c2"), "c1")
    c = complaint(store)
    assert (c.status, c.city_status, c.city_revision) == ("responded", "closed", 2)


def test_cursor_is_saved_with_the_rows_or_not_at_all(store: Store) -> None:
    def crash() -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError), store.write() as session:
        inbound.apply_page(session, PulledPage((request(),), next_cursor="c1"), from_cursor=None,
                           now=utcnow(), before_cursor=crash)
    with store.read() as session:
        assert state.cursor(session) is None
        assert session.execute(select(func.count()).select_from(Complaint)).scalar_one() == 0


def test_page_is_skipped_when_another_pc_moved_the_cursor(store: Store) -> None:
    apply(store, PulledPage((request(),), next_cursor="c1"))
    late = apply(store, PulledPage((request("CD-2"),), next_cursor="c1-other"), from_cursor=None)
    assert late.skipped
    with store.read() as session:
        assert state.cursor(session) == "c1"


def test_supervision_and_city_notes_are_stored_once(store: Store) -> None:
    note = CityUpdate("U-1", "CD-1", None, "市民来电催办", T)
    sup = CitySupervision("S-1", "CD-1", "成华区住建局", "响应超时，请立即处理", T)
    page = PulledPage((request(),), (note,), (sup,), next_cursor="c1")
    first = apply(store, page)
    second = apply(store, PulledPage((), (note,), (sup,), next_cursor="c2"), "c1")
    assert (first.notes, first.supervisions, second.notes, second.supervisions) == (1, 1, 0, 0)
    with store.read() as session:
        sups = session.execute(select(Supervision)).scalars().all()
        assert [(s.source, s.reason, s.city_id) for s in sups] == [
            ("city", "成华区住建局督办：响应超时，请立即处理", "S-1")]
        kinds = session.execute(select(ComplaintEvent.kind).where(ComplaintEvent.city_id == "U-1")).all()
        assert len(kinds) == 1


def test_our_own_request_in_the_feed_is_matched_by_its_number(store: Store) -> None:
    from localdb.complaints import intake

    with store.write() as session:
        from localdb.models import ComplaintCategory

        cat = session.execute(select(ComplaintCategory.id)).scalars().first()
        _, ident = intake.intake(session, SYSTEM, intake.ComplaintInput(
            channel="walk_in", category_id=cat, description="漏水", location="5栋"))
    with store.read() as session:
        number = session.get(Complaint, ident).number  # type: ignore[union-attr]
    apply(store, PulledPage((request("CD-9", client_ref=number, channel="walk_in"),), next_cursor="c1"))
    with store.read() as session:
        assert session.execute(select(func.count()).select_from(Complaint)).scalar_one() == 1
        mine = session.get(Complaint, ident)
        assert mine is not None and mine.city_id == "CD-9"
        assert mine.city_response_due is None  # our own clocks still count for our own case


def test_dispatched_complaints_are_linked_as_repeats_like_the_desks(store: Store) -> None:
    """Intake's rule (same room, or same place and category, within 30 days) for
    a pulled page: against stored complaints and earlier ones of the same page;
    complaints without a place (市平台派单) are not linked to each other."""
    from dataclasses import replace

    from localdb.complaints import intake

    with store.write() as session:
        category = inbound._Categories(session).find("电梯困人", "urgent").id
        _, recent = intake.intake(session, SYSTEM, intake.ComplaintInput(
            channel="walk_in", category_id=category, description="电梯停在两层之间", location="3栋"),
            now=T - timedelta(days=10))
        intake.intake(session, SYSTEM, intake.ComplaintInput(
            channel="walk_in", category_id=category, description="电梯异响", location="9栋"),
            now=T - timedelta(days=40))
    page = PulledPage((
        replace(request("CD-2"), requested_at=T + timedelta(hours=1)),  # out of order on purpose
        request("CD-1"),
        replace(request("CD-3"), address="9栋"),
        replace(request("CD-4"), address="", requested_at=T + timedelta(hours=2)),
        replace(request("CD-5"), address="", requested_at=T + timedelta(hours=3)),
    ), next_cursor="c1")
    apply(store, page)
    first, second = complaint(store, "CD-1"), complaint(store, "CD-2")
    assert first.repeat_of_id == recent  # the walk-in 10 days before
    assert second.repeat_of_id == first.id  # the page's own earlier complaint
    assert complaint(store, "CD-3").repeat_of_id is None  # the 9栋 one was 40 days before
    assert complaint(store, "CD-4").repeat_of_id is None
    assert complaint(store, "CD-5").repeat_of_id is None  # no place: nothing to compare
    with store.read() as session:
        data = session.execute(select(ComplaintEvent.data).where(
            ComplaintEvent.complaint_id == second.id, ComplaintEvent.kind == "received")).scalar_one()
    assert json.loads(data)["repeat_of"] == first.id  # the timeline says so, as for a walk-in
