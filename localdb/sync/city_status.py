"""The city's status becomes the desk's once nothing of ours is unsettled.

While an operation of a case is waiting, being sent or refused (needs
attention), the desk's status is ahead of the city's and stays. When the last
one is settled, the city's latest status is the truth: a case the city closed
or reopened follows it here, with a timeline step that says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.complaints import clock
from localdb.complaints.states import DONE, OPEN, Status
from localdb.models import Complaint, ComplaintEvent, OutboxEntry
from localdb.sync.types import UNSETTLED

CITY_ACTOR = "市平台"
_CHUNK = 500


def unsettled_cases(session: Session, complaint_ids: Iterable[int]) -> set[int]:
    """Complaints with an outbox operation still pending, in flight or refused."""
    ids = [str(i) for i in complaint_ids]
    found: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        found.update(int(v) for v in session.execute(
            select(OutboxEntry.entity_id).distinct()
            .where(OutboxEntry.entity == "complaint", OutboxEntry.entity_id.in_(part),
                   OutboxEntry.state.in_(UNSETTLED))).scalars())
    return found


def parse_status(value: str | None) -> Status | None:
    try:
        return Status(value) if value else None
    except ValueError:
        return None


def reconcile(session: Session, complaints: Sequence[Complaint], now: datetime) -> int:
    """Adopt the city's status where it differs and nothing of ours is unsettled."""
    candidates = [c for c in complaints
                  if parse_status(c.city_status) not in (None, Status(c.status))]
    if not candidates:
        return 0
    busy = unsettled_cases(session, (c.id for c in candidates))
    ctx = clock.context(session)
    adopted = 0
    for complaint in candidates:
        if complaint.id in busy:
            continue
        new = parse_status(complaint.city_status)
        assert new is not None
        take_status(session, complaint, new, now, ctx)
        adopted += 1
    return adopted


def take_status(session: Session, c: Complaint, new: Status, at: datetime,
                ctx: clock.ClockContext | None = None) -> None:
    """Move a complaint to the city's status, keeping the clocks' history right:
    a pause, a resume and a reopen are recorded as such, so the clocks follow."""
    old = Status(c.status)
    kind = "city_status"
    if new is Status.PAUSED and old is not Status.PAUSED:
        kind = "pause"
    elif old is Status.PAUSED and new in OPEN:
        kind = "resume"
    elif old in DONE and new in OPEN:
        kind = "reopen"
        c.resolved_at = c.closed_at = None
        c.satisfaction = None
    if new is not Status.RECEIVED and c.responded_at is None:
        c.responded_at = at
    if new in (Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED) and c.resolved_at is None:
        c.resolved_at = at
    if new in (Status.CLOSED, Status.REFERRED) and c.closed_at is None:
        c.closed_at = at
    c.status = new.value
    session.add(ComplaintEvent(
        complaint_id=c.id, kind=kind, at=at, actor_name=CITY_ACTOR,
        data=json.dumps({"source": "city", "from": old.value, "to": new.value,
                         "revision": c.city_revision}, ensure_ascii=False)))
    session.flush()
    clock.refresh(session, c, at, ctx, check_limits=False)
