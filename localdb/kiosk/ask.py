"""The kiosk's one write: a resident questions (质疑) a public record.

Rate-limited here, not in the screen: at most ``questions_per_window``
questions from the kiosk in WINDOW_MINUTES and ``questions_per_room_per_day``
from one room in a Beijing day (localdb.kiosk.settings). A centre has one
query desk, so every question arriving through the kiosk channel counts
towards the kiosk's limit. The phone is stored for the answer and never shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import questions
from localdb.changes import Changes
from localdb.complaints.records import serialize_writers
from localdb.errors import StoreError, ValidationError
from localdb.kiosk.settings import WINDOW_MINUTES, get_kiosk_settings
from localdb.models import Building, RecordQuestion, Room, Unit, utcnow
from localdb.roles import Actor, Permission
from localdb.workcalendar import SHANGHAI

CHANNEL = "kiosk"


@dataclass(frozen=True)
class Asked:
    number: str  # the reference number the resident keeps (ZY20261127-0001)
    answer_due: datetime


@dataclass(frozen=True)
class Address:
    building: str
    units: tuple[str, ...]


def addresses(session: Session) -> list[Address]:
    """Buildings with their units, for the form's pickers (no rooms, no people)."""
    rows = session.execute(
        select(Building.name, Unit.name).join(Unit, Unit.building_id == Building.id)
        .order_by(Building.sort_key, Building.id, Unit.sort_key, Unit.id)).tuples().all()
    out: dict[str, list[str]] = {}
    for building, unit in rows:
        out.setdefault(building, []).append(unit)
    return [Address(b, tuple(u)) for b, u in out.items()]


def _room_id(session: Session, building: str, unit: str, number: str) -> int:
    number = number.strip()
    if not (building and unit and number):
        raise ValidationError("kiosk_room_needed", field="房号")
    found = session.execute(
        select(Room.id).join(Unit, Unit.id == Room.unit_id).join(Building, Building.id == Unit.building_id)
        .where(Building.name == building, Unit.name == unit, Room.number == number)).scalar()
    if found is None:
        raise ValidationError("unknown_room", field="房号", value=f"{building}-{unit}-{number}")
    return int(found)


def ask(session: Session, actor: Actor, record_id: int, building: str, unit: str, room: str,
        phone: str, text: str, now: datetime | None = None) -> tuple[Changes, Asked]:
    actor.require(Permission.RAISE_QUESTION)
    now = now or utcnow()
    room_id = _room_id(session, building, unit, room)
    serialize_writers(session)  # two kiosks on one server count each other's questions
    limits = get_kiosk_settings(session)
    recent = session.execute(
        select(func.count()).select_from(RecordQuestion)
        .where(RecordQuestion.channel == CHANNEL,
               RecordQuestion.asked_at > now - timedelta(minutes=WINDOW_MINUTES),
               RecordQuestion.asked_at <= now)).scalar_one()
    if recent >= limits.questions_per_window:
        raise StoreError("kiosk_busy", minutes=WINDOW_MINUTES, limit=limits.questions_per_window)
    day = datetime.combine(now.astimezone(SHANGHAI).date(), time(), SHANGHAI).astimezone(UTC)
    today = session.execute(
        select(func.count()).select_from(RecordQuestion)
        .where(RecordQuestion.channel == CHANNEL, RecordQuestion.room_id == room_id,
               RecordQuestion.asked_at >= day,
               RecordQuestion.asked_at < day + timedelta(days=1))).scalar_one()
    if today >= limits.questions_per_room_per_day:
        raise StoreError("kiosk_room_limit", limit=limits.questions_per_room_per_day)
    _, number, due = questions.raise_question(session, actor, record_id, room_id, phone, text, CHANNEL, now)
    return Changes(questions=True), Asked(number, due)
