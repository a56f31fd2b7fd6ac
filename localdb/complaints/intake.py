"""受理: log a walk-in or phone complaint, and find earlier ones like it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from localdb import validate
from localdb.changes import Changes
from localdb.complaints import clock, records
from localdb.complaints.queries import room_label
from localdb.complaints.states import Status
from localdb.deadlines import Channel
from localdb.errors import ValidationError
from localdb.models import (
    Blob,
    Building,
    Complaint,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintPhoto,
    Resident,
    Room,
    Unit,
    User,
    utcnow,
)
from localdb.roles import Actor, Permission

SHANGHAI = ZoneInfo("Asia/Shanghai")
MAX_DESCRIPTION = 2000
MAX_PHOTO_MB = 10
#: A received time may be this far ahead of our clock (another PC's clock).
CLOCK_SLACK = timedelta(minutes=2)
REPEAT_WINDOW_DAYS = 30


@dataclass(frozen=True)
class PhotoInput:
    filename: str
    data: bytes
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class ComplaintInput:
    channel: str
    category_id: int | None
    description: str
    room_id: int | None = None
    resident_id: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    location: str = ""
    callback_wanted: bool = True
    received_at: datetime | None = None  # None: now
    handler_id: int | None = None
    photos: tuple[PhotoInput, ...] = field(default=())
    city_id: str | None = None


@dataclass(frozen=True)
class RepeatCandidate:
    id: int
    number: str
    received_at: datetime
    category: str
    status: str
    summary: str
    same_room: bool


def _validated(session: Session, data: ComplaintInput,
               now: datetime) -> tuple[ComplaintInput, ComplaintCategory]:
    try:
        Channel(data.channel)
    except ValueError as exc:
        raise ValidationError("unknown_channel", field="channel", value=data.channel) from exc
    description = validate.text(data.description, "问题描述", limit=MAX_DESCRIPTION)
    location = validate.text(data.location, "地点", limit=100, required=False)
    contact_name = validate.text(data.contact_name, "联系人", limit=50, required=False)
    phone = validate.phone(data.contact_phone, "联系电话")
    category = session.get(ComplaintCategory, data.category_id) if data.category_id else None
    if category is None or not category.active:
        raise ValidationError("unknown_category", field="category")
    if data.room_id is not None and session.get(Room, data.room_id) is None:
        raise ValidationError("unknown_room", field="room", value=data.room_id)
    if data.room_id is None and not location:
        raise ValidationError("room_or_location", field="room")
    if data.resident_id is not None:
        resident = session.get(Resident, data.resident_id)
        if resident is None or resident.room_id != data.room_id:
            raise ValidationError("unknown_room", field="room", value=data.room_id)
    received = data.received_at or now
    if received.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    if received > now + CLOCK_SLACK:
        local = received.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        raise ValidationError("received_in_future", field="received_at", value=local)
    if data.handler_id is not None and session.get(User, data.handler_id) is None:
        raise ValidationError("unknown_user", field="handler", ident=data.handler_id)
    for photo in data.photos:
        if len(photo.data) > MAX_PHOTO_MB * 1024 * 1024:
            raise ValidationError("photo_too_large", field="photos", name=photo.filename,
                                  limit=MAX_PHOTO_MB)
    return ComplaintInput(
        channel=data.channel, category_id=category.id, description=description,
        room_id=data.room_id, resident_id=data.resident_id, contact_name=contact_name,
        contact_phone=phone, location=location, callback_wanted=data.callback_wanted,
        received_at=received, handler_id=data.handler_id, photos=data.photos,
        city_id=data.city_id,
    ), category


def _next_number(session: Session, received: datetime) -> str:
    prefix = "TS" + received.astimezone(SHANGHAI).strftime("%Y%m%d") + "-"
    # A range on the unique index, not LIKE (which SQLite cannot serve from it).
    last = session.execute(
        select(func.max(Complaint.number))
        .where(Complaint.number >= prefix, Complaint.number < prefix + "~")
    ).scalar()
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:04d}"


def _room_label(session: Session, room_id: int | None) -> str:
    if room_id is None:
        return ""
    row = session.execute(
        select(Building.name, Unit.name, Room.number).join(Unit, Unit.id == Room.unit_id)
        .join(Building, Building.id == Unit.building_id).where(Room.id == room_id)).first()
    return room_label(*row) if row else ""


def _store_photo(session: Session, complaint_id: int, photo: PhotoInput) -> None:
    digest = hashlib.sha256(photo.data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, mime=photo.mime, size=len(photo.data), data=photo.data))
        session.flush()
    session.add(ComplaintPhoto(complaint_id=complaint_id, sha256=digest,
                               filename=photo.filename[:200]))


def find_repeats(session: Session, *, room_id: int | None, location: str, category_id: int | None,
                 now: datetime, window_days: int = REPEAT_WINDOW_DAYS,
                 exclude_id: int | None = None, limit: int = 10) -> list[RepeatCandidate]:
    """Earlier complaints from the same room, or the same place and category."""
    since = now - timedelta(days=window_days)
    conditions = []
    if room_id is not None:
        conditions.append(Complaint.room_id == room_id)
    place = location.strip()
    if place and category_id is not None:
        conditions.append((Complaint.location == place) & (Complaint.category_id == category_id))
    if not conditions:
        return []
    stmt = (
        select(Complaint.id, Complaint.number, Complaint.received_at, ComplaintCategory.name,
               Complaint.status, Complaint.description, Complaint.room_id)
        .join(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .where(or_(*conditions), Complaint.received_at >= since, Complaint.received_at <= now)
        .order_by(Complaint.received_at.desc())
        .limit(limit)
    )
    if exclude_id is not None:
        stmt = stmt.where(Complaint.id != exclude_id)
    return [
        RepeatCandidate(cid, number, at, name, status, description[:60],
                        room_id is not None and room == room_id)
        for cid, number, at, name, status, description, room in session.execute(stmt)
    ]


def intake(session: Session, actor: Actor, data: ComplaintInput,
           now: datetime | None = None) -> tuple[Changes, int]:
    """Save a new complaint with its clocks, timeline, audit and outbox entries."""
    actor.require(Permission.LOG_COMPLAINTS)
    now = now or utcnow()
    records.serialize_writers(session)
    data, category = _validated(session, data, now)
    received = data.received_at or now
    repeats = find_repeats(session, room_id=data.room_id, location=data.location,
                           category_id=data.category_id, now=received)
    complaint = Complaint(
        number=_next_number(session, received), channel=data.channel,
        category_id=category.id, urgency=category.urgency, status=Status.RECEIVED.value,
        room_id=data.room_id, resident_id=data.resident_id, contact_name=data.contact_name,
        contact_phone=data.contact_phone, location=data.location, description=data.description,
        callback_wanted=data.callback_wanted, handler_id=data.handler_id or actor.user_id,
        received_at=received, repeat_of_id=repeats[0].id if repeats else None,
        city_id=data.city_id, created_by=actor.user_id,
    )
    clock.refresh(session, complaint, now, new=True)  # due times go in with the first insert
    session.add(complaint)
    session.flush()
    for photo in data.photos:
        _store_photo(session, complaint.id, photo)
    records.add_event(session, complaint, actor, "received",
                      {"channel": data.channel, "repeat_of": complaint.repeat_of_id}, at=received)
    if actor.user_id is not None:
        session.execute(delete(ComplaintDraft).where(ComplaintDraft.user_id == actor.user_id))
    # The outbox payload is all the city needs to create the request: it is
    # sent as it was made, however the complaint changes before the send.
    records.record_change(session, actor, complaint, "received", None,
                          {"channel": data.channel, "category": category.name,
                           "received_at": received.isoformat(),
                           "response_due": complaint.response_due.isoformat(),
                           "resolution_due": complaint.resolution_due.isoformat()
                           if complaint.resolution_due else None,
                           "urgency": complaint.urgency, "description": data.description,
                           "location": data.location, "room": _room_label(session, data.room_id),
                           "contact_name": data.contact_name, "contact_phone": data.contact_phone})
    return Changes(complaints=True), complaint.id
