"""Warnings before a breach, overdue after, supervision on a breached response.

``clock_state`` is pure and shared by the desk's colours and the alert scan,
so the screen and the alerts never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from localdb import audit, outbox
from localdb.changes import Changes
from localdb.complaints.states import OPEN, Status
from localdb.models import Complaint, DeadlineAlert, Supervision, utcnow
from localdb.roles import Actor, Permission

HOUR = timedelta(hours=1)


class ClockState(StrEnum):
    OK = "ok"
    WARNING = "warning"  # 预警
    OVERDUE = "overdue"  # 超时
    MET = "met"  # stopped in time
    MISSED = "missed"  # stopped, but late
    PAUSED = "paused"


def warning_window(start: datetime, due: datetime) -> timedelta:
    """The last quarter of the allowed time, but never less than the last hour
    (or half of a clock shorter than two hours)."""
    allowed = max(due - start, timedelta(0))
    return max(allowed / 4, min(HOUR, allowed / 2))


def clock_state(start: datetime, due: datetime | None, stopped_at: datetime | None,
                now: datetime, *, paused: bool = False) -> ClockState:
    if due is None:
        return ClockState.OK
    if stopped_at is not None:
        return ClockState.MET if stopped_at <= due else ClockState.MISSED
    if paused:
        return ClockState.PAUSED
    if now >= due:
        return ClockState.OVERDUE
    if now >= due - warning_window(start, due):
        return ClockState.WARNING
    return ClockState.OK


@dataclass(frozen=True)
class AlertView:
    id: int
    complaint_id: int
    number: str
    clock: str
    level: str
    due: datetime


AlertKey = tuple[int, str, str, datetime]


def _raise(session: Session, raised: set[AlertKey], c: Complaint, clock: str, level: str,
           due: datetime, now: datetime) -> bool:
    key = (c.id, clock, level, due)
    if key in raised:
        return False
    raised.add(key)
    session.add(DeadlineAlert(complaint_id=c.id, clock=clock, level=level, due=due, raised_at=now))
    return True


def scan(session: Session, actor: Actor, now: datetime | None = None) -> Changes:
    """Raise the alerts the clocks call for; a breached response clock also
    opens a supervision (督办) record and queues it for the city system.
    Whoever handles complaints runs it (the desk's timer); the kiosk may not."""
    actor.require(Permission.LOG_COMPLAINTS)
    now = now or utcnow()
    changed = False
    # A warning starts a quarter of the allowed time before the due: a week
    # ahead covers every clock up to four weeks long (extended complex cases).
    horizon = now + timedelta(days=7)
    open_states = [s.value for s in OPEN]
    # What was raised before, in one query rather than one per clock.
    raised: set[AlertKey] = set(session.execute(
        select(DeadlineAlert.complaint_id, DeadlineAlert.clock, DeadlineAlert.level,
               DeadlineAlert.due)
        .join(Complaint, Complaint.id == DeadlineAlert.complaint_id)
        .where(Complaint.status.in_(open_states))
    ).tuples())
    open_rows = session.execute(
        select(Complaint).where(Complaint.status.in_(open_states), Complaint.next_due <= horizon)
    ).scalars()
    for c in open_rows:
        paused = c.status == Status.PAUSED.value
        response = clock_state(c.received_at, c.response_due, c.responded_at, now)
        if response in (ClockState.WARNING, ClockState.OVERDUE):
            level = response.value
            if _raise(session, raised, c, "response", level, c.response_due, now):
                changed = True
                if response is ClockState.OVERDUE:
                    _supervise(session, actor, c, now)
        resolution = clock_state(c.received_at, c.resolution_due, c.resolved_at, now,
                                 paused=paused)
        if resolution in (ClockState.WARNING, ClockState.OVERDUE) and c.resolution_due:
            changed |= _raise(session, raised, c, "resolution", resolution.value,
                              c.resolution_due, now)
    return Changes(alerts=changed, complaints=changed)


def _supervise(session: Session, actor: Actor, c: Complaint, now: datetime) -> None:
    reason = "响应超时：未在时限内响应住户"
    sup = Supervision(complaint_id=c.id, source="local", reason=reason, created_at=now)
    session.add(sup)
    session.flush()
    audit.record(session, actor, "supervision.create", "supervision", sup.id, None,
                 {"complaint": c.number, "reason": reason})
    outbox.enqueue(session, "supervision.created", "complaint", c.id,
                   {"number": c.number, "city_id": c.city_id, "reason": reason,
                    "response_due": c.response_due.isoformat()})


def pending(session: Session) -> list[AlertView]:
    """Alerts not yet acknowledged, most serious first."""
    stmt = (
        select(DeadlineAlert, Complaint.number)
        .join(Complaint, Complaint.id == DeadlineAlert.complaint_id)
        .where(DeadlineAlert.acknowledged_at.is_(None),
               Complaint.status.in_([s.value for s in OPEN]),
               # Only clocks still running: a response warning ends with the response.
               or_(and_(DeadlineAlert.clock == "response", Complaint.responded_at.is_(None)),
                   and_(DeadlineAlert.clock == "resolution", Complaint.resolved_at.is_(None),
                        Complaint.status != Status.PAUSED.value)))
        .order_by(DeadlineAlert.level.desc(), DeadlineAlert.due)
    )
    return [AlertView(a.id, a.complaint_id, number, a.clock, a.level, a.due)
            for a, number in session.execute(stmt)]


def acknowledge(session: Session, actor: Actor, alert_ids: list[int],
                now: datetime | None = None) -> Changes:
    actor.require(Permission.LOG_COMPLAINTS)
    now = now or utcnow()
    for alert in session.execute(
        select(DeadlineAlert).where(DeadlineAlert.id.in_(alert_ids),
                                    DeadlineAlert.acknowledged_at.is_(None))
    ).scalars():
        alert.acknowledged_at = now
        alert.acknowledged_by = actor.user_id
        audit.record(session, actor, "alert.acknowledge", "deadline_alert", alert.id, None,
                     {"complaint_id": alert.complaint_id, "clock": alert.clock,
                      "level": alert.level})
    return Changes(alerts=True)


@dataclass(frozen=True)
class SupervisionView:
    id: int
    complaint_id: int
    number: str
    reason: str
    created_at: datetime
    acknowledged: bool


def supervisions(session: Session, *, open_only: bool = True) -> list[SupervisionView]:
    stmt = (
        select(Supervision, Complaint.number)
        .join(Complaint, Complaint.id == Supervision.complaint_id)
        .order_by(Supervision.created_at.desc())
    )
    if open_only:
        stmt = stmt.where(Supervision.acknowledged_at.is_(None))
    return [SupervisionView(s.id, s.complaint_id, n, s.reason, s.created_at,
                            s.acknowledged_at is not None) for s, n in session.execute(stmt)]
