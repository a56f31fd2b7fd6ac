"""What the desk reads: ids in desk order, rows fetched by id, one detail."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from localdb.complaints import clock
from localdb.complaints.states import OPEN, Status
from localdb.models import (
    Building,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintPhoto,
    Resident,
    Room,
    Unit,
    User,
)


@dataclass(frozen=True)
class DeskFilter:
    handler_id: int | None = None  # "mine"
    channel: str | None = None
    category_id: int | None = None
    overdue_at: datetime | None = None  # only complaints with a clock past due at this time
    paused_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class DeskRow:
    id: int
    number: str
    status: str
    channel: str
    category: str
    urgency: str
    place: str
    contact: str
    phone: str
    summary: str
    received_at: datetime
    response_due: datetime
    responded_at: datetime | None
    resolution_due: datetime | None
    resolved_at: datetime | None
    handler: str
    repeat: bool
    unconfirmed_calendar: bool
    satisfaction: int | None


def room_label(building: str, unit: str, number: str) -> str:
    return f"{building}-{unit}-{number}"


def _desk_select(f: DeskFilter) -> Select[tuple[int]]:
    stmt = select(Complaint.id).where(Complaint.status.in_([s.value for s in OPEN]))
    if f.handler_id is not None:
        stmt = stmt.where(Complaint.handler_id == f.handler_id)
    if f.channel:
        stmt = stmt.where(Complaint.channel == f.channel)
    if f.category_id is not None:
        stmt = stmt.where(Complaint.category_id == f.category_id)
    if f.paused_only:
        stmt = stmt.where(Complaint.status == Status.PAUSED.value)
    if f.overdue_at is not None:
        stmt = stmt.where(Complaint.next_due <= f.overdue_at)
    text = f.text.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(
            Complaint.number.like(like), Complaint.description.like(like),
            Complaint.contact_name.like(like), Complaint.contact_phone.like(like),
            Complaint.location.like(like),
        ))
    return stmt


def open_ids(session: Session, f: DeskFilter = DeskFilter()) -> list[int]:
    """Open complaints, most urgent first (earliest running deadline)."""
    stmt = _desk_select(f).order_by(Complaint.next_due.is_(None), Complaint.next_due, Complaint.id)
    return list(session.execute(stmt).scalars())


def follow_up_ids(session: Session) -> list[int]:
    """Resolved complaints waiting for a callback (回访), oldest first."""
    stmt = (
        select(Complaint.id)
        .where(Complaint.status == Status.RESOLVED.value, Complaint.callback_wanted)
        .order_by(Complaint.resolved_at, Complaint.id)
    )
    return list(session.execute(stmt).scalars())


_ROW_COLUMNS = (
    Complaint.id, Complaint.number, Complaint.status, Complaint.channel, Complaint.urgency,
    Complaint.location, Complaint.contact_name, Complaint.contact_phone, Complaint.description,
    Complaint.received_at, Complaint.response_due, Complaint.responded_at,
    Complaint.resolution_due, Complaint.resolved_at, Complaint.repeat_of_id,
    Complaint.unconfirmed_calendar, Complaint.satisfaction,
)


def rows(session: Session, ids: Sequence[int]) -> dict[int, DeskRow]:
    """The rows for these ids (the desk asks only for what is on screen).
    Plain columns, no ORM objects: this runs for every block the desk shows."""
    if not ids:
        return {}
    handler = aliased(User)
    stmt = (
        select(*_ROW_COLUMNS, ComplaintCategory.name, Room.number, Unit.name, Building.name,
               handler.display_name)
        .join(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .outerjoin(Room, Room.id == Complaint.room_id)
        .outerjoin(Unit, Unit.id == Room.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(handler, handler.id == Complaint.handler_id)
        .where(Complaint.id.in_(list(ids)))
    )
    out: dict[int, DeskRow] = {}
    for (cid, number, status, channel, urgency, location, contact, phone, description,
         received_at, response_due, responded_at, resolution_due, resolved_at, repeat_of_id,
         unconfirmed, satisfaction, category, room, unit, building,
         handler_name) in session.execute(stmt):
        place = room_label(building, unit, room) if room else ""
        if location:
            place = f"{place} {location}".strip()
        out[cid] = DeskRow(
            id=cid, number=number, status=status, channel=channel, category=category,
            urgency=urgency, place=place, contact=contact, phone=phone,
            summary=description[:80].replace("\n", " "), received_at=received_at,
            response_due=response_due, responded_at=responded_at,
            resolution_due=resolution_due, resolved_at=resolved_at, handler=handler_name or "",
            repeat=repeat_of_id is not None, unconfirmed_calendar=unconfirmed,
            satisfaction=satisfaction,
        )
    return out


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    at: datetime
    actor: str
    data: dict[str, object]


@dataclass(frozen=True)
class ComplaintDetail:
    row: DeskRow
    description: str
    result: str
    referred_to: str
    follow_up_comment: str
    callback_wanted: bool
    repeat_of: str | None
    timeline: tuple[TimelineEntry, ...]
    response_explanation: tuple[str, ...]
    resolution_explanation: tuple[str, ...]
    warnings: tuple[str, ...]
    photos: tuple[tuple[str, str], ...]  # (sha256, filename)


def detail(session: Session, complaint_id: int, now: datetime) -> ComplaintDetail:
    row = rows(session, [complaint_id])[complaint_id]
    c = session.get(Complaint, complaint_id)
    assert c is not None
    events = session.execute(
        select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).scalars()
    timeline = tuple(TimelineEntry(e.kind, e.at, e.actor_name, json.loads(e.data)) for e in events)
    explained = clock.explain(session, c, now)
    repeat_of = None
    if c.repeat_of_id is not None:
        repeat_of = session.execute(
            select(Complaint.number).where(Complaint.id == c.repeat_of_id)).scalar()
    photos = tuple(session.execute(
        select(ComplaintPhoto.sha256, ComplaintPhoto.filename)
        .where(ComplaintPhoto.complaint_id == complaint_id).order_by(ComplaintPhoto.id)
    ).tuples())
    return ComplaintDetail(
        row=row, description=c.description, result=c.result, referred_to=c.referred_to,
        follow_up_comment=c.follow_up_comment, callback_wanted=c.callback_wanted,
        repeat_of=repeat_of, timeline=timeline, response_explanation=explained.response,
        resolution_explanation=explained.resolution, warnings=explained.warnings, photos=photos,
    )


@dataclass(frozen=True)
class RoomChoice:
    room_id: int
    label: str  # 3栋-2单元-1502
    resident_id: int | None
    resident_name: str
    phone: str


def room_choices(session: Session, text: str, limit: int = 20) -> list[RoomChoice]:
    """Type-ahead for the room picker: 楼栋-单元-房号, a resident's name or phone."""
    text = text.strip()
    if not text:
        return []
    label = Building.name + "-" + Unit.name + "-" + Room.number
    compact = func.replace(func.replace(func.replace(label, "栋", ""), "单元", ""), "-", "")
    typed = text.replace("栋", "").replace("单元", "").replace("-", "").replace(" ", "")
    stmt = (
        select(Room.id, label, Resident.id, Resident.name, Resident.phone)
        .join(Unit, Unit.id == Room.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .outerjoin(Resident, Resident.room_id == Room.id)
        .where(or_(
            compact.like(typed + "%"), label.like(f"%{text}%"),
            Resident.name.like(f"{text}%"), Resident.phone.like(f"%{text}%"),
        ))
        .order_by(Building.sort_key, Unit.sort_key, Room.floor, Room.number, Resident.is_owner.desc())
        .limit(limit)
    )
    return [RoomChoice(room_id, lab, rid, name or "", phone or "")
            for room_id, lab, rid, name, phone in session.execute(stmt)]


def categories(session: Session, *, active_only: bool = True) -> list[tuple[int, str, str]]:
    stmt = select(ComplaintCategory.id, ComplaintCategory.name, ComplaintCategory.urgency)
    if active_only:
        stmt = stmt.where(ComplaintCategory.active)
    return [(i, name, urgency)
            for i, name, urgency in session.execute(stmt.order_by(ComplaintCategory.sort_key))]
