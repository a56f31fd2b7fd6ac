"""Applying a page of the dispatch feed: dispatched complaints, the city's
status changes and notes, supervision notes — and the cursor, in the caller's
one transaction, so a crash before commit leaves both the rows and the cursor
as they were.

Items may come again and out of order: a request is applied only when its
revision is newer than the one held; notes and supervisions once by their ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from localdb import audit
from localdb.complaints import clock, records
from localdb.complaints.importer_match import RoomIndex
from localdb.complaints.repeats import latest_repeats
from localdb.complaints.states import Status
from localdb.deadlines import Channel, Urgency, compute_deadlines
from localdb.models import Complaint, ComplaintCategory, ComplaintEvent, Supervision
from localdb.roles import SYSTEM
from localdb.sync import city_status, state
from localdb.sync.types import CityRequest, CitySupervision, CityUpdate, PulledPage, PullResult

SHANGHAI = ZoneInfo("Asia/Shanghai")
CITY_CHANNELS = (Channel.QR_CODE, Channel.HOTLINE_12345, Channel.CITY_APP)
#: A dispatched complaint without an address still needs a place on the desk.
NO_ADDRESS = "市平台派单"
_CHUNK = 500


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class _Numbers:
    """Complaint numbers per day of receipt, read once per page and counted on."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.last: dict[str, int] = {}

    def next(self, received: datetime) -> str:
        prefix = "TS" + received.astimezone(SHANGHAI).strftime("%Y%m%d") + "-"
        if prefix not in self.last:
            top = self.session.execute(
                select(func.max(Complaint.number))
                .where(Complaint.number >= prefix, Complaint.number < prefix + "~")).scalar()
            self.last[prefix] = int(top.rsplit("-", 1)[1]) if top else 0
        self.last[prefix] += 1
        return f"{prefix}{self.last[prefix]:04d}"


