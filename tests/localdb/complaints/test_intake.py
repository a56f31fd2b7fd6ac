"""Intake: one transaction writes the complaint, its clocks, timeline, audit
and outbox entry; bad input saves nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from localdb import audit
from localdb.complaints import queries
from localdb.complaints.intake import ComplaintInput, PhotoInput, intake
from localdb.engine import Store
from localdb.errors import PermissionDenied, ValidationError
from localdb.models import Blob, Complaint, ComplaintEvent, ComplaintPhoto, OutboxEntry
from localdb.roles import KIOSK, Actor
from tests.localdb.complaints.conftest import T0, category_id, counts


def walk_in(store: Store, **kw: object) -> ComplaintInput:
    base: dict[str, object] = {
        "channel": "walk_in", "category_id": category_id(store, "公共设施报修"),
        "description": "3栋大堂的灯不亮了", "room_id": 1, "contact_name": "李明",
        "contact_phone": "13800001234",
    }
    base.update(kw)
    return ComplaintInput(**base)  # type: ignore[arg-type]


def test_intake_writes_complaint_clocks_event_audit_and_outbox(community: Store,
                                                               desk_actor: Actor) -> None:
    with community.write() as s:
        _, cid = intake(s, desk_actor, walk_in(community), now=T0)
    with community.read() as s:
        c = s.get(Complaint, cid)
        assert c is not None
        assert c.number == "TS20260930-0001"
        assert c.status == "received" and c.handler_id == desk_actor.user_id
        # 16:20 in working time: 4 clock hours; ordinary: 2nd working day after the
        # receipt day, and 2026-10-01..07 is the National Day holiday.
        assert c.response_due == T0 + timedelta(hours=4)
        assert c.resolution_due is not None
        assert c.resolution_due.isoformat() == "2026-10-09T10:00:00+00:00"
        assert c.next_due == c.response_due
        kinds = s.execute(select(ComplaintEvent.kind).where(ComplaintEvent.complaint_id == cid))
        assert list(kinds.scalars()) == ["received"]
        outbox = s.execute(select(OutboxEntry)).scalars().all()
        assert [o.kind for o in outbox] == ["complaint.received"]
        assert len(outbox[0].idempotency_key) == 36
        assert audit.verify(s).ok


def test_numbers_count_per_day(community: Store, desk_actor: Actor) -> None:
    with community.write() as s:
        intake(s, desk_actor, walk_in(community), now=T0)
        intake(s, desk_actor, walk_in(community, room_id=2), now=T0 + timedelta(minutes=1))
        intake(s, desk_actor, walk_in(community, room_id=3), now=T0 + timedelta(days=1))
    with community.read() as s:
        numbers = sorted(s.execute(select(Complaint.number)).scalars())
    assert numbers == ["TS20260930-0001", "TS20260930-0002", "TS20261001-0001"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"description": "   "}, "问题描述"),
        ({"description": "漏" * 20_000}, "问题描述"),
        ({"room_id": 999_999}, "room"),
        ({"room_id": None, "location": ""}, "room"),
        ({"contact_phone": "1380013"}, "联系电话"),
        ({"received_at": T0 + timedelta(hours=3)}, "received_at"),
        ({"category_id": None}, "category"),
        ({"channel": "email"}, "channel"),
        ({"photos": (PhotoInput("big.jpg", b"x" * (11 * 1024 * 1024)),)}, "photos"),
    ],
)
def test_bad_input_is_refused_and_saves_nothing(community: Store, desk_actor: Actor,
                                                change: dict[str, object], field: str) -> None:
    before = counts(community)
    with pytest.raises(ValidationError) as err, community.write() as s:
        intake(s, desk_actor, walk_in(community, **change), now=T0)
    assert err.value.field == field
    assert err.value.message  # a Chinese sentence the form shows
    assert counts(community) == before


def test_kiosk_cannot_log_a_complaint(community: Store) -> None:
    before = counts(community)
    with pytest.raises(PermissionDenied), community.write() as s:
        intake(s, KIOSK, walk_in(community), now=T0)
    assert counts(community) == before


def test_photos_are_stored_once_by_content(community: Store, desk_actor: Actor) -> None:
    photo = PhotoInput("灯.png", b"\x89PNG fake image bytes", "image/png")
    with community.write() as s:
        intake(s, desk_actor, walk_in(community, photos=(photo,)), now=T0)
        intake(s, desk_actor, walk_in(community, room_id=2, photos=(photo, photo)), now=T0)
    with community.read() as s:
        assert len(s.execute(select(Blob)).scalars().all()) == 1
        assert len(s.execute(select(ComplaintPhoto)).scalars().all()) == 3


def test_repeat_from_the_same_room_is_linked_and_shown_before_saving(
    community: Store, desk_actor: Actor
) -> None:
    with community.write() as s:
        _, first = intake(s, desk_actor, walk_in(community), now=T0)
    with community.read() as s:
        found = queries_find(s, room_id=1)
    assert [f.id for f in found] == [first] and found[0].same_room
    with community.write() as s:
        _, second = intake(s, desk_actor, walk_in(community, description="灯还是不亮"),
                           now=T0 + timedelta(days=2))
        _, unrelated = intake(s, desk_actor, walk_in(community, room_id=50),
                              now=T0 + timedelta(days=2))
    with community.read() as s:
        assert s.get(Complaint, second).repeat_of_id == first  # type: ignore[union-attr]
        assert s.get(Complaint, unrelated).repeat_of_id is None  # type: ignore[union-attr]
        rows = queries.rows(s, [second, unrelated])
    assert rows[second].repeat and not rows[unrelated].repeat


def test_repeat_by_place_and_category(community: Store, desk_actor: Actor) -> None:
    lift = category_id(community, "电梯困人")
    with community.write() as s:
        _, first = intake(s, desk_actor, walk_in(community, room_id=None, location="5栋电梯",
                                                 category_id=lift), now=T0)
        _, second = intake(s, desk_actor, walk_in(community, room_id=None, location="5栋电梯",
                                                  category_id=lift), now=T0 + timedelta(days=3))
        _, late = intake(s, desk_actor, walk_in(community, room_id=None, location="5栋电梯",
                                                category_id=lift), now=T0 + timedelta(days=40))
    with community.read() as s:
        assert s.get(Complaint, second).repeat_of_id == first  # type: ignore[union-attr]
        # 40 days later only the complaint 37 days before is outside the 30-day window,
        # but the one 3 days after the first is 37 days back too: no repeat.
        assert s.get(Complaint, late).repeat_of_id is None  # type: ignore[union-attr]


def queries_find(session: object, **kw: object) -> list:  # type: ignore[type-arg]
    from localdb.complaints.intake import find_repeats

    return find_repeats(session, location="", category_id=None,  # type: ignore[arg-type]
                        now=T0 + timedelta(hours=1), **kw)  # type: ignore[arg-type]
