"""投诉处理台账: the rows of the complaint ledger, read in chunks as plain values.

A year's ledger is 20,000 rows; the printer streams them chunk by chunk and
never holds ORM objects. A ``public`` ledger is masked here, not in the PDF
code: names and mobiles in free text (``localdb.masking``), and the room number
dropped from the place (building and unit remain), so a poster on the notice
board tells no one which household complained.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from localdb import masking
from localdb.complaints.queries import room_label
from localdb.complaints.review_figures import local_bounds
from localdb.complaints.states import STATUS_LABELS, Status
from localdb.deadlines import CHANNEL_LABELS, Channel
from localdb.models import Building, Complaint, ComplaintCategory, Room, Unit

CHUNK = 500

# How each clock stands, as the ledger prints it: done on time or late; not done
# and still within its time, or past it; paused; referred elsewhere.
ON_TIME, LATE = "按时", "超时"
NOT_RESPONDED, OVERDUE_RESPONSE = "未响应", "超时未响应"
NOT_RESOLVED, OVERDUE_RESOLUTION = "未办结", "超时未办结"
PAUSED, REFERRED = "挂起", "已转交"


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: int
    number: str
    received_at: datetime
    channel: str  # label
    place: str
    category: str
    summary: str
    responded_at: datetime | None
    response: str  # 按时 / 超时 / 未响应 / 超时未响应
    resolved_at: datetime | None
    resolution: str  # 按时 / 超时 / 未办结 / 超时未办结 / 挂起 / 已转交
    result: str
    satisfaction: int | None
    status: str  # label


_COLUMNS = (
    Complaint.id, Complaint.number, Complaint.received_at, Complaint.channel, Complaint.status,
    Complaint.location, Complaint.description, Complaint.response_due, Complaint.responded_at,
    Complaint.resolution_due, Complaint.resolved_at, Complaint.result, Complaint.satisfaction,
    Complaint.referred_to, ComplaintCategory.name, Room.number, Unit.name, Building.name,
)


def channel_label(code: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(code)]
    except ValueError:
        return code


def status_label(code: str) -> str:
    try:
        return STATUS_LABELS[Status(code)]
    except ValueError:
        return code


def _clock(done: datetime | None, due: datetime | None, now: datetime, waiting: str,
           overdue: str) -> str:
    if done is not None:
        return ON_TIME if due is None or done <= due else LATE
    return overdue if due is not None and due <= now else waiting


def count_rows(session: Session, start: date, end: date) -> int:
    lo, hi = local_bounds(start, end)
    return session.execute(select(func.count()).select_from(Complaint).where(
        Complaint.received_at >= lo, Complaint.received_at < hi)).scalar_one()


def _place(building: str | None, unit: str | None, room: str | None, location: str,
           public: bool) -> str:
    if room and building and unit:
        where = f"{building}-{unit}" if public else room_label(building, unit, room)
    else:
        where = ""
    return f"{where} {location}".strip()


def read_chunks(session: Session, start: date, end: date, now: datetime, *, public: bool = False,
                chunk: int = CHUNK, scrub: Callable[[str], str] | None = None
                ) -> Iterator[list[LedgerRow]]:
    """The complaints received from ``start`` to ``end`` (local dates), oldest
    first, ``chunk`` rows at a time (keyset paging, so each query is short)."""
    lo, hi = local_bounds(start, end)
    if public and scrub is None:
        scrub = masking.resident_scrubber(session)
    clean = scrub if public and scrub is not None else _same
    base = (
        select(*_COLUMNS)
        .join(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
        .outerjoin(Room, Room.id == Complaint.room_id)
        .outerjoin(Unit, Unit.id == Room.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(Complaint.received_at >= lo, Complaint.received_at < hi)
        .order_by(Complaint.received_at, Complaint.id)
        .limit(chunk)
    )
    after: tuple[datetime, int] | None = None
    while True:
        stmt = base
        if after is not None:
            stmt = stmt.where(or_(
                Complaint.received_at > after[0],
                and_(Complaint.received_at == after[0], Complaint.id > after[1]),
            ))
        raw = session.execute(stmt).all()
        if not raw:
            return
        yield [_row(r, now, public, clean) for r in raw]
        last = raw[-1]
        after = (last.received_at, last.id)
        if len(raw) < chunk:
            return


def _same(text: str) -> str:
    return text


def _row(r: Sequence[Any], now: datetime, public: bool, clean: Callable[[str], str]) -> LedgerRow:
    (cid, number, received_at, channel, status, location, description, response_due, responded_at,
     resolution_due, resolved_at, result, satisfaction, referred_to, category, room, unit,
     building) = r
    if status == Status.REFERRED.value:
        resolution = REFERRED
        result = result or (f"已转交{referred_to}" if referred_to else "")
    elif status == Status.PAUSED.value and resolved_at is None:
        resolution = PAUSED
    else:
        resolution = _clock(resolved_at, resolution_due, now, NOT_RESOLVED, OVERDUE_RESOLUTION)
    return LedgerRow(
        id=cid, number=number, received_at=received_at, channel=channel_label(channel),
        place=clean(_place(building, unit, room, location, public)), category=category,
        summary=clean(" ".join(description.split())), responded_at=responded_at,
        response=_clock(responded_at, response_due, now, NOT_RESPONDED, OVERDUE_RESPONSE),
        resolved_at=resolved_at,
        resolution=resolution, result=clean(" ".join(result.split())), satisfaction=satisfaction,
        status=status_label(status),
    )


def rows_by_id(session: Session, ids: Sequence[int], now: datetime, *, public: bool = False,
               scrub: Callable[[str], str] | None = None) -> list[LedgerRow]:
    """Ledger rows of these complaints, in the order given (review lists)."""
    if public and scrub is None:
        scrub = masking.resident_scrubber(session)
    clean = scrub if public and scrub is not None else _same
    found: dict[int, LedgerRow] = {}
    wanted = list(dict.fromkeys(ids))
    for at in range(0, len(wanted), CHUNK):  # short IN lists on every backend
        stmt = (
            select(*_COLUMNS)
            .join(ComplaintCategory, ComplaintCategory.id == Complaint.category_id)
            .outerjoin(Room, Room.id == Complaint.room_id)
            .outerjoin(Unit, Unit.id == Room.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .where(Complaint.id.in_(wanted[at:at + CHUNK]))
        )
        for r in session.execute(stmt):
            row = _row(r, now, public, clean)
            found[row.id] = row
    return [found[i] for i in wanted if i in found]


def numbers_of(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for at in range(0, len(wanted), CHUNK):
        out.update(session.execute(
            select(Complaint.id, Complaint.number).where(Complaint.id.in_(wanted[at:at + CHUNK]))
        ).tuples().all())
    return out
