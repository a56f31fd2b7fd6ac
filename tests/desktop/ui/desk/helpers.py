"""Shared steps for the desk's GUI tests: complaints made straight in the
store (tests may touch the DB; the UI may not), and waiting on the worker."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from localdb.complaints import intake, queries
from localdb.complaints.intake import ComplaintInput
from localdb.engine import Store
from localdb.models import Complaint, ComplaintCategory, utcnow
from localdb.roles import Actor


def category_id(store: Store, name: str) -> int:
    with store.read() as session:
        return session.execute(
            select(ComplaintCategory.id).where(ComplaintCategory.name == name)).scalar_one()


def add_complaint(store: Store, actor: Actor, *, category: str = "公共设施报修",
                  minutes_ago: int = 0, location: str = "3栋大堂", description: str = "楼道灯不亮",
                  room: str | None = None, now: datetime | None = None) -> int:
    """Log one complaint received ``minutes_ago`` (walk-in, at a place or a room)."""
    now = now or utcnow()
    with store.write() as session:
        room_id = resident_id = None
        if room is not None:
            choice = queries.room_choices(session, room, limit=1)[0]
            room_id, resident_id = choice.room_id, choice.resident_id
        _, cid = intake.intake(session, actor, ComplaintInput(
            channel="walk_in", category_id=category_id(store, category), description=description,
            location="" if room_id else location, room_id=room_id, resident_id=resident_id,
            received_at=now - timedelta(minutes=minutes_ago)), now=now)
    return cid


def complaint(store: Store, cid: int) -> dict[str, Any]:
    with store.read() as session:
        c = session.get(Complaint, cid)
        assert c is not None
        return {"status": c.status, "satisfaction": c.satisfaction, "result": c.result,
                "comment": c.follow_up_comment, "description": c.description,
                "room_id": c.room_id, "contact_phone": c.contact_phone}


def count_complaints(store: Store) -> int:
    with store.read() as session:
        return len(session.execute(select(Complaint.id)).all())
