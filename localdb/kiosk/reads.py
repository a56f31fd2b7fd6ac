"""Everything the kiosk reads, already masked: the only read API it uses.

Published records (and superseded ones, marked) by category, sub-category,
tag, building and period; one record with its body table, attachments and the
answered questions a manager allowed to be shown; search over public records.
Free text loses every resident's full name and every mobile number
(localdb.masking); room numbers stay only in records about common parts.
Staff names (a work row's performer) are kept: they are the centre's people.
Nothing here reads complaints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from localdb.errors import StoreError
from localdb.masking import Scrubber, mask_rooms, resident_scrubber
from localdb.models import Building, Record, RecordTag
from localdb.records import queries
from localdb.records.files import FileStore
from localdb.records.queries import CategoryTile, RecordFilter, SubcategoryInfo
from localdb.records.states import PUBLIC_STATES
from localdb.workcalendar import SHANGHAI

MAX_ROWS = 300
ROWS_BLOCK = 200
Mask = Callable[[str], str]


@dataclass(frozen=True)
class KioskFilter:
    category_id: int | None = None
    subcategory_id: int | None = None
    tag: str | None = None
    building: str | None = None  # e.g. "3栋": records tagged with it or naming it
    period_from: date | None = None
    period_to: date | None = None


@dataclass(frozen=True)
class PublicRow:
    id: int
    title: str
    category: str
    subcategory: str
    period_start: date | None
    period_end: date | None
    superseded: bool  # an older version kept for reference, marked as such
    published_at: datetime | None
    attachments: int
    body_kind: str


@dataclass(frozen=True)
class PublicAttachment:
    id: int
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class PublicQuestion:
    number: str
    asked_at: datetime
    text: str
    answer: str
    answered_at: datetime | None


@dataclass(frozen=True)
class PublicMoneyLine:
    occurred_on: date
    account: str
    direction_label: str
    description: str
    amount: Decimal
    note: str


@dataclass(frozen=True)
class PublicMoney:
    model_label: str
    lines: tuple[PublicMoneyLine, ...]
    summary: tuple[tuple[str, Decimal], ...]  # (label, amount): opening … closing
    by_class: tuple[tuple[str, Decimal], ...]  # lump-sum expense by class


@dataclass(frozen=True)
class PublicVersion:
    id: int
    version: int
    superseded: bool
    published_at: datetime | None


@dataclass(frozen=True)
class PublicRecord:
    id: int
    version: int
    title: str
    category_id: int
    category: str
    subcategory: str
    disclosure_item: str
    period_start: date | None
    period_end: date | None
    summary: str
    body_kind: str
    body_text: str
    superseded: bool
    superseded_at: datetime | None
    current_id: int | None  # the version published now, when this is not it
    published_at: datetime | None
    common_parts: bool
    tags: tuple[str, ...]
    versions: tuple[PublicVersion, ...]
    attachments: tuple[PublicAttachment, ...]
    questions: tuple[PublicQuestion, ...]
    money: PublicMoney | None
    row_count: int  # work / register rows (read by record_rows)


@dataclass(frozen=True)
class PublicHit:
    record_id: int
    title: str
    category: str
    superseded: bool
    snippet: str


def masker(scrub: Scrubber, common_parts: bool) -> Mask:
    """Names and mobiles always; room numbers unless about common parts."""
    if common_parts:
        return scrub
    return lambda text: mask_rooms(scrub(text)) if text else text


# -- browsing -------------------------------------------------------------------------

def categories(session: Session) -> list[CategoryTile]:
    return queries.tiles(session)


def subcategories(session: Session, category_id: int) -> list[SubcategoryInfo]:
    return queries.subcategories(session, category_id)


def tags(session: Session, limit: int = 40) -> list[tuple[str, int]]:
    """Tags on public records, most used first (the keyword picker)."""
    from sqlalchemy import func

    rows = session.execute(
        select(RecordTag.tag, func.count()).join(Record, Record.id == RecordTag.record_id)
        .where(Record.state == queries.PUBLISHED)
        .group_by(RecordTag.tag).order_by(func.count().desc(), RecordTag.tag).limit(limit)
    ).tuples().all()
    scrub = resident_scrubber(session)
    return [(mask_rooms(scrub(tag)), int(n)) for tag, n in rows]


def buildings(session: Session) -> list[str]:
    return list(session.execute(select(Building.name).order_by(Building.sort_key, Building.id)).scalars())


def record_ids(session: Session, f: KioskFilter = KioskFilter()) -> list[int]:
    """Public records matching ``f``, in list order (latest period first)."""
    ids = queries.record_ids(session, RecordFilter(
        category_id=f.category_id, subcategory_id=f.subcategory_id, period_from=f.period_from,
        period_to=f.period_to, states=PUBLIC_STATES))
    if not ids or (f.tag is None and f.building is None):
        return ids
    stmt = select(Record.id).where(Record.id.in_(ids))
    if f.tag is not None:
        stmt = stmt.where(Record.id.in_(select(RecordTag.record_id).where(RecordTag.tag == f.tag)))
    if f.building is not None:
        name = f.building.replace("%", "").replace("_", "")
        stmt = stmt.where(or_(
            Record.id.in_(select(RecordTag.record_id).where(RecordTag.tag == name)),
            Record.title.contains(name, autoescape=True), Record.summary.contains(name, autoescape=True)))
    keep = set(session.execute(stmt).scalars())
    return [i for i in ids if i in keep]


def records(session: Session, f: KioskFilter = KioskFilter(), limit: int = MAX_ROWS) -> list[PublicRow]:
    ids = record_ids(session, f)[:limit]
    rows = queries.record_rows(session, ids)
    common = _common_parts(session, ids)
    scrub = resident_scrubber(session)
    out = []
    for rid in ids:
        r = rows[rid]
        mask = masker(scrub, common.get(rid, False))
        out.append(PublicRow(r.id, mask(r.title), r.category, r.subcategory, r.period_start, r.period_end,
                             r.state == queries.SUPERSEDED, r.published_at, r.attachments, r.body_kind))
    return out


def _common_parts(session: Session, ids: list[int]) -> dict[int, bool]:
    if not ids:
        return {}
    return {rid: bool(c) for rid, c in session.execute(
        select(Record.id, Record.common_parts).where(Record.id.in_(ids))).tuples()}


# -- one record ---------------------------------------------------------------------------

def record(session: Session, record_id: int) -> PublicRecord:
    """One public record, masked (StoreError not_found for anything not public)."""
    d = queries.detail(session, record_id, public_only=True)
    mask = masker(resident_scrubber(session), d.common_parts)
    money = _money(session, d.id, mask) if d.body_kind.startswith("money_") else None
    current = d.current_id if d.current_id != d.id else None
    return PublicRecord(
        id=d.id, version=d.version, title=mask(d.title), category_id=d.category_id, category=d.category,
        subcategory=d.subcategory, disclosure_item=d.disclosure_item, period_start=d.period_start,
        period_end=d.period_end, summary=mask(d.summary), body_kind=d.body_kind, body_text=mask(d.body_text),
        superseded=d.state == queries.SUPERSEDED, superseded_at=d.superseded_at, current_id=current,
        published_at=d.published_at, common_parts=d.common_parts, tags=tuple(mask(t) for t in d.tags),
        versions=tuple(PublicVersion(v.id, v.version, v.state == queries.SUPERSEDED, v.published_at)
                       for v in d.versions),
        attachments=tuple(PublicAttachment(a.id, mask(a.filename), a.mime, a.size) for a in d.attachments),
        questions=tuple(PublicQuestion(q.number, q.asked_at, mask(q.text), mask(q.answer), q.answered_at)
                        for q in d.questions),
        money=money, row_count=_row_count(session, d.id, d.body_kind),
    )


def _money(session: Session, record_id: int, mask: Mask) -> PublicMoney:
    from localdb.money.table import money_table

    t = money_table(session, record_id)
    return PublicMoney(
        model_label=t.model_label,
        lines=tuple(PublicMoneyLine(line.occurred_on, mask(line.account_name), line.direction_label,
                                    mask(line.description), line.amount, mask(line.note))
                    for line in t.lines),
        summary=tuple((total.label, total.amount) for total in t.summary),
        by_class=tuple((mask(total.label), total.amount) for total in t.by_class)
        if t.model == "lump_sum" else (),
    )


def _row_count(session: Session, record_id: int, body_kind: str) -> int:
    from localdb import worklog

    kind = body_kind.removeprefix("work_").removeprefix("register_")
    if body_kind.startswith("work_"):
        return int(worklog.work_count(session, record_id=record_id, kind=kind))
    if body_kind.startswith("register_"):
        return int(worklog.register_count(session, record_id=record_id, kind=kind))
    return 0


def _public(session: Session, record_id: int) -> Record:
    r = session.get(Record, record_id)
    if r is None or r.state not in PUBLIC_STATES:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    return r


def record_rows(session: Session, record_id: int, offset: int = 0,
                limit: int = ROWS_BLOCK) -> list[tuple[str, ...]]:
    """One block of a work or register table as display text, masked; the
    columns are those of desktop's query-desk tables (time, place, content,
    performer, result, note / no., code, name, place, spec, qty, status,
    keeper, since, note). A performer or keeper is staff: kept."""
    from localdb import worklog

    r = _public(session, record_id)
    mask = masker(resident_scrubber(session), r.common_parts)
    kind = r.body_kind.removeprefix("work_").removeprefix("register_")
    limit = min(max(limit, 0), ROWS_BLOCK)
    if r.body_kind.startswith("work_"):
        return [(w.done_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"), mask(w.place), mask(w.content),
                 w.performer, mask(w.result), mask(w.note))
                for w in worklog.work_rows(session, record_id=record_id, kind=kind, offset=offset,
                                           limit=limit)]
    if r.body_kind.startswith("register_"):
        return [(str(g.line_no), g.code, mask(g.name), mask(g.location), mask(g.spec), g.quantity,
                 mask(g.status), g.keeper, g.since.isoformat() if g.since else "", mask(g.note))
                for g in worklog.register_rows(session, record_id=record_id, kind=kind, offset=offset,
                                               limit=limit)]
    return []


def attachment_bytes(session: Session, files: FileStore, record_id: int, attachment_id: int) -> bytes:
    """The content of an attachment of a public record (nothing else is readable)."""
    _public(session, record_id)
    found = next((a for a in queries.attachments(session, record_id) if a.id == attachment_id), None)
    if found is None:
        raise StoreError("not_found", what="附件", ident=attachment_id)
    return files.read(found.sha256)


# -- search -----------------------------------------------------------------------------------

def search(session: Session, query: str, *, limit: int = 50) -> list[PublicHit]:
    """Public records holding every word of ``query`` (localdb.search), masked."""
    from localdb.search import search as run

    scrub = resident_scrubber(session)
    if mask_rooms(scrub(query)) != query:
        # A resident's name, a mobile or a room number: which records hold it
        # is itself personal data, so the kiosk finds nothing for it.
        return []
    hits = run(session, query, public_only=True, limit=limit)
    common = _common_parts(session, [h.record_id for h in hits])
    out = []
    for h in hits:
        mask = masker(scrub, common.get(h.record_id, False))
        out.append(PublicHit(h.record_id, mask(h.title), h.category_name, h.state == queries.SUPERSEDED,
                             mask(h.snippet)))
    return out
