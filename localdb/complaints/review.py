"""复盘: the month's or quarter's figures the association asks about, read from the store.

One function, ``compute_review``, serves the review screen, the review PDF and
its Excel export; the rules themselves (what each rate counts) are pure and
documented in ``localdb.complaints.review_figures``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.complaints import clock
from localdb.complaints.queries import room_label
from localdb.complaints.review_figures import (
    SATISFIED_FROM,
    ComplaintFact,
    Count,
    PeriodFigures,
    Rate,
    RepeatGroup,
    ReviewFigures,
    local_bounds,
    month_spans,
    period_figures,
    review_figures,
)
from localdb.complaints.states import Status
from localdb.deadlines import Channel, Urgency, compute_deadlines
from localdb.models import Building, Complaint, ComplaintCategory, ComplaintEvent, Room, Unit

__all__ = [
    "SATISFIED_FROM", "ComplaintFact", "Count", "PeriodFigures", "Rate", "RepeatGroup", "ReviewFigures",
    "compute_review", "load_facts", "local_bounds", "month_spans", "period_figures", "review_figures",
]


def compute_review(session: Session, start: date, end: date, now: datetime) -> ReviewFigures:
    """The figures of the complaints received from ``start`` to ``end`` (local
    dates, both included), judged at ``now``; see ``review_figures`` for the rules."""
    return review_figures(load_facts(session, start, end, now), start, end, now)


def _paused_dues(session: Session, paused: Sequence[tuple[int, datetime, str, str]],
                 now: datetime) -> dict[int, datetime]:
    """A paused case's resolution due as of ``now`` (the stored one is as of the pause)."""
    if not paused:
        return {}
    events: dict[int, list[tuple[str, datetime, dict[str, Any]]]] = defaultdict(list)
    for cid, kind, at, raw in session.execute(
        select(ComplaintEvent.complaint_id, ComplaintEvent.kind, ComplaintEvent.at, ComplaintEvent.data)
        .where(ComplaintEvent.complaint_id.in_([p[0] for p in paused]))
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ):
        events[cid].append((kind, at, json.loads(raw)))
    ctx = clock.context(session)
    return {
        cid: compute_deadlines(received, Channel(channel), Urgency(urgency), ctx.policy, ctx.calendar,
                               clock.history_from(events[cid]), as_of=now,
                               check_limits=False).resolution.due
        for cid, received, channel, urgency in paused
    }


def load_facts(session: Session, start: date, end: date, now: datetime) -> list[ComplaintFact]:
    """The facts of the complaints received in the period, oldest first."""
    lo, hi = local_bounds(start, end)
    stmt = (
        select(Complaint.id, Complaint.received_at, Complaint.channel, Complaint.urgency,
               Complaint.status, Complaint.response_due, Complaint.responded_at,
               Complaint.resolution_due, Complaint.resolved_at, Complaint.satisfaction,
               Complaint.repeat_of_id, Complaint.location, ComplaintCategory.name.label("category"),
               ComplaintCategory.sort_key, Room.number.label("room"), Unit.name.label("unit"),
               Building.name.label("building"))
        .join(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .outerjoin(Room, Room.id == Complaint.room_id)
        .outerjoin(Unit, Unit.id == Room.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(Complaint.received_at >= lo, Complaint.received_at < hi)
        .order_by(Complaint.received_at, Complaint.id)
    )
    rows = session.execute(stmt).all()
    in_period = select(Complaint.id).where(Complaint.received_at >= lo, Complaint.received_at < hi)
    reopened = set(session.execute(
        select(ComplaintEvent.complaint_id).distinct()
        .where(ComplaintEvent.kind == "reopen", ComplaintEvent.complaint_id.in_(in_period))
    ).scalars())
    paused = [(r.id, r.received_at, r.channel, r.urgency) for r in rows if r.status == Status.PAUSED.value]
    paused_due = _paused_dues(session, paused, now)
    return [
        ComplaintFact(
            id=r.id, received_at=r.received_at, channel=r.channel, category=r.category, status=r.status,
            response_due=r.response_due, responded_at=r.responded_at,
            resolution_due=paused_due.get(r.id, r.resolution_due), resolved_at=r.resolved_at,
            satisfaction=r.satisfaction, reopened=r.id in reopened, repeat_of_id=r.repeat_of_id,
            household=room_label(r.building, r.unit, r.room) if r.room else "", place=r.location,
            category_order=r.sort_key,
        )
        for r in rows
    ]
