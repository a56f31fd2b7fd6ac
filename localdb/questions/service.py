"""The writes of a question: raised at the desk (or the kiosk), answered by
staff within its deadline, shown with the record when a manager allows it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.complaints import clock
from localdb.complaints.records import serialize_writers
from localdb.errors import StoreError, ValidationError
from localdb.models import Record, RecordQuestion, Room, Setting, utcnow
from localdb.records.states import PUBLIC_STATES
from localdb.roles import Actor, Permission

SHANGHAI = ZoneInfo("Asia/Shanghai")
CHANNELS: dict[str, str] = {"desk": "服务中心前台", "kiosk": "查询机"}
#: Store setting (JSON int) overriding the default answer time in working days.
ANSWER_DAYS_KEY = "question_answer_days"
DEFAULT_ANSWER_DAYS = 5
MAX_TEXT = 1000
MAX_ANSWER = 2000


def answer_due(session: Session, asked_at: datetime) -> tuple[datetime, bool]:
    """End of working time on the Nth working day after the day asked (that day
    not counted), on the complaints' work calendar; and whether the calendar
    had to guess a year without an official schedule."""
    raw = session.execute(select(Setting.value).where(Setting.key == ANSWER_DAYS_KEY)).scalar()
    days = int(json.loads(raw)) if raw else DEFAULT_ANSWER_DAYS
    calendar = clock.context(session).calendar
    asked_day = asked_at.astimezone(SHANGHAI).date()
    due_day = calendar.working_days_after(asked_day, days)
    return calendar.end_of(due_day), bool(calendar.unconfirmed_years(asked_day, due_day))


def _snapshot(q: RecordQuestion) -> dict[str, Any]:
    return {
        "number": q.number, "record_id": q.record_id, "channel": q.channel, "room_id": q.room_id,
        "phone": q.phone, "text": q.text, "asked_at": q.asked_at.isoformat(),
        "answer_due": q.answer_due.isoformat(), "answer": q.answer,
        "answered_at": q.answered_at.isoformat() if q.answered_at else None,
        "answered_by": q.answered_by, "shown_publicly": q.shown_publicly,
    }


def _next_number(session: Session, at: datetime) -> str:
    prefix = "ZY" + at.astimezone(SHANGHAI).strftime("%Y%m%d") + "-"
    last = session.execute(select(func.max(RecordQuestion.number)).where(
        RecordQuestion.number >= prefix, RecordQuestion.number < prefix + "~")).scalar()
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:04d}"


def raise_question(session: Session, actor: Actor, record_id: int, room_id: int | None, phone: str,
                   text: str, channel: str, now: datetime | None = None) -> tuple[int, str, datetime]:
    """A resident questions a public record; returns (id, number, answer due)."""
    actor.require(Permission.RAISE_QUESTION)
    now = now or utcnow()
    if channel not in CHANNELS:
        raise ValidationError("question_bad_channel", field="渠道", value=channel)
    body = validate.text(text, "质疑内容", limit=MAX_TEXT)
    number_text = validate.phone(phone, "联系电话")
    if room_id is not None and session.get(Room, room_id) is None:
        raise ValidationError("unknown_room", field="房号", value=room_id)
    record = session.get(Record, record_id)
    if record is None:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    if record.state not in PUBLIC_STATES:
        raise StoreError("question_not_public")
    serialize_writers(session)  # numbering and the audit chain agree across PCs
    due, guessed = answer_due(session, now)
    question = RecordQuestion(
        number=_next_number(session, now), record_id=record.id, channel=channel, room_id=room_id,
        phone=number_text, text=body, asked_at=now, answer_due=due, unconfirmed_calendar=guessed,
        answer="", shown_publicly=False, created_by=actor.user_id,
    )
    session.add(question)
    session.flush()
    audit.record(session, actor, "question.raise", "record_question", question.id, None,
                 _snapshot(question))
    return question.id, question.number, due


def _get(session: Session, question_id: int) -> RecordQuestion:
    question = session.execute(select(RecordQuestion).where(RecordQuestion.id == question_id)
                               .with_for_update()).scalar_one_or_none()
    if question is None:
        raise StoreError("not_found", what="质疑", ident=question_id)
    return question


def answer(session: Session, actor: Actor, question_id: int, text: str,
           now: datetime | None = None) -> Changes:
    """Staff answer (or revise the answer; a revised answer must be allowed
    to show again)."""
    actor.require(Permission.ANSWER_QUESTIONS)
    now = now or utcnow()
    body = validate.text(text, "答复", limit=MAX_ANSWER)
    question = _get(session, question_id)
    before = _snapshot(question)
    question.answer = body
    question.answered_at = now
    question.answered_by = actor.user_id
    question.shown_publicly = False
    session.flush()
    audit.record(session, actor, "question.answer", "record_question", question.id, before,
                 _snapshot(question))
    return Changes(questions=True)


def set_shown(session: Session, actor: Actor, question_id: int, shown: bool,
              now: datetime | None = None) -> Changes:
    """A manager allows (or stops) showing an answered question with its record."""
    actor.require(Permission.SHOW_ANSWERS)
    question = _get(session, question_id)
    if shown and question.answered_at is None:
        raise StoreError("question_not_answered")
    before = _snapshot(question)
    question.shown_publicly = shown
    session.flush()
    audit.record(session, actor, "question.show" if shown else "question.hide", "record_question",
                 question.id, before, _snapshot(question))
    return Changes(questions=True)
