"""What the query desk reads: category tiles, sub-categories, record ids in
list order with rows fetched by id (the screen asks only for what it shows),
and one record's detail with its versions, tags, attachments and the
questions a manager allowed to be shown.

Plain dataclasses out, never ORM objects. Table bodies (money, work records,
registers) are read by localdb.money and localdb.worklog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from localdb.errors import StoreError
from localdb.models import (
    Attachment,
    DisclosureItem,
    Record,
    RecordCategory,
    RecordQuestion,
    RecordSubcategory,
    RecordTag,
    StoredFile,
    User,
)

DRAFT, SUBMITTED, PUBLISHED, SUPERSEDED, WITHDRAWN = (
    "draft", "submitted", "published", "superseded", "withdrawn")
STATES: tuple[str, ...] = (DRAFT, SUBMITTED, PUBLISHED, SUPERSEDED, WITHDRAWN)
#: What residents may see: the current version and the versions it corrected.
PUBLIC_STATES: tuple[str, ...] = (PUBLISHED, SUPERSEDED)


@dataclass(frozen=True)
class CategoryTile:
    id: int
    code: str
    name: str
    description: str
    published: int  # records published now (superseded versions not counted)
    latest_published_at: datetime | None


@dataclass(frozen=True)
class SubcategoryInfo:
    id: int
    code: str
    name: str
    body_kind: str
    published: int


@dataclass(frozen=True)
class RecordFilter:
    category_id: int | None = None
    subcategory_id: int | None = None
    # A record matches when its period overlaps [period_from, period_to];
    # with a period filter set, records without any period are left out.
    period_from: date | None = None
    period_to: date | None = None
    states: tuple[str, ...] = PUBLIC_STATES


@dataclass(frozen=True)
class RecordRow:
    id: int
    title: str
    category: str
    subcategory: str
    period_start: date | None
    period_end: date | None
    state: str
    version: int
    published_at: datetime | None
    body_kind: str
    attachments: int


@dataclass(frozen=True)
class VersionInfo:
    id: int
    version: int
    state: str
    title: str
    published_at: datetime | None
    superseded_at: datetime | None
    withdrawn_at: datetime | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    sha256: str
    mime: str
    size: int


@dataclass(frozen=True)
class ShownQuestion:
    number: str
    asked_at: datetime
    text: str
    answer: str
    answered_at: datetime | None


@dataclass(frozen=True)
class RecordDetail:
    id: int
    series_id: int
    version: int
    title: str
    category_id: int
    category: str
    subcategory_id: int | None
    subcategory: str
    disclosure_item: str
    period_start: date | None
    period_end: date | None
    summary: str
    body_kind: str
    body_text: str
    state: str
    common_parts: bool
    author: str  # "" on public surfaces
    reviewer: str
    created_at: datetime
    published_at: datetime | None
    superseded_at: datetime | None
    withdrawn_at: datetime | None
    withdrawn_reason: str
    #: The version that corrected this one (set when this one is superseded).
    superseded_by: int | None
    #: The version published now in this series (None when none is).
    current_id: int | None
    versions: tuple[VersionInfo, ...]
    tags: tuple[str, ...]
    attachments: tuple[AttachmentInfo, ...]
    questions: tuple[ShownQuestion, ...]


# -- tiles ---------------------------------------------------------------------

def tiles(session: Session, *, active_only: bool = True) -> list[CategoryTile]:
    """The categories in their sort order, each with how many records are
    published now and when the latest of them was published."""
    published = (
        select(Record.category_id.label("cid"), func.count().label("n"),
               func.max(Record.published_at).label("latest"))
        .where(Record.state == PUBLISHED)
        .group_by(Record.category_id)
        .subquery()
    )
    stmt = (
        select(RecordCategory.id, RecordCategory.code, RecordCategory.name,
               RecordCategory.description, published.c.n, published.c.latest)
        .outerjoin(published, published.c.cid == RecordCategory.id)
        .order_by(RecordCategory.sort_key, RecordCategory.id)
    )
    if active_only:
        stmt = stmt.where(RecordCategory.active)
    out: list[CategoryTile] = []
    for cid, code, name, description, n, latest in session.execute(stmt):
        # max() keeps the column's type, so ``latest`` is an aware UTC datetime.
        out.append(CategoryTile(cid, code, name, description or "", int(n or 0), latest))
    return out


def subcategories(session: Session, category_id: int, *,
                  active_only: bool = True) -> list[SubcategoryInfo]:
    counts = (
        select(Record.subcategory_id.label("sid"), func.count().label("n"))
        .where(Record.state == PUBLISHED, Record.category_id == category_id)
        .group_by(Record.subcategory_id)
        .subquery()
    )
    stmt = (
        select(RecordSubcategory.id, RecordSubcategory.code, RecordSubcategory.name,
               RecordSubcategory.body_kind, counts.c.n)
        .outerjoin(counts, counts.c.sid == RecordSubcategory.id)
        .where(RecordSubcategory.category_id == category_id)
        .order_by(RecordSubcategory.sort_key, RecordSubcategory.id)
    )
    if active_only:
        stmt = stmt.where(RecordSubcategory.active)
    return [SubcategoryInfo(sid, code, name, kind, int(n or 0))
            for sid, code, name, kind, n in session.execute(stmt)]


# -- the list ----------------------------------------------------------------------

def _list_select(f: RecordFilter) -> Select[tuple[int]]:
    stmt = select(Record.id).where(Record.state.in_(list(f.states)))
    if f.category_id is not None:
        stmt = stmt.where(Record.category_id == f.category_id)
    if f.subcategory_id is not None:
        stmt = stmt.where(Record.subcategory_id == f.subcategory_id)
    # A record with only one end of its period set covers that single day.
    start = func.coalesce(Record.period_start, Record.period_end)
    end = func.coalesce(Record.period_end, Record.period_start)
    if f.period_from is not None:
        stmt = stmt.where(end >= f.period_from)
    if f.period_to is not None:
        stmt = stmt.where(start <= f.period_to)
    return stmt


def record_ids(session: Session, f: RecordFilter = RecordFilter()) -> list[int]:
    """Records in list order: latest period first, then latest published."""
    stmt = _list_select(f).order_by(
        Record.period_end.is_(None), Record.period_end.desc(),
        Record.published_at.is_(None), Record.published_at.desc(), Record.id.desc(),
    )
    return list(session.execute(stmt).scalars())


def record_rows(session: Session, ids: Sequence[int]) -> dict[int, RecordRow]:
    """The rows for these ids (the list asks only for the blocks on screen)."""
    if not ids:
        return {}
    attachments = (
        select(func.count()).where(Attachment.record_id == Record.id)
        .correlate(Record).scalar_subquery()
    )
    stmt = (
        select(Record.id, Record.title, RecordCategory.name, RecordSubcategory.name,
               Record.period_start, Record.period_end, Record.state, Record.version,
               Record.published_at, Record.body_kind, attachments)
        .join(RecordCategory, RecordCategory.id == Record.category_id)
        .outerjoin(RecordSubcategory, RecordSubcategory.id == Record.subcategory_id)
        .where(Record.id.in_(list(ids)))
    )
    return {
        rid: RecordRow(rid, title, category, subcategory or "", start, end, state, version,
                       published_at, kind, int(n or 0))
        for (rid, title, category, subcategory, start, end, state, version, published_at, kind,
             n) in session.execute(stmt)
    }


# -- one record ------------------------------------------------------------------------

def detail(session: Session, record_id: int, *, public_only: bool = False) -> RecordDetail:
    """One record as the query desk shows it. ``public_only`` (the kiosk):
    only published and superseded versions exist, and no staff names."""
    author, reviewer = aliased(User), aliased(User)
    stmt = (
        select(Record, RecordCategory.name, RecordSubcategory.name, DisclosureItem.name,
               author.display_name, reviewer.display_name)
        .join(RecordCategory, RecordCategory.id == Record.category_id)
        .outerjoin(RecordSubcategory, RecordSubcategory.id == Record.subcategory_id)
        .outerjoin(DisclosureItem, DisclosureItem.id == Record.disclosure_item_id)
        .outerjoin(author, author.id == Record.author_id)
        .outerjoin(reviewer, reviewer.id == Record.reviewer_id)
        .where(Record.id == record_id)
    )
    found = session.execute(stmt).one_or_none()
    if found is None or (public_only and found[0].state not in PUBLIC_STATES):
        raise StoreError("not_found", what="公开记录", ident=record_id)
    r, category, subcategory, item, author_name, reviewer_name = found
    series = r.series_id if r.series_id is not None else r.id
    versions = _versions(session, series, public_only)
    newer = session.execute(
        select(Record.id).where(Record.supersedes_id == r.id,
                                Record.state.in_(list(PUBLIC_STATES)))
        .order_by(Record.version)
    ).scalars().first()
    current = next((v.id for v in versions if v.state == PUBLISHED), None)
    return RecordDetail(
        id=r.id, series_id=series, version=r.version, title=r.title, category_id=r.category_id,
        category=category, subcategory_id=r.subcategory_id, subcategory=subcategory or "",
        disclosure_item=item or "", period_start=r.period_start, period_end=r.period_end,
        summary=r.summary, body_kind=r.body_kind, body_text=r.body_text, state=r.state,
        common_parts=r.common_parts,
        author="" if public_only else author_name or "",
        reviewer="" if public_only else reviewer_name or "",
        created_at=r.created_at, published_at=r.published_at, superseded_at=r.superseded_at,
        withdrawn_at=r.withdrawn_at, withdrawn_reason=r.withdrawn_reason,
        superseded_by=newer, current_id=current, versions=versions,
        tags=tuple(session.execute(
            select(RecordTag.tag).where(RecordTag.record_id == r.id).order_by(RecordTag.tag)
        ).scalars()),
        attachments=attachments(session, r.id),
        questions=shown_questions(session, series),
    )


def _versions(session: Session, series: int, public_only: bool) -> tuple[VersionInfo, ...]:
    stmt = (
        select(Record.id, Record.version, Record.state, Record.title, Record.published_at,
               Record.superseded_at, Record.withdrawn_at)
        .where((Record.series_id == series) | and_(Record.series_id.is_(None), Record.id == series))
        .order_by(Record.version.desc(), Record.id.desc())
    )
    if public_only:
        stmt = stmt.where(Record.state.in_(list(PUBLIC_STATES)))
    return tuple(VersionInfo(*row) for row in session.execute(stmt))


def attachments(session: Session, record_id: int) -> tuple[AttachmentInfo, ...]:
    stmt = (
        select(Attachment.id, Attachment.filename, Attachment.sha256, StoredFile.mime,
               StoredFile.size)
        .join(StoredFile, StoredFile.sha256 == Attachment.sha256)
        .where(Attachment.record_id == record_id)
        .order_by(Attachment.sort_key, Attachment.id)
    )
    return tuple(AttachmentInfo(*row) for row in session.execute(stmt))


def shown_questions(session: Session, series: int) -> tuple[ShownQuestion, ...]:
    """Answered questions about any version of the record that a manager
    allowed to be shown; never the asker's phone or room."""
    in_series = select(Record.id).where(
        (Record.series_id == series) | and_(Record.series_id.is_(None), Record.id == series))
    stmt = (
        select(RecordQuestion.number, RecordQuestion.asked_at, RecordQuestion.text,
               RecordQuestion.answer, RecordQuestion.answered_at)
        .where(RecordQuestion.record_id.in_(in_series), RecordQuestion.shown_publicly,
               RecordQuestion.answered_at.is_not(None))
        .order_by(RecordQuestion.asked_at, RecordQuestion.id)
    )
    return tuple(ShownQuestion(*row) for row in session.execute(stmt))

