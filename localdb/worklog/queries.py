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

from sqlalchemy import ColumnElement, func, select
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


def published_ids(session: Session, prefix: str, kinds: list[str]) -> list[int]:
    """Published records of these kinds (a few hundred at most)."""
    return list(session.execute(
        select(Record.id).where(Record.state == PUBLISHED,
                                Record.body_kind.in_([prefix + k for k in kinds]))
        .order_by(Record.id)).scalars())


def _work_filter(session: Session, record_id: int | None, kind: str | None, start: date | None,
                 end: date | None, performer: str | None) -> list[ColumnElement[bool]] | None:
    """The conditions, or None when nothing can match (no published record)."""
    where: list[ColumnElement[bool]] = []
    kinds = [work_kind(kind)] if kind else list(WORK_KINDS)
    if record_id is not None:
        where.append(WorkEntry.record_id == record_id)
        if kind:
            where.append(WorkEntry.kind == kinds[0])
    else:
        # kind IN (...) lets the (kind, done_at) index serve a period across kinds.
        ids = published_ids(session, WORK_PREFIX, kinds)
        if not ids:
            return None
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
    where = _work_filter(session, record_id, kind, start, end, performer)
    if where is None:
        return []
    stmt = (select(WorkEntry.id, WorkEntry.record_id, WorkEntry.kind, WorkEntry.done_at, WorkEntry.place,
                   WorkEntry.content, WorkEntry.performer, WorkEntry.result, WorkEntry.note)
            .where(*where).order_by(WorkEntry.done_at, WorkEntry.id)
            .offset(max(offset, 0)).limit(min(max(limit, 0), MAX_LIMIT)))
    return [WorkRow(*row) for row in session.execute(stmt)]


def work_count(session: Session, record_id: int | None = None, kind: str | None = None,
               start: date | None = None, end: date | None = None, performer: str | None = None) -> int:
    where = _work_filter(session, record_id, kind, start, end, performer)
    if where is None:
        return 0
    return int(session.execute(select(func.count()).select_from(WorkEntry).where(*where)).scalar_one())


def performers(session: Session, kind: str | None = None, record_id: int | None = None) -> list[str]:
    """Who appears as performer (for the filter's list), by name."""
    where = _work_filter(session, record_id, kind, None, None, None)
    if where is None:
        return []
    stmt = select(WorkEntry.performer).where(*where, WorkEntry.performer != "").distinct()
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
