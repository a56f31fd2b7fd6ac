"""Shared helpers for complaint services: loading, events, audit snapshot."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit, outbox
from localdb.errors import StoreError
from localdb.models import AuditHead, Complaint, ComplaintEvent, utcnow
from localdb.roles import Actor

SNAPSHOT_FIELDS = (
    "number", "status", "channel", "category_id", "urgency", "room_id", "resident_id",
    "contact_name", "contact_phone", "location", "description", "callback_wanted",
    "handler_id", "received_at", "responded_at", "resolved_at", "closed_at", "response_due",
    "resolution_due", "result", "satisfaction", "follow_up_comment", "referred_to",
    "repeat_of_id",
)


def snapshot(c: Complaint) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in SNAPSHOT_FIELDS:
        value = getattr(c, name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def serialize_writers(session: Session) -> None:
    """Take the audit chain's lock first, so numbering and the chain agree
    when several PCs write to one PostgreSQL server at once. (SQLite writers
    are already one at a time: the write transaction began IMMEDIATE.)"""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(AuditHead.id).where(AuditHead.id == 1).with_for_update())


def get(session: Session, complaint_id: int, *, for_update: bool = False) -> Complaint:
    stmt = select(Complaint).where(Complaint.id == complaint_id)
    if for_update:
        stmt = stmt.with_for_update()
    complaint = session.execute(stmt).scalar_one_or_none()
    if complaint is None:
        raise StoreError("not_found", what="投诉", ident=complaint_id)
    return complaint


def add_event(session: Session, complaint: Complaint, actor: Actor, kind: str,
              data: dict[str, Any] | None = None, at: Any = None) -> ComplaintEvent:
    event = ComplaintEvent(
        complaint_id=complaint.id, kind=kind, at=at or utcnow(), actor_id=actor.user_id,
        actor_name=actor.name, data=json.dumps(data or {}, ensure_ascii=False, default=str),
    )
    session.add(event)
    return event


def record_change(session: Session, actor: Actor, complaint: Complaint, action: str,
                  before: dict[str, Any] | None, payload: dict[str, Any]) -> None:
    """The audit entry and the outbox entry of one transition, together."""
    after = snapshot(complaint)
    audit.record(session, actor, f"complaint.{action}", "complaint", complaint.id, before, after)
    outbox.enqueue(session, f"complaint.{action}", "complaint", complaint.id,
                   {"number": complaint.number, "city_id": complaint.city_id,
                    "status": complaint.status, **payload})
