"""Staff-side reads of questions: what is open (by deadline) and a record's list.

The public side (answers a manager allowed to show) is in
localdb.records.queries; these rows carry the phone and room, for staff only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from localdb.complaints.queries import room_label
from localdb.models import Building, Record, RecordQuestion, Room, Unit, User


@dataclass(frozen=True)
class QuestionRow:
    id: int
    number: str
    record_id: int
    record_title: str
    channel: str
    room: str  # 3栋-2单元-1502, or ""
    phone: str
    text: str
    asked_at: datetime
    answer_due: datetime
    unconfirmed_calendar: bool
    answer: str
    answered_at: datetime | None
    answered_by: str  # display name, or ""
    shown_publicly: bool
    overdue: bool  # unanswered past its due, or answered late


_Row = tuple[RecordQuestion, str, str, str, str, str]  # outer joins: the last four may be None


def _query() -> Select[_Row]:
    answerer = aliased(User)
    return (
        select(RecordQuestion, Record.title, Building.name, Unit.name, Room.number,
               answerer.display_name)
        .join(Record, Record.id == RecordQuestion.record_id)
        .outerjoin(Room, Room.id == RecordQuestion.room_id)
        .outerjoin(Unit, Unit.id == Room.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(answerer, answerer.id == RecordQuestion.answered_by)
    )


def _rows(session: Session, stmt: Select[_Row], now: datetime) -> list[QuestionRow]:
    out = []
    for q, title, building, unit, number, answerer in session.execute(stmt).tuples():
        done = q.answered_at if q.answered_at is not None else now
        out.append(QuestionRow(
            q.id, q.number, q.record_id, title, q.channel,
            room_label(building, unit, number) if number and building and unit else "",
            q.phone, q.text, q.asked_at, q.answer_due, q.unconfirmed_calendar, q.answer,
            q.answered_at, answerer or "", q.shown_publicly, done > q.answer_due,
        ))
    return out


def open_questions(session: Session, now: datetime, *, limit: int = 200) -> list[QuestionRow]:
    """Unanswered questions, the nearest deadline first."""
    stmt = (_query().where(RecordQuestion.answered_at.is_(None))
            .order_by(RecordQuestion.answer_due, RecordQuestion.id).limit(limit))
    return _rows(session, stmt, now)


def answered_questions(session: Session, now: datetime, *, limit: int = 200) -> list[QuestionRow]:
    """Answered questions, the newest answer first (to answer again or to show)."""
    stmt = (_query().where(RecordQuestion.answered_at.is_not(None))
            .order_by(RecordQuestion.answered_at.desc(), RecordQuestion.id.desc()).limit(limit))
    return _rows(session, stmt, now)


def questions_for_record(session: Session, record_id: int, now: datetime) -> list[QuestionRow]:
    """Every question on one record version, oldest first."""
    stmt = (_query().where(RecordQuestion.record_id == record_id)
            .order_by(RecordQuestion.asked_at, RecordQuestion.id))
    return _rows(session, stmt, now)


def count_open(session: Session, now: datetime) -> tuple[int, int]:
    """(unanswered, of which past their deadline)."""
    total, late = session.execute(
        select(func.count(), func.count().filter(RecordQuestion.answer_due < now))
        .select_from(RecordQuestion).where(RecordQuestion.answered_at.is_(None))
    ).one()
    return int(total), int(late)