class _Categories:
    """The city's service name to a desk category: same name, else one of the
    same urgency, else the first active one."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(ComplaintCategory).where(ComplaintCategory.active)
                               .order_by(ComplaintCategory.sort_key, ComplaintCategory.id)).scalars().all()
        self.by_name = {c.name: c for c in rows}
        self.by_urgency: dict[str, ComplaintCategory] = {}
        for c in rows:
            self.by_urgency.setdefault(c.urgency, c)
        self.first = rows[0] if rows else None

    def find(self, name: str, urgency: str | None) -> ComplaintCategory:
        found = self.by_name.get(name) or self.by_urgency.get(urgency or "") or self.first
        if found is None:
            raise LookupError("no active complaint category")
        return found


def apply_page(session: Session, page: PulledPage, *, from_cursor: str | None, now: datetime,
               before_cursor: Callable[[], None] | None = None) -> PullResult:
    """Apply one page and save its cursor. ``from_cursor`` is the cursor the page
    was asked with: when another PC has moved it since, nothing is applied
    (``skipped``) and the caller reads the cursor again."""
    sync_state = state.get_state(session, lock=True)
    if sync_state.cursor != from_cursor:
        return PullResult(skipped=True)
    records.serialize_writers(session)  # complaint numbers, as intake takes them
    created, updated, stale, numbers = _requests(session, page.requests, now)
    notes, orphans = _updates(session, page.updates)
    supervisions, lost = _supervisions(session, page.supervisions)
    if before_cursor is not None:
        before_cursor()
    sync_state.cursor = page.next_cursor
    sync_state.cursor_saved_at = now
    result = PullResult(False, created, updated, stale, notes, supervisions, orphans + lost,
                        tuple(numbers))
    if result.applied:
        audit.record(session, SYSTEM, "sync.pull", "complaint", "", None, {
            "created": created, "updated": updated, "notes": notes, "supervisions": supervisions,
            "numbers": numbers[:50]})
    return result


def _existing(session: Session, requests: Sequence[CityRequest]) -> tuple[dict[str, Complaint],
                                                                         dict[str, Complaint]]:
    ids = sorted({r.city_id for r in requests})
    refs = sorted({r.client_ref for r in requests if r.client_ref})
    by_city: dict[str, Complaint] = {}
    by_number: dict[str, Complaint] = {}
    for part in _chunks(ids):
        for c in session.execute(select(Complaint).where(Complaint.city_id.in_(part))).scalars():
            by_city[c.city_id or ""] = c
    for part in _chunks(refs):
        for c in session.execute(select(Complaint).where(Complaint.number.in_(part))).scalars():
            by_number[c.number] = c
    return by_city, by_number


def _requests(session: Session, requests: Sequence[CityRequest],
              now: datetime) -> tuple[int, int, int, list[str]]:
    newest: dict[str, CityRequest] = {}
    for r in requests:  # the same request twice in a page: the newest revision wins
        if r.city_id not in newest or r.revision > newest[r.city_id].revision:
            newest[r.city_id] = r
    stale = len(requests) - len(newest)
    by_city, by_number = _existing(session, list(newest.values()))
    changed: list[Complaint] = []
    moved: list[Complaint] = []
    fresh: list[CityRequest] = []
    for r in newest.values():
        complaint = by_city.get(r.city_id) or (by_number.get(r.client_ref) if r.client_ref else None)
        if complaint is None:
            fresh.append(r)
            continue
        if complaint.city_revision is not None and r.revision <= complaint.city_revision:
            stale += 1
            continue
        if complaint.city_id is None:
            complaint.city_id = r.city_id  # our create, whose answer was lost
        complaint.city_revision = r.revision
        complaint.city_status = r.status or complaint.city_status
        if r.client_ref is None:  # the city's own case: its deadlines count
            dues = (complaint.city_response_due, complaint.city_resolution_due)
            complaint.city_response_due = r.response_due or complaint.city_response_due
            complaint.city_resolution_due = r.resolution_due or complaint.city_resolution_due
            if dues != (complaint.city_response_due, complaint.city_resolution_due):
                moved.append(complaint)  # e.g. an extension the city approved
        changed.append(complaint)
    ctx = clock.context(session)
    numbers = _insert_new(session, fresh, now, ctx) if fresh else []
    for complaint in moved:
        clock.refresh(session, complaint, now, ctx, check_limits=False)
    city_status.reconcile(session, changed, now)
    return len(fresh), len(changed), stale, numbers


def _insert_new(session: Session, fresh: Sequence[CityRequest], now: datetime,
                ctx: clock.ClockContext) -> list[str]:
    """New complaints in bulk (thousands arrive on a first pull): plain rows,
    their received step on the timeline, due times computed before the insert."""
    numbers = _Numbers(session)
    categories = _Categories(session)
    rooms = RoomIndex(session) if any(r.room for r in fresh) else None
    rows = [_new_row(r, numbers, categories, rooms, now, ctx) for r in fresh]
    repeats = _repeats(session, rows)
    # All rows alike in the insert (mixed None and ids split SQLAlchemy's batches);
    # the repeat links follow in one bulk update.
    ids = session.execute(
        insert(Complaint).returning(Complaint.id, sort_by_parameter_order=True), rows).scalars().all()
    links = []
    for i, repeat in enumerate(repeats):
        if repeat is not None:
            in_page, ref = repeat
            rows[i]["repeat_of_id"] = ids[ref] if in_page else ref
            links.append({"id": ids[i], "repeat_of_id": rows[i]["repeat_of_id"]})
    if links:
        session.execute(update(Complaint), links)
    session.execute(insert(ComplaintEvent), [
        {"complaint_id": ident, "kind": "received", "at": row["received_at"], "actor_id": None,
         "actor_name": city_status.CITY_ACTOR, "city_id": None,
         "data": json.dumps({"channel": row["channel"], "source": "city", "city_id": r.city_id,
                             "service": r.service_name, "repeat_of": row["repeat_of_id"]},
                            ensure_ascii=False)}
        for ident, row, r in zip(ids, rows, fresh, strict=True)])
    return [row["number"] for row in rows]


@dataclass(frozen=True)
class _Candidate:
    received_at: datetime
    room_id: int | None
    location: str
    category_id: int


def _repeats(session: Session, rows: list[dict[str, Any]]) -> list[tuple[bool, int] | None]:
    """Intake's repeat rule for a page of new complaints, one answer per row:
    (False, a stored complaint's id) or (True, the index of an earlier row)."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["received_at"], i))
    found = latest_repeats(session, [
        _Candidate(rows[i]["received_at"], rows[i]["room_id"],
                   "" if rows[i]["location"] == NO_ADDRESS else rows[i]["location"],
                   rows[i]["category_id"]) for i in order])
    out: list[tuple[bool, int] | None] = [None] * len(rows)
    for position, answer in zip(order, found, strict=True):
        out[position] = answer if answer is None or not answer[0] else (True, order[answer[1]])
    return out


def _new_row(r: CityRequest, numbers: _Numbers, categories: _Categories, rooms: RoomIndex | None,
             now: datetime, ctx: clock.ClockContext) -> dict[str, Any]:
    category = categories.find(r.service_name, r.urgency)
    try:
        channel = Channel(r.channel)
    except ValueError:
        channel = Channel.HOTLINE_12345  # a channel we do not know: the city dispatched it
    try:
        urgency = Urgency(r.urgency or category.urgency)
    except ValueError:
        urgency = Urgency(category.urgency)
    status = city_status.parse_status(r.status) or Status.RECEIVED
    matches = rooms.find(r.room) if rooms is not None and r.room else []
    room_id = matches[0][0] if len(matches) == 1 else None
    at = r.updated_at or r.requested_at
    done = status in (Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED)
    own = r.client_ref is not None  # ours, recreated: our own clocks count
    city_response = None if own else r.response_due
    city_resolution = None if own else r.resolution_due
    warned = False
    if city_response is None or city_resolution is None:  # compute what the city did not give
        computed = compute_deadlines(r.requested_at, channel, urgency, ctx.policy, ctx.calendar, [],
                                     as_of=now, check_limits=False)
        response_due = city_response or computed.response.due
        resolution_due = city_resolution or computed.resolution.due
        warned = bool(computed.response.warnings or computed.resolution.warnings)
    else:
        response_due, resolution_due = city_response, city_resolution
    responded_at = at if status is not Status.RECEIVED else None
    resolved_at = at if done else None
    return {
        "number": numbers.next(r.requested_at), "channel": channel.value, "category_id": category.id,
        "urgency": urgency.value, "status": status.value, "room_id": room_id, "resident_id": None,
        "contact_name": r.contact_name[:50], "contact_phone": r.contact_phone[:20],
        "location": (r.address or ("" if room_id else NO_ADDRESS))[:100],
        "description": r.description or r.service_name, "callback_wanted": True, "handler_id": None,
        "received_at": r.requested_at, "responded_at": responded_at, "resolved_at": resolved_at,
        "closed_at": at if status in (Status.CLOSED, Status.REFERRED) else None,
        "response_due": response_due, "resolution_due": resolution_due,
        "next_due": clock.next_due(status.value, responded_at, resolved_at, response_due, resolution_due),
        "unconfirmed_calendar": warned, "result": "", "satisfaction": None, "follow_up_comment": "",
        "referred_to": "", "repeat_of_id": None, "city_id": r.city_id, "city_revision": r.revision,
        "city_status": status.value, "city_response_due": city_response,
        "city_resolution_due": city_resolution, "created_by": None, "updated_at": now,
    }


def _updates(session: Session, updates: Sequence[CityUpdate]) -> tuple[int, int]:
    def event(u: CityUpdate, complaint_id: int) -> ComplaintEvent:
        return ComplaintEvent(
            complaint_id=complaint_id, kind="city_update", at=u.at, actor_name=city_status.CITY_ACTOR,
            data=json.dumps({"update_id": u.update_id, "status": u.status, "note": u.description},
                            ensure_ascii=False), city_id=u.update_id)

    return _add_once(session, updates, lambda u: u.update_id, ComplaintEvent.city_id, event)


def _supervisions(session: Session, notes: Sequence[CitySupervision]) -> tuple[int, int]:
    def supervision(n: CitySupervision, complaint_id: int) -> Supervision:
        reason = f"{n.authority}督办：{n.note}" if n.authority else n.note
        return Supervision(complaint_id=complaint_id, source="city", reason=reason[:200],
                           created_at=n.issued_at, city_id=n.supervision_id)

    return _add_once(session, notes, lambda n: n.supervision_id, Supervision.city_id, supervision)


_Sent = TypeVar("_Sent", CityUpdate, CitySupervision)


def _add_once(session: Session, items: Sequence[_Sent], key: Callable[[_Sent], str],
              stored_key: InstrumentedAttribute[str | None],
              make: Callable[[_Sent, int], object]) -> tuple[int, int]:
    """Add each item the city sent once, whatever it repeats (by its own id, kept in
    ``stored_key``), to the complaint it names; (added, orphans: no such complaint)."""
    if not items:
        return 0, 0
    seen: set[str] = set()
    for part in _chunks(sorted({key(i) for i in items})):
        seen.update(v for v in session.execute(select(stored_key).where(stored_key.in_(part))).scalars() if v)
    complaints = _complaint_ids(session, [i.city_id for i in items])
    added = orphans = 0
    for item in items:
        if key(item) in seen:
            continue
        seen.add(key(item))
        complaint_id = complaints.get(item.city_id)
        if complaint_id is None:
            orphans += 1
            continue
        session.add(make(item, complaint_id))
        added += 1
    return added, orphans


def _complaint_ids(session: Session, city_ids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in _chunks(sorted(set(city_ids))):
        for ident, city_id in session.execute(
                select(Complaint.id, Complaint.city_id).where(Complaint.city_id.in_(part))):
            found[city_id or ""] = ident
    return found
