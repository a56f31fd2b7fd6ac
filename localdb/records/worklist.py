"""What the disclosure-management screen (公开管理) reads: my drafts (with the
reason review sent them back), records waiting for review, what was published,
superseded or withdrawn, and one draft as its editor fills it in.

Plain dataclasses out, never ORM objects; writes go through
localdb.records.lifecycle and localdb.records.attachments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from localdb.errors import StoreError
from localdb.models import (
    Attachment,
    DisclosureItem,
    Record,
    RecordCategory,
    RecordSubcategory,
    StoredFile,
    User,
)
from localdb.records import tags
from localdb.records.states import OPEN_STATES, RecordState

#: The states the 已发布 list shows: public now, corrected, or taken down.
DONE_STATES: tuple[str, ...] = (RecordState.PUBLISHED.value, RecordState.SUPERSEDED.value,
                                RecordState.WITHDRAWN.value)
PUBLISHED_LIMIT = 500


@dataclass(frozen=True)
class WorkItem:
    id: int
    series_id: int
    version: int
    title: str
    category_code: str
    category_name: str
    subcategory_name: str
    item_code: str | None
    item_name: str
    period_start: date | None
    period_end: date | None
    state: str
    body_kind: str
    author_id: int | None
    author_name: str
    reviewer_name: str
    updated_at: datetime
    submitted_at: datetime | None
    published_at: datetime | None
    withdrawn_at: datetime | None
    returned_reason: str  # why review sent it back ("" when it never was)
    withdrawn_reason: str
    is_correction: bool  # a later version of a published record


@dataclass(frozen=True)
class PublishedFilter:
    category_code: str | None = None
    # A record matches when its period overlaps [period_from, period_to];
    # with either set, records without a period are left out.
    period_from: date | None = None
    period_to: date | None = None
    states: tuple[str, ...] = DONE_STATES
    limit: int = PUBLISHED_LIMIT


@dataclass(frozen=True)
class PublishedList:
    items: tuple[WorkItem, ...]
    total: int  # how many match (the list shows at most ``limit``)


@dataclass(frozen=True)
class AttachedFile:
    id: int
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class DraftForm:
    """A record as the editor fills it in (codes, not ids: RecordDraft's terms)."""

    id: int
    state: str
    version: int
    is_correction: bool
    category_code: str
    subcategory_code: str | None
    disclosure_item_code: str | None
    title: str
    period_start: date | None
    period_end: date | None
    summary: str
    body_kind: str
    body_text: str
    tags: tuple[str, ...]
    common_parts: bool
    returned_reason: str
    author_id: int | None
    attachments: tuple[AttachedFile, ...]


def _items_select() -> Select[Any]:
    author, reviewer = aliased(User), aliased(User)
    return (
        select(Record, RecordCategory.code, RecordCategory.name, RecordSubcategory.name,
               DisclosureItem.code, DisclosureItem.name, author.display_name, reviewer.display_name)
        .join(RecordCategory, RecordCategory.id == Record.category_id)
        .outerjoin(RecordSubcategory, RecordSubcategory.id == Record.subcategory_id)
        .outerjoin(DisclosureItem, DisclosureItem.id == Record.disclosure_item_id)
        .outerjoin(author, author.id == Record.author_id)
        .outerjoin(reviewer, reviewer.id == Record.reviewer_id)
    )


def _items(session: Session, stmt: Select[Any]) -> list[WorkItem]:
    out: list[WorkItem] = []
    for row in session.execute(stmt):
        r, cat_code, cat_name, sub_name, item_code, item_name, author_name, reviewer_name = row
        assert isinstance(r, Record)
        out.append(WorkItem(
            id=r.id, series_id=r.series_id if r.series_id is not None else r.id, version=r.version,
            title=r.title, category_code=str(cat_code), category_name=str(cat_name),
            subcategory_name=str(sub_name or ""), item_code=str(item_code) if item_code else None,
            item_name=str(item_name or ""), period_start=r.period_start, period_end=r.period_end,
            state=r.state, body_kind=r.body_kind, author_id=r.author_id,
            author_name=str(author_name or ""), reviewer_name=str(reviewer_name or ""),
            updated_at=r.updated_at, submitted_at=r.submitted_at, published_at=r.published_at,
            withdrawn_at=r.withdrawn_at, returned_reason=r.returned_reason,
            withdrawn_reason=r.withdrawn_reason, is_correction=r.supersedes_id is not None,
        ))
    return out


def item(session: Session, record_id: int) -> WorkItem:
    """One record as the lists show it."""
    found = _items(session, _items_select().where(Record.id == record_id))
    if not found:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    return found[0]


def drafts(session: Session, author_id: int | None) -> list[WorkItem]:
    """The drafts ``author_id`` wrote, those review sent back first, then the
    latest changed first."""
    mine = Record.author_id.is_(None) if author_id is None else Record.author_id == author_id
    stmt = _items_select().where(Record.state == RecordState.DRAFT.value, mine).order_by(
        (Record.returned_reason == "").asc(), Record.updated_at.desc(), Record.id.desc())
    return _items(session, stmt)


def waiting(session: Session) -> list[WorkItem]:
    """Records submitted for review, the longest waiting first."""
    stmt = _items_select().where(Record.state == RecordState.SUBMITTED.value).order_by(
        Record.submitted_at.asc(), Record.id.asc())
    return _items(session, stmt)


def _period_overlaps(stmt: Select[Any], f: PublishedFilter) -> Select[Any]:
    start = func.coalesce(Record.period_start, Record.period_end)
    end = func.coalesce(Record.period_end, Record.period_start)
    if f.period_from is not None:
        stmt = stmt.where(end >= f.period_from)
    if f.period_to is not None:
        stmt = stmt.where(start <= f.period_to)
    return stmt


def published(session: Session, f: PublishedFilter = PublishedFilter()) -> PublishedList:
    """Published, superseded and withdrawn versions, the latest published
    first, filtered by category and period."""
    states = [s for s in f.states if s in DONE_STATES] or list(DONE_STATES)
    stmt = _items_select().where(Record.state.in_(states))
    counted = select(func.count()).select_from(Record).join(
        RecordCategory, RecordCategory.id == Record.category_id).where(Record.state.in_(states))
    if f.category_code:
        stmt = stmt.where(RecordCategory.code == f.category_code)
        counted = counted.where(RecordCategory.code == f.category_code)
    stmt = _period_overlaps(stmt, f)
    counted = _period_overlaps(counted, f)
    stmt = stmt.order_by(Record.published_at.desc(), Record.id.desc()).limit(max(f.limit, 1))
    total = session.execute(counted).scalar_one()
    return PublishedList(tuple(_items(session, stmt)), int(total))


def attached_files(session: Session, record_id: int) -> tuple[AttachedFile, ...]:
    stmt = (
        select(Attachment.id, Attachment.filename, StoredFile.mime, StoredFile.size)
        .join(StoredFile, StoredFile.sha256 == Attachment.sha256)
        .where(Attachment.record_id == record_id)
        .order_by(Attachment.sort_key, Attachment.id)
    )
    return tuple(AttachedFile(aid, name, mime, size) for aid, name, mime, size in session.execute(stmt))


def draft_form(session: Session, record_id: int) -> DraftForm:
    """One record's editable fields (any state: the editor shows a submitted
    or published one read-only)."""
    row = session.execute(
        select(Record, RecordCategory.code, RecordSubcategory.code, DisclosureItem.code)
        .join(RecordCategory, RecordCategory.id == Record.category_id)
        .outerjoin(RecordSubcategory, RecordSubcategory.id == Record.subcategory_id)
        .outerjoin(DisclosureItem, DisclosureItem.id == Record.disclosure_item_id)
        .where(Record.id == record_id)
    ).one_or_none()
    if row is None:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    r, cat_code, sub_code, item_code = row
    return DraftForm(
        id=r.id, state=r.state, version=r.version, is_correction=r.supersedes_id is not None,
        category_code=cat_code, subcategory_code=sub_code, disclosure_item_code=item_code,
        title=r.title, period_start=r.period_start, period_end=r.period_end, summary=r.summary,
        body_kind=r.body_kind, body_text=r.body_text, tags=tags.tags_of(session, r.id),
        common_parts=r.common_parts, returned_reason=r.returned_reason, author_id=r.author_id,
        attachments=attached_files(session, r.id),
    )


def open_record_for(session: Session, item_code: str, period_start: date | None,
                    period_end: date | None) -> tuple[int, str] | None:
    """A draft or submitted record of a disclosure item whose period ends in
    [period_start, period_end] (any period for an on-change item), as
    (id, state): the board opens it rather than starting a second one."""
    stmt = (
        select(Record.id, Record.state)
        .join(DisclosureItem, DisclosureItem.id == Record.disclosure_item_id)
        .where(DisclosureItem.code == item_code, Record.state.in_(list(OPEN_STATES)))
    )
    if period_start is not None and period_end is not None:
        stmt = stmt.where(Record.period_end >= period_start, Record.period_end <= period_end)
    found = session.execute(stmt.order_by(Record.updated_at.desc(), Record.id.desc()).limit(1)).first()
    return (int(found[0]), str(found[1])) if found is not None else None
