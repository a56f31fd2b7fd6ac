"""Life cycle: each step validated, timed, audited and queued; the clocks follow."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from localdb import audit
from localdb.complaints import lifecycle, queries
from localdb.complaints.intake import ComplaintInput, intake
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.models import Complaint, OutboxEntry
from localdb.roles import Actor
from tests.localdb.complaints.conftest import T0, category_id, counts


def new(store: Store, actor: Actor, name: str = "公共设施报修", at=T0) -> int:  # type: ignore[no-untyped-def]
    with store.write() as s:
        _, cid = intake(s, actor, ComplaintInput(
            channel="walk_in", category_id=category_id(store, name), description="楼道灯坏了",
            room_id=1), now=at)
    return cid


def get(store: Store, cid: int) -> Complaint:
    with store.read() as s:
        c = s.get(Complaint, cid)
        assert c is not None
        s.expunge(c)
        return c


def test_full_path_to_closed(community: Store, desk_actor: Actor) -> None:
    cid = new(community, desk_actor)
    steps = [
        (lifecycle.respond, {"how": "call"}, "responded"),
        (lifecycle.start, {}, "in_progress"),
        (lifecycle.pause, {"reason": "业主出差，约好下周上门"}, "paused"),
        (lifecycle.resume, {}, "in_progress"),
        (lifecycle.resolve, {"result": "已更换灯管"}, "resolved"),
        (lifecycle.follow_up, {"satisfaction": 5, "comment": "很及时"}, "followed_up"),
        (lifecycle.close, {}, "closed"),
    ]
    at = T0
    for fn, kw, state in steps:
        at += timedelta(minutes=30)
        with community.write() as s:
            fn(s, desk_actor, cid, now=at, **kw)
        assert get(community, cid).status == state
    c = get(community, cid)
    assert c.responded_at == T0 + timedelta(minutes=30)
    assert c.satisfaction == 5 and c.next_due is None
    with community.read() as s:
        assert audit.verify(s).ok
        kinds = list(s.execute(select(OutboxEntry.kind).order_by(OutboxEntry.id)).scalars())
        timeline = queries.detail(s, cid, at).timeline
    assert kinds == ["complaint.received", "complaint.respond", "complaint.start",
                     "complaint.pause", "complaint.resume", "complaint.resolve",
                     "complaint.follow_up", "complaint.close"]
    assert [e.kind for e in timeline] == ["received", "respond", "start", "pause", "resume",
                                          "resolve", "follow_up", "close"]


def test_a_step_out_of_order_is_refused_and_changes_nothing(community: Store,
                                                            desk_actor: Actor) -> None:
    cid = new(community, desk_actor)
    before = counts(community)
    with pytest.raises(StoreError) as err, community.write() as s:
        lifecycle.follow_up(s, desk_actor, cid, satisfaction=5, now=T0)
    assert err.value.code == "bad_transition" and "已受理" in err.value.message
    assert counts(community) == before and get(community, cid).status == "received"


def test_pause_stops_only_the_resolution_clock(community: Store, desk_actor: Actor) -> None:
    cid = new(community, desk_actor)
    due_before = get(community, cid).resolution_due
    assert due_before is not None
    # Respond at once, pause from 2026-10-08 09:00 to 11:30 (Shanghai), a working day.
    with community.write() as s:
        lifecycle.respond(s, desk_actor, cid, now=T0 + timedelta(minutes=5))
        lifecycle.pause(s, desk_actor, cid, reason="等业主",
                        now=T0 + timedelta(days=7, hours=16, minutes=40))
    paused = get(community, cid)
    assert paused.next_due is None  # nothing running while paused
    with community.write() as s:
        lifecycle.resume(s, desk_actor, cid, now=T0 + timedelta(days=7, hours=19, minutes=10))
    resumed = get(community, cid)
    assert resumed.response_due == T0 + timedelta(hours=4)  # response clock untouched
    # 2.5 working hours added back: 2026-10-09 18:00 + 2h30 of working time
    # = 2026-10-10 11:00 (a make-up working Saturday, work starts 08:30).
    assert resumed.resolution_due is not None
    assert resumed.resolution_due.isoformat() == "2026-10-10T03:00:00+00:00"


def test_extension_needs_a_manager_and_respects_the_limits(
    community: Store, desk_actor: Actor, manager_actor: Actor
) -> None:
    cid = new(community, desk_actor, "房屋渗漏")  # complex
    with community.write() as s:
        lifecycle.respond(s, desk_actor, cid, now=T0 + timedelta(minutes=5))
    with pytest.raises(PermissionDenied), community.write() as s:
        lifecycle.extend(s, desk_actor, cid, working_days=2, reason="等材料", now=T0)
    due0 = get(community, cid).resolution_due
    for _ in range(3):
        with community.write() as s:
            lifecycle.extend(s, manager_actor, cid, working_days=3, reason="等防水材料", now=T0)
    due3 = get(community, cid).resolution_due
    assert due0 is not None and due3 is not None and due3 > due0
    before = counts(community)
    with pytest.raises(ValidationError), community.write() as s:
        lifecycle.extend(s, manager_actor, cid, working_days=1, reason="第四次", now=T0)
    assert counts(community) == before and get(community, cid).resolution_due == due3


def test_reopen_starts_a_new_resolution_clock(community: Store, desk_actor: Actor) -> None:
    cid = new(community, desk_actor)
    with community.write() as s:
        lifecycle.respond(s, desk_actor, cid, now=T0 + timedelta(minutes=5))
        lifecycle.resolve(s, desk_actor, cid, result="已修好", now=T0 + timedelta(hours=1))
    reopen_at = T0 + timedelta(days=9, hours=1)  # 2026-10-09 17:20 Shanghai, a Friday
    with community.write() as s:
        lifecycle.reopen(s, desk_actor, cid, reason="灯又坏了", now=reopen_at)
    c = get(community, cid)
    assert c.status == "in_progress" and c.resolved_at is None
    assert c.response_due == T0 + timedelta(hours=4)
    # New clock from 10-09: 10-10 (make-up Saturday) and 10-12 (Monday) -> 10-12 18:00.
    assert c.resolution_due is not None
    assert c.resolution_due.isoformat() == "2026-10-12T10:00:00+00:00"


def test_transfer_and_refer(community: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    cid = new(community, desk_actor)
    with community.write() as s:
        lifecycle.transfer(s, desk_actor, cid, to_user_id=manager_actor.user_id or 0, now=T0)
    assert get(community, cid).handler_id == manager_actor.user_id
    with pytest.raises(ValidationError), community.write() as s:
        lifecycle.transfer(s, desk_actor, cid, to_user_id=99_999, now=T0)
    with community.write() as s:
        lifecycle.refer(s, desk_actor, cid, body="供电公司", now=T0 + timedelta(minutes=3))
    c = get(community, cid)
    assert c.status == "referred" and c.referred_to == "供电公司" and c.next_due is None


def test_satisfaction_must_be_one_to_five(community: Store, desk_actor: Actor) -> None:
    cid = new(community, desk_actor)
    with community.write() as s:
        lifecycle.respond(s, desk_actor, cid, now=T0)
        lifecycle.resolve(s, desk_actor, cid, result="好了", now=T0)
    with pytest.raises(ValidationError), community.write() as s:
        lifecycle.follow_up(s, desk_actor, cid, satisfaction=6, now=T0)
    with community.read() as s:
        assert s.execute(select(func.count()).select_from(Complaint)
                         .where(Complaint.satisfaction.is_not(None))).scalar_one() == 0


def test_an_alert_ends_when_its_clock_stops(community: Store, desk_actor: Actor) -> None:
    from localdb.complaints import alerts
    from localdb.roles import SYSTEM

    cid = new(community, desk_actor)
    with community.write() as s:  # five hours later the 4-hour response clock is overdue
        alerts.scan(s, SYSTEM, now=T0 + timedelta(hours=5))
    with community.read() as s:
        assert [(a.clock, a.level) for a in alerts.pending(s)] == [("response", "overdue")]
        assert [v.complaint_id for v in alerts.supervisions(s)] == [cid]
    with community.write() as s:
        lifecycle.respond(s, desk_actor, cid, now=T0 + timedelta(hours=5, minutes=1))
    with community.read() as s:
        assert alerts.pending(s) == []
