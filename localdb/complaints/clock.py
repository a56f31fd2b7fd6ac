"""Bridge between stored complaints and the pure deadline engine.

The engine (``localdb.deadlines``) decides; this module gathers its inputs
from the store — policy and calendar from settings, the clock-relevant events
from the timeline — and writes the derived due times back for sorting.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.complaints.states import OPEN, Status
from localdb.deadlines import (
    Channel,
    DeadlinePolicy,
    Deadlines,
    Extension,
    Pause,
    Reopen,
    Response,
    Urgency,
    compute_deadlines,
    policy_from_dict,
)
from localdb.models import Complaint, ComplaintEvent, Setting, utcnow
from localdb.roles import Actor, Permission
from localdb.services.settings import StoreSettings
from localdb.workcalendar import WorkCalendar, load_manager_years, local_text

POLICY_KEY = "complaint_policy"
CALENDAR_KEY = "calendar_years"  # manager-added official schedules, JSON


@dataclass(frozen=True)
class ClockContext:
    policy: DeadlinePolicy
    calendar: WorkCalendar


_INPUT_KEYS = ("work_start", "work_end", POLICY_KEY, CALENDAR_KEY)


def context(session: Session) -> ClockContext:
    """Policy and calendar as stored now. One query; the parsed result is
    cached by the stored text, so a change by another PC is seen at once."""
    raw = dict(session.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_(_INPUT_KEYS))).tuples().all())
    return _parse_context(raw.get("work_start"), raw.get("work_end"), raw.get(POLICY_KEY),
                          raw.get(CALENDAR_KEY))


@lru_cache(maxsize=8)
def _parse_context(work_start: str | None, work_end: str | None, raw_policy: str | None,
                   raw_years: str | None) -> ClockContext:
    defaults = StoreSettings()
    policy = policy_from_dict(json.loads(raw_policy)) if raw_policy else DeadlinePolicy()
    years = load_manager_years(raw_years) if raw_years else {}
    start = json.loads(work_start) if work_start else defaults.work_start
    end = json.loads(work_end) if work_end else defaults.work_end
    calendar = WorkCalendar(years, time.fromisoformat(start), time.fromisoformat(end))
    return ClockContext(policy, calendar)


ClockHistory = list[Pause | Extension | Reopen | Response]


def history_from(events: Iterable[tuple[str, datetime, Mapping[str, Any]]]) -> ClockHistory:
    """The clock-moving events of a timeline ((kind, at, data), oldest first)."""
    out: ClockHistory = []
    pause_start: datetime | None = None
    for kind, at, data in events:
        if kind == "respond":
            out.append(Response(at))
        elif kind == "pause":
            pause_start = at
        elif kind == "resume" and pause_start is not None:
            out.append(Pause(pause_start, at))
            pause_start = None
        elif kind == "extend":
            out.append(Extension(int(data["working_days"]), data.get("reason", ""),
                                 data.get("approver", "")))
        elif kind == "reopen":
            out.append(Reopen(at))
    if pause_start is not None:
        out.append(Pause(pause_start, None))
    return out


def history(session: Session, complaint: Complaint) -> ClockHistory:
    """The stored timeline's clock-moving events, oldest first."""
    events = session.execute(
        select(ComplaintEvent.kind, ComplaintEvent.at, ComplaintEvent.data)
        .where(ComplaintEvent.complaint_id == complaint.id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).all()
    return history_from((kind, at, json.loads(raw)) for kind, at, raw in events)


def _compute(session: Session, complaint: Complaint, ctx: ClockContext, now: datetime,
             *, check_limits: bool = True, new: bool = False) -> Deadlines:
    # A complaint being received has no history yet: no need to read it.
    events = [] if new else history(session, complaint)
    return compute_deadlines(complaint.received_at, Channel(complaint.channel),
                             Urgency(complaint.urgency), ctx.policy, ctx.calendar,
                             events, as_of=now, check_limits=check_limits)


def refresh(session: Session, complaint: Complaint, now: datetime,
            ctx: ClockContext | None = None, *, check_limits: bool = True,
            new: bool = False) -> Deadlines:
    """Recompute and store the due times after a change to the complaint
    (``new``: before its first insert). ``check_limits=False`` keeps extensions
    approved under an older policy."""
    result = _compute(session, complaint, ctx or context(session), now,
                      check_limits=check_limits, new=new)
    # A complaint the city dispatched keeps the city's own deadlines.
    complaint.response_due = complaint.city_response_due or result.response.due
    complaint.resolution_due = complaint.city_resolution_due or result.resolution.due
    complaint.unconfirmed_calendar = bool(result.response.warnings or result.resolution.warnings)
    complaint.next_due = next_due(complaint.status, complaint.responded_at, complaint.resolved_at,
                                  complaint.response_due, complaint.resolution_due)
    return result


def next_due(status: str, responded_at: datetime | None, resolved_at: datetime | None,
             response_due: datetime, resolution_due: datetime | None) -> datetime | None:
    """The earliest due of the clocks still running (what the desk sorts by)."""
    running: list[datetime] = []
    if Status(status) in OPEN:
        if responded_at is None:
            running.append(response_due)
        if resolved_at is None and status != Status.PAUSED.value and resolution_due is not None:
            running.append(resolution_due)
    return min(running) if running else None


@dataclass(frozen=True)
class Explained:
    response: tuple[str, ...]
    resolution: tuple[str, ...]
    warnings: tuple[str, ...]


def explain(session: Session, complaint: Complaint, now: datetime) -> Explained:
    result = _compute(session, complaint, context(session), now, check_limits=False)
    warnings = tuple(dict.fromkeys(result.response.warnings + result.resolution.warnings))
    response, resolution = result.response.explanation, result.resolution.explanation
    city = "市平台派单，以市平台下达的{}时限为准：{}"
    if complaint.city_response_due is not None:
        response += (city.format("响应", local_text(complaint.city_response_due)),)
    if complaint.city_resolution_due is not None:
        resolution += (city.format("办结", local_text(complaint.city_resolution_due)),)
    return Explained(response, resolution, warnings)


def recompute_open(session: Session, actor: Actor, now: datetime | None = None) -> Changes:
    """After a policy or calendar change: every open complaint's clocks again."""
    actor.require(Permission.EDIT_COMPLAINT_POLICY)
    now = now or utcnow()
    ctx = context(session)
    moved = 0
    for complaint in session.execute(
        select(Complaint).where(Complaint.status.in_([s.value for s in OPEN]))
    ).scalars():
        before = (complaint.response_due, complaint.resolution_due)
        refresh(session, complaint, now, ctx, check_limits=False)
        moved += before != (complaint.response_due, complaint.resolution_due)
    audit.record(session, actor, "complaint.recompute", "complaint", "", None, {"moved": moved})
    return Changes(complaints=True)
