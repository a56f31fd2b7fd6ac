"""Reading work records and registers: filtered by period and performer, paged.

Each filter maps onto one of work_entry's indexes (see localdb/models/work.py):
one record's rows go by (record_id, done_at); rows of one kind in a period by
(kind, done_at); one performer's rows by performer. Across records only
published versions count: a correction copies its rows, and the superseded
version's copy must not show twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from localdb.models import Record, RegisterEntry, WorkEntry
from localdb.workcalendar import SHANGHAI
from localdb.worklog.kinds import (
    REGISTER_KINDS,
    REGISTER_PREFIX,
    WORK_KINDS,
    WORK_PREFIX,
    register_kind,
    work_kind,
)

PUBLISHED = "published"
MAX_LIMIT = 5000


@dataclass(frozen=True)
class WorkRow:
    id: int
    record_id: int
    kind: str
    done_at: datetime  # aware, UTC
    place: str
    content: str
    performer: str
    result: str
    note: str


@dataclass(frozen=True)
class RegisterRow:
    id: int
    record_id: int
    kind: str
    line_no: int
    code: str
    name: str
    location: str
    spec: str
    quantity: str
    status: str
    keeper: str
    since: date | None
    note: str


def day_start(day: date) -> datetime:
    """00:00 of a Beijing day, in UTC."""
    return datetime.combine(day, time(), SHANGHAI).astimezone(UTC)


def published_ids(session: Session, prefix: str, kinds: list[str], start: date | None = None,
                  end: date | None = None, latest: int | None = None) -> list[int]:
    """Published records of these kinds (a few hundred at most) whose period
    meets [start, end]; with ``latest``, only that many of the newest."""
    stmt = select(Record.id).where(Record.state == PUBLISHED,
                                   Record.body_kind.in_([prefix + k for k in kinds]))
    if start is not None:
        stmt = stmt.where(or_(Record.period_end.is_(None), Record.period_end >= start))
    if end is not None:
        stmt = stmt.where(or_(Record.period_start.is_(None), Record.period_start <= end))
    if latest is not None:
        stmt = stmt.order_by(Record.period_end.desc(), Record.id.desc()).limit(latest)
    return sorted(session.execute(stmt).scalars())


def _work_filter(session: Session, record_id: int | None, kind: str | None, start: date | None,
                 end: date | None, performer: str | None, *,
                 ordered: bool) -> list[ColumnElement[bool]] | None:
    """The conditions, or None when nothing can match (no published record).

    Across records, the record ids already pin the kind (a record's rows are
    all of its kind), so a count names only them and reads the covering
    (record_id, done_at) index; a page names the kind too, so the
    (kind, done_at) index can hand rows over in order and stop at the page.
    """
    where: list[ColumnElement[bool]] = []
    kinds = [work_kind(kind)] if kind else list(WORK_KINDS)
    if record_id is not None:
        where.append(WorkEntry.record_id == record_id)
        if kind:
            where.append(WorkEntry.kind == kinds[0])
    else:
        ids = published_ids(session, WORK_PREFIX, kinds, start, end)
        if not ids:
            return None
        if ordered:
            where.append(WorkEntry.kind.in_(kinds) if len(kinds) > 1 else WorkEntry.kind == kinds[0])
        where.append(WorkEntry.record_id.in_(ids))
    if start is not None:
        where.append(WorkEntry.done_at >= day_start(start))
    if end is not None:
        where.append(WorkEntry.done_at < day_start(end + timedelta(days=1)))
    if performer:
        where.append(WorkEntry.performer == performer)
    return where


def work_rows(session: Session, record_id: int | None = None, kind: str | None = None,
              start: date | None = None, end: date | None = None, performer: str | None = None,
              offset: int = 0, limit: int = 200) -> list[WorkRow]:
    """One page of work rows, oldest first; start/end are inclusive Beijing days."""
    where = _work_filter(session, record_id, kind, start, end, performer, ordered=True)
    if where is None:
        return []
    stmt = (select(WorkEntry.id, WorkEntry.record_id, WorkEntry.kind, WorkEntry.done_at, WorkEntry.place,
                   WorkEntry.content, WorkEntry.performer, WorkEntry.result, WorkEntry.note)
            .where(*where).order_by(WorkEntry.done_at, WorkEntry.id)
            .offset(max(offset, 0)).limit(min(max(limit, 0), MAX_LIMIT)))
    return [WorkRow(*row) for row in session.execute(stmt)]


def work_count(session: Session, record_id: int | None = None, kind: str | None = None,
               start: date | None = None, end: date | None = None, performer: str | None = None) -> int:
    where = _work_filter(session, record_id, kind, start, end, performer, ordered=False)
    if where is None:
        return 0
    return int(session.execute(select(func.count()).select_from(WorkEntry).where(*where)).scalar_one())


#: Without a record or a period, the performer list looks at this many of the
#: newest published records: the people working now. (No index serves "every
#: performer of one kind"; a million rows would take seconds.)
RECENT_RECORDS = 6


def performers(session: Session, kind: str | None = None, record_id: int | None = None,
               start: date | None = None, end: date | None = None) -> list[str]:
    """Who appears as performer, for the filter's list: in one record, in the
    published records of the kind(s) meeting the period, or — with neither —
    in the newest published ones."""
    if record_id is not None:
        ids = [record_id]
    else:
        kinds = [work_kind(kind)] if kind else list(WORK_KINDS)
        latest = None if start or end else RECENT_RECORDS * len(kinds)
        ids = published_ids(session, WORK_PREFIX, kinds, start, end, latest)
    if not ids:
        return []
    stmt = (select(WorkEntry.performer).distinct()
            .where(WorkEntry.record_id.in_(ids), WorkEntry.performer != ""))
    return sorted(session.execute(stmt).scalars())


def _register_filter(session: Session, record_id: int | None,
                     kind: str | None) -> list[ColumnElement[bool]] | None:
    kinds = [register_kind(kind)] if kind else list(REGISTER_KINDS)
    where: list[ColumnElement[bool]] = []
    if record_id is not None:
        where.append(RegisterEntry.record_id == record_id)
    else:
        ids = published_ids(session, REGISTER_PREFIX, kinds)
        if not ids:
            return None
        where.append(RegisterEntry.record_id.in_(ids))
    if kind:
        where.append(RegisterEntry.kind == kinds[0])
    return where


def register_rows(session: Session, record_id: int | None = None, kind: str | None = None,
                  offset: int = 0, limit: int = 200) -> list[RegisterRow]:
    where = _register_filter(session, record_id, kind)
    if where is None:
        return []
    columns: list[Any] = [RegisterEntry.id, RegisterEntry.record_id, RegisterEntry.kind,
                          RegisterEntry.line_no, RegisterEntry.code, RegisterEntry.name,
                          RegisterEntry.location, RegisterEntry.spec, RegisterEntry.quantity,
                          RegisterEntry.status, RegisterEntry.keeper, RegisterEntry.since,
                          RegisterEntry.note]
    stmt = (select(*columns).where(*where)
            .order_by(RegisterEntry.record_id, RegisterEntry.line_no)
            .offset(max(offset, 0)).limit(min(max(limit, 0), MAX_LIMIT)))
    return [RegisterRow(*row) for row in session.execute(stmt)]


def register_count(session: Session, record_id: int | None = None, kind: str | None = None) -> int:
    where = _register_filter(session, record_id, kind)
    if where is None:
        return 0
    return int(session.execute(
        select(func.count()).select_from(RegisterEntry).where(*where)).scalar_one())
