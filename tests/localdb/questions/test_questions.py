"""Questions (质疑): a deadline in working days, staff answers, a manager shows them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from localdb import audit, questions
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.models import AuditEntry, Building, Community, Room, Unit
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import KIOSK, Actor

# 2026-09-30 10:00 in Chengdu, the day before the National Day holiday (Oct 1–7),
# with Saturday Oct 10 a make-up working day.
ASKED = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)


def public_record(store: Store, desk: Actor, manager: Actor) -> int:
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk, RecordDraft(
            category_code="finance", subcategory_code="fee_standards", title="物业服务收费标准"), ASKED)
        lifecycle.submit(s, desk, rid, ASKED)
        lifecycle.publish(s, manager, rid, ASKED)
    return rid


def a_room(store: Store) -> int:
    with store.write() as s:
        community = s.execute(select(Community)).scalar_one()
        building = Building(community_id=community.id, name="3栋", sort_key=3)
        s.add(building)
        s.flush()
        unit = Unit(building_id=building.id, name="2单元", sort_key=2)
        s.add(unit)
        s.flush()
        room = Room(unit_id=unit.id, number="1502", floor=15)
        s.add(room)
        s.flush()
        return room.id


def test_answer_due_is_five_working_days_over_national_day(store: Store, desk_actor: Actor,
                                                           manager_actor: Actor) -> None:
    rid = public_record(store, desk_actor, manager_actor)
    room_id = a_room(store)
    with store.write() as s:
        qid, number, due = questions.raise_question(
            s, desk_actor, rid, room_id, "13812345678", "电梯费为何上涨？", "desk", ASKED)
    # Oct 8 (1), Oct 9 (2), Sat Oct 10 make-up day (3), Oct 12 (4), Oct 13 (5): 18:00 local.
    assert due == datetime(2026, 10, 13, 10, 0, tzinfo=UTC)
    assert number == "ZY20260930-0001"
    with store.read() as s:
        row = questions.open_questions(s, ASKED)[0]
    assert (row.id, row.answer_due, row.unconfirmed_calendar, row.phone) == (qid, due, False, "13812345678")
    assert row.room == "3栋-2单元-1502" and not row.overdue


def test_raise_answer_show(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = public_record(store, desk_actor, manager_actor)
    with store.write() as s:
        qid, _, due = questions.raise_question(s, KIOSK, rid, None, "", "停车收益去了哪里？", "kiosk", ASKED)
        _, second, _ = questions.raise_question(s, KIOSK, rid, None, "", "第二个问题", "kiosk", ASKED)
    assert second.endswith("-0002")
    with pytest.raises(StoreError) as err, store.write() as s:
        questions.set_shown(s, manager_actor, qid, True, ASKED)
    assert err.value.code == "question_not_answered"
    with pytest.raises(PermissionDenied), store.write() as s:
        questions.answer(s, KIOSK, qid, "答复", ASKED)
    late = due + timedelta(hours=1)
    with store.write() as s:
        questions.answer(s, desk_actor, qid, "停车收益已计入共有部分经营收益，见十月收支表。", late)
    with pytest.raises(PermissionDenied), store.write() as s:  # desk staff may not publish answers
        questions.set_shown(s, desk_actor, qid, True, late)
    with store.write() as s:
        questions.set_shown(s, manager_actor, qid, True, late)
    with store.read() as s:
        rows = questions.questions_for_record(s, rid, late)
        open_now = questions.count_open(s, late)
        assert [q.id for q in questions.answered_questions(s, late)] == [qid]
        assert [q.number for q in questions.open_questions(s, late)] == [second]
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.entity == "record_question")
                                 .order_by(AuditEntry.seq)).scalars())
        assert audit.verify(s).ok
    answered = rows[0]
    assert (answered.answered_by, answered.shown_publicly, answered.overdue) == ("张丽", True, True)
    assert open_now == (1, 1)  # the second one is still unanswered, and late
    assert actions == ["question.raise", "question.raise", "question.answer", "question.show"]
    with store.write() as s:  # a revised answer must be allowed again
        questions.answer(s, desk_actor, qid, "补充：收益用途见业主大会决议。", late)
    with store.read() as s:
        assert not questions.questions_for_record(s, rid, late)[0].shown_publicly


def test_questions_only_on_public_records(store: Store, desk_actor: Actor) -> None:
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk_actor, RecordDraft(category_code="rules", title="草稿"), ASKED)
    with pytest.raises(StoreError) as err, store.write() as s:
        questions.raise_question(s, KIOSK, rid, None, "", "问题", "kiosk", ASKED)
    assert err.value.code == "question_not_public"


@pytest.mark.parametrize(("phone", "text", "channel", "code"), [
    ("", "  ", "desk", "required"),
    ("12345", "问题", "desk", "bad_phone"),
    ("", "问题", "wechat", "question_bad_channel"),
])
def test_bad_questions_refused(store: Store, desk_actor: Actor, manager_actor: Actor, phone: str,
                               text: str, channel: str, code: str) -> None:
    rid = public_record(store, desk_actor, manager_actor)
    with pytest.raises(ValidationError) as err, store.write() as s:
        questions.raise_question(s, desk_actor, rid, None, phone, text, channel, ASKED)
    assert err.value.code == code
