"""The steps of a complaint after intake; each is one validated, audited
service call that also queues an outbox entry and recomputes the clocks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from localdb import validate
from localdb.changes import Changes
from localdb.complaints import clock, records
from localdb.complaints.states import ACTION_LABELS, ALLOWED, RESULT_STATE, STATUS_LABELS, Action, Status
from localdb.errors import StoreError, ValidationError
from localdb.models import Complaint, User, utcnow
from localdb.roles import Actor, Permission

RESPONSE_KINDS = {"call": "电话联系", "visit": "上门/当面", "message": "短信/微信"}


def _step(
    session: Session, actor: Actor, complaint_id: int, action: Action, now: datetime | None,
    apply: Callable[[Complaint, datetime], dict[str, Any]] | None = None,
    permission: Permission = Permission.LOG_COMPLAINTS,
) -> Changes:
    actor.require(permission)
    now = now or utcnow()
    records.serialize_writers(session)
    complaint = records.get(session, complaint_id, for_update=True)
    status = Status(complaint.status)
    if status not in ALLOWED[action]:
        raise StoreError("bad_transition", status=STATUS_LABELS[status], action=ACTION_LABELS[action])
    before = records.snapshot(complaint)
    data = apply(complaint, now) if apply else {}
    new_state = RESULT_STATE[action]
    if new_state is not None:
        complaint.status = new_state.value
    records.add_event(session, complaint, actor, action.value, data, at=now)
    session.flush()
    clock.refresh(session, complaint, now)
    records.record_change(session, actor, complaint, action.value, before, data)
    return Changes(complaints=True, alerts=True)


def respond(session: Session, actor: Actor, complaint_id: int, *, how: str = "call",
            note: str = "", now: datetime | None = None) -> Changes:
    """A logged call or visit is the response; it stops the response clock."""
    if how not in RESPONSE_KINDS:
        raise ValidationError("required", field="响应方式")
    text = validate.text(note, "备注", limit=500, required=False)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.responded_at = at
        return {"how": how, "note": text}

    return _step(session, actor, complaint_id, Action.RESPOND, now, apply)


def start(session: Session, actor: Actor, complaint_id: int, *, note: str = "",
          now: datetime | None = None) -> Changes:
    text = validate.text(note, "备注", limit=500, required=False)
    return _step(session, actor, complaint_id, Action.START, now, lambda c, at: {"note": text})


def pause(session: Session, actor: Actor, complaint_id: int, *, reason: str,
          now: datetime | None = None) -> Changes:
    """Waiting on the resident: the resolution clock stops, the response clock does not."""
    text = validate.text(reason, "原因", limit=200)
    return _step(session, actor, complaint_id, Action.PAUSE, now, lambda c, at: {"reason": text})


def resume(session: Session, actor: Actor, complaint_id: int, *, note: str = "",
           now: datetime | None = None) -> Changes:
    text = validate.text(note, "备注", limit=500, required=False)
    return _step(session, actor, complaint_id, Action.RESUME, now, lambda c, at: {"note": text})


def resolve(session: Session, actor: Actor, complaint_id: int, *, result: str,
            now: datetime | None = None) -> Changes:
    text = validate.text(result, "处理结果", limit=2000)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.resolved_at = at
        c.result = text
        if c.responded_at is None:  # resolving in person answers the resident too
            c.responded_at = at
        return {"result": text}

    return _step(session, actor, complaint_id, Action.RESOLVE, now, apply)


def follow_up(session: Session, actor: Actor, complaint_id: int, *, satisfaction: int,
              comment: str = "", now: datetime | None = None) -> Changes:
    if not 1 <= satisfaction <= 5:
        raise ValidationError("satisfaction_range", field="satisfaction")
    text = validate.text(comment, "回访意见", limit=500, required=False)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.satisfaction = satisfaction
        c.follow_up_comment = text
        return {"satisfaction": satisfaction, "comment": text}

    return _step(session, actor, complaint_id, Action.FOLLOW_UP, now, apply)


def close(session: Session, actor: Actor, complaint_id: int, *, note: str = "",
          now: datetime | None = None) -> Changes:
    text = validate.text(note, "备注", limit=500, required=False)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.closed_at = at
        return {"note": text}

    return _step(session, actor, complaint_id, Action.CLOSE, now, apply)


def reopen(session: Session, actor: Actor, complaint_id: int, *, reason: str,
           now: datetime | None = None) -> Changes:
    """A new resolution clock starts now; the response clock stays as it was."""
    text = validate.text(reason, "原因", limit=200)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.resolved_at = None
        c.closed_at = None
        c.satisfaction = None
        c.follow_up_comment = ""
        return {"reason": text}

    return _step(session, actor, complaint_id, Action.REOPEN, now, apply)


def transfer(session: Session, actor: Actor, complaint_id: int, *, to_user_id: int,
             note: str = "", now: datetime | None = None) -> Changes:
    target = session.get(User, to_user_id)
    if target is None or not target.active:
        raise ValidationError("unknown_user", field="handler", ident=to_user_id)
    text = validate.text(note, "备注", limit=500, required=False)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        previous = c.handler_id
        c.handler_id = target.id
        return {"from": previous, "to": target.id, "to_name": target.display_name, "note": text}

    return _step(session, actor, complaint_id, Action.TRANSFER, now, apply)


def extend(session: Session, actor: Actor, complaint_id: int, *, working_days: int, reason: str,
           now: datetime | None = None) -> Changes:
    """An extension approved by a manager (the actor), with its reason.
    The policy's limits (how many, how long) are checked by the clock."""
    text = validate.text(reason, "原因", limit=200)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        return {"working_days": working_days, "reason": text, "approver": actor.name}

    return _step(session, actor, complaint_id, Action.EXTEND, now, apply,
                 permission=Permission.APPROVE_EXTENSION)


def refer(session: Session, actor: Actor, complaint_id: int, *, body: str, note: str = "",
          now: datetime | None = None) -> Changes:
    """Not our remit: record the body the resident was referred to."""
    target = validate.text(body, "转交单位", limit=100)
    text = validate.text(note, "备注", limit=500, required=False)

    def apply(c: Complaint, at: datetime) -> dict[str, Any]:
        c.referred_to = target
        c.closed_at = at
        return {"body": target, "note": text}

    return _step(session, actor, complaint_id, Action.REFER, now, apply)


def add_note(session: Session, actor: Actor, complaint_id: int, *, text: str,
             now: datetime | None = None) -> Changes:
    body = validate.text(text, "备注", limit=1000)
    return _step(session, actor, complaint_id, Action.NOTE, now, lambda c, at: {"note": body})
