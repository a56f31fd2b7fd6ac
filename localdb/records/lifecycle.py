"""A record's life: draft → submitted → published (by a manager who is not the
author) → superseded by a published correction, or withdrawn with a reason.

Published content is never edited in place: ``start_correction`` copies a
published version into a new draft of the same series (tags, attachments and
table rows too); publishing that draft supersedes its predecessor. Each step
is one audited write; publishing and withdrawing also queue the city sync.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, outbox, validate
from localdb.changes import Changes
from localdb.errors import StoreError, ValidationError
from localdb.models import (
    Attachment,
    DisclosureItem,
    MoneyLine,
    Record,
    RecordCategory,
    RecordSubcategory,
    RegisterEntry,
    WorkEntry,
    utcnow,
)
from localdb.records import body, tags
from localdb.records.states import OPEN_STATES, RecordState, label
from localdb.roles import Actor, Permission

MAX_TITLE = 200
MAX_SUMMARY = 2000
MAX_BODY = 200_000
MAX_REASON = 500


@dataclass(frozen=True)
class RecordDraft:
    """What a writer fills in. ``body_kind`` "" takes the sub-category's default."""

    category_code: str
    subcategory_code: str | None = None
    disclosure_item_code: str | None = None
    title: str = ""
    period_start: date | None = None
    period_end: date | None = None
    summary: str = ""
    body_kind: str = ""
    body_text: str = ""
    tags: tuple[str, ...] = ()
    common_parts: bool = False


@dataclass(frozen=True)
class _Checked:
    category_id: int
    subcategory_id: int | None
    disclosure_item_id: int | None
    title: str
    period_start: date | None
    period_end: date | None
    summary: str
    body_kind: str
    body_text: str
    tags: tuple[str, ...]
    common_parts: bool


def _checked(session: Session, draft: RecordDraft) -> _Checked:
    category = session.execute(
        select(RecordCategory).where(RecordCategory.code == draft.category_code)).scalar()
    if category is None or not category.active:
        raise ValidationError("record_unknown_category", field="类别", value=draft.category_code)
    item = None
    if draft.disclosure_item_code:
        item = session.execute(
            select(DisclosureItem).where(DisclosureItem.code == draft.disclosure_item_code)).scalar()
        if item is None or not item.active:
            raise ValidationError("record_unknown_item", field="公开事项", value=draft.disclosure_item_code)
        if item.category_id != category.id:
            raise ValidationError("record_item_mismatch", field="公开事项", value=item.name,
                                  category=category.name)
    sub = None
    if draft.subcategory_code:
        sub = session.execute(
            select(RecordSubcategory).where(RecordSubcategory.code == draft.subcategory_code)).scalar()
        if sub is None or not sub.active or sub.category_id != category.id:
            raise ValidationError("record_unknown_subcategory", field="子类别", value=draft.subcategory_code)
    elif item is not None and item.subcategory_id is not None:
        sub = session.get(RecordSubcategory, item.subcategory_id)
    if draft.period_start and draft.period_end and draft.period_end < draft.period_start:
        raise ValidationError("record_period_order", field="period_end",
                              start=draft.period_start.isoformat(), end=draft.period_end.isoformat())
    kind = draft.body_kind or (sub.body_kind if sub is not None else body.DOCUMENT)
    if kind not in body.BODY_KINDS:
        raise ValidationError("record_bad_body_kind", field="body_kind", value=kind)
    return _Checked(
        category_id=category.id,
        subcategory_id=sub.id if sub is not None else None,
        disclosure_item_id=item.id if item is not None else None,
        title=validate.text(draft.title, "标题", limit=MAX_TITLE),
        period_start=draft.period_start,
        period_end=draft.period_end,
        summary=validate.text(draft.summary, "摘要", limit=MAX_SUMMARY, required=False),
        body_kind=kind,
        body_text=validate.text(draft.body_text, "正文", limit=MAX_BODY, required=False),
        tags=tags.normalize(draft.tags),
        common_parts=draft.common_parts,
    )


def snapshot(session: Session, r: Record, *, with_tags: bool = False) -> dict[str, Any]:
    """What the audit keeps of a version; the body text by hash, not in full;
    tags only where a step can change them."""
    out: dict[str, Any] = {
        "series_id": r.series_id, "version": r.version, "supersedes_id": r.supersedes_id,
        "state": r.state, "category_id": r.category_id, "subcategory_id": r.subcategory_id,
        "disclosure_item_id": r.disclosure_item_id, "title": r.title,
        "period_start": r.period_start.isoformat() if r.period_start else None,
        "period_end": r.period_end.isoformat() if r.period_end else None,
        "summary": r.summary, "body_kind": r.body_kind,
        "body_sha256": hashlib.sha256(r.body_text.encode("utf-8")).hexdigest(),
        "common_parts": r.common_parts, "author_id": r.author_id, "reviewer_id": r.reviewer_id,
        "withdrawn_reason": r.withdrawn_reason, "returned_reason": r.returned_reason,
    }
    if with_tags:
        out["tags"] = list(tags.tags_of(session, r.id)) if r.id is not None else []
    return out


def get(session: Session, record_id: int, *, for_update: bool = False) -> Record:
    stmt = select(Record).where(Record.id == record_id)
    if for_update:
        stmt = stmt.with_for_update()
    record = session.execute(stmt).scalar_one_or_none()
    if record is None:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    return record


def _require_state(record: Record, action: str, *states: RecordState) -> None:
    if record.state not in {s.value for s in states}:
        raise StoreError("record_bad_state", state=label(record.state), action=action)


def draft_for_edit(session: Session, record_id: int, action: str = "修改") -> Record:
    """The record, locked, if it is a draft; table-body services (money, work
    records, registers) call this before touching a record's rows."""
    record = get(session, record_id, for_update=True)
    _require_state(record, action, RecordState.DRAFT)
    return record


def _audit(session: Session, actor: Actor, action: str, record: Record,
           before: dict[str, Any] | None, *, with_tags: bool = False) -> None:
    audit.record(session, actor, f"record.{action}", "record", record.id, before,
                 snapshot(session, record, with_tags=with_tags))


def _apply(record: Record, c: _Checked) -> None:
    record.category_id = c.category_id
    record.subcategory_id = c.subcategory_id
    record.disclosure_item_id = c.disclosure_item_id
    record.title = c.title
    record.period_start = c.period_start
    record.period_end = c.period_end
    record.summary = c.summary
    record.body_kind = c.body_kind
    record.body_text = c.body_text
    record.common_parts = c.common_parts


def create_draft(session: Session, actor: Actor, draft: RecordDraft,
                 now: datetime | None = None) -> int:
    """A new record (version 1 of a new series) as a draft; returns its id."""
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    checked = _checked(session, draft)
    record = Record(state=RecordState.DRAFT.value, version=1, author_id=actor.user_id,
                    created_at=now, updated_at=now, withdrawn_reason="", returned_reason="")
    _apply(record, checked)
    session.add(record)
    session.flush()
    record.series_id = record.id
    tags.set_tags(session, record.id, checked.tags)
    _audit(session, actor, "create", record, None, with_tags=True)
    return record.id


def _has_table_rows(session: Session, record_id: int) -> bool:
    for model in (MoneyLine, WorkEntry, RegisterEntry):
        count = session.execute(
            select(func.count()).select_from(model).where(model.record_id == record_id)).scalar_one()
        if count:
            return True
    return False


def update_draft(session: Session, actor: Actor, record_id: int, draft: RecordDraft,
                 now: datetime | None = None) -> Changes:
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    record = draft_for_edit(session, record_id)
    checked = _checked(session, draft)
    if checked.body_kind != record.body_kind and _has_table_rows(session, record.id):
        raise ValidationError("record_body_kind_locked", field="body_kind")
    before = snapshot(session, record, with_tags=True)
    _apply(record, checked)
    record.updated_at = now
    tags.set_tags(session, record.id, checked.tags)
    session.flush()
    _audit(session, actor, "update", record, before, with_tags=True)
    return Changes(records=True)


def submit(session: Session, actor: Actor, record_id: int, now: datetime | None = None) -> Changes:
    """Hand a draft to review. A periodic disclosure item needs its period."""
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    record = draft_for_edit(session, record_id, "提交审核")
    if record.disclosure_item_id is not None and record.period_end is None:
        item = session.get(DisclosureItem, record.disclosure_item_id)
        if item is not None and item.frequency != "on_change":
            raise ValidationError("record_period_needed", field="period_end", item=item.name)
    body.check_body(session, record.body_kind, record.id)
    before = snapshot(session, record)
    record.state = RecordState.SUBMITTED.value
    record.submitted_at = now
    record.returned_reason = ""
    record.updated_at = now
    session.flush()
    _audit(session, actor, "submit", record, before)
    return Changes(records=True)


def return_to_author(session: Session, actor: Actor, record_id: int, reason: str,
                     now: datetime | None = None) -> Changes:
    """Review sends a submitted record back to draft, saying why."""
    actor.require(Permission.PUBLISH_RECORDS)
    now = now or utcnow()
    text = validate.text(reason, "退回原因", limit=MAX_REASON)
    record = get(session, record_id, for_update=True)
    _require_state(record, "退回", RecordState.SUBMITTED)
    before = snapshot(session, record)
    record.state = RecordState.DRAFT.value
    record.returned_reason = text
    record.updated_at = now
    session.flush()
    _audit(session, actor, "return", record, before)
    return Changes(records=True)


def _publish_payload(session: Session, record: Record) -> dict[str, Any]:
    category = session.get(RecordCategory, record.category_id)
    item = session.get(DisclosureItem, record.disclosure_item_id) if record.disclosure_item_id else None
    return {
        "record_id": record.id, "series_id": record.series_id, "version": record.version,
        "supersedes_id": record.supersedes_id, "category": category.code if category else None,
        "disclosure_item": item.code if item else None, "title": record.title,
        "summary": record.summary,
        "period_start": record.period_start.isoformat() if record.period_start else None,
        "period_end": record.period_end.isoformat() if record.period_end else None,
        "published_at": record.published_at.isoformat() if record.published_at else None,
    }


def publish(session: Session, actor: Actor, record_id: int, now: datetime | None = None) -> Changes:
    """Review passes: the record goes public. The reviewer must not be its
    author; a correction supersedes the version it corrects."""
    actor.require(Permission.PUBLISH_RECORDS)
    now = now or utcnow()
    record = get(session, record_id, for_update=True)
    _require_state(record, "发布", RecordState.SUBMITTED)
    if record.author_id == actor.user_id:
        raise StoreError("record_own_review")
    body.check_body(session, record.body_kind, record.id)
    before = snapshot(session, record)
    record.state = RecordState.PUBLISHED.value
    record.reviewer_id = actor.user_id
    record.published_at = now
    record.updated_at = now
    session.flush()
    _audit(session, actor, "publish", record, before)
    if record.supersedes_id is not None:
        old = get(session, record.supersedes_id, for_update=True)
        if old.state == RecordState.PUBLISHED.value:
            old_before = snapshot(session, old)
            old.state = RecordState.SUPERSEDED.value
            old.superseded_at = now
            session.flush()
            _audit(session, actor, "supersede", old, old_before)
    outbox.enqueue(session, "disclosure.publish", "record", record.id, _publish_payload(session, record))
    return Changes(records=True)


def start_correction(session: Session, actor: Actor, record_id: int,
                     now: datetime | None = None) -> int:
    """A new draft version of a published record: same series, next version,
    its fields, tags, attachments and table rows copied. Returns the draft's id."""
    actor.require(Permission.EDIT_RECORDS)
    now = now or utcnow()
    old = get(session, record_id, for_update=True)
    _require_state(old, "更正", RecordState.PUBLISHED)
    series = old.series_id or old.id
    open_version = session.execute(
        select(Record.version).where(Record.series_id == series, Record.state.in_(OPEN_STATES))
    ).scalar()
    if open_version is not None:
        raise StoreError("record_correction_open", version=open_version)
    last = session.execute(select(func.max(Record.version)).where(Record.series_id == series)).scalar_one()
    new = Record(
        series_id=series, version=last + 1, supersedes_id=old.id, category_id=old.category_id,
        subcategory_id=old.subcategory_id, disclosure_item_id=old.disclosure_item_id,
        title=old.title, period_start=old.period_start, period_end=old.period_end,
        summary=old.summary, body_kind=old.body_kind, body_text=old.body_text,
        state=RecordState.DRAFT.value, common_parts=old.common_parts, author_id=actor.user_id,
        created_at=now, updated_at=now, withdrawn_reason="", returned_reason="",
    )
    session.add(new)
    session.flush()
    tags.set_tags(session, new.id, tags.tags_of(session, old.id))
    for a in session.execute(
            select(Attachment).where(Attachment.record_id == old.id).order_by(Attachment.sort_key)).scalars():
        session.add(Attachment(record_id=new.id, sha256=a.sha256, filename=a.filename, sort_key=a.sort_key))
    body.copy_body(session, new.body_kind, old.id, new.id)
    session.flush()
    _audit(session, actor, "correct", new, {"corrects": old.id, "version": old.version}, with_tags=True)
    return new.id


def withdraw(session: Session, actor: Actor, record_id: int, reason: str,
             now: datetime | None = None) -> Changes:
    """Take a published record down; it stays visible to staff, with the reason."""
    actor.require(Permission.PUBLISH_RECORDS)
    now = now or utcnow()
    text = validate.text(reason, "撤回原因", limit=MAX_REASON)
    record = get(session, record_id, for_update=True)
    _require_state(record, "撤回", RecordState.PUBLISHED)
    before = snapshot(session, record)
    record.state = RecordState.WITHDRAWN.value
    record.withdrawn_at = now
    record.withdrawn_reason = text
    record.updated_at = now
    session.flush()
    _audit(session, actor, "withdraw", record, before)
    outbox.enqueue(session, "disclosure.withdraw", "record", record.id,
                   {"record_id": record.id, "series_id": record.series_id, "version": record.version,
                    "reason": text, "withdrawn_at": now.isoformat()})
    return Changes(records=True)


def discard_draft(session: Session, actor: Actor, record_id: int, now: datetime | None = None) -> Changes:
    """Delete a draft that was never published (e.g. a correction begun by mistake);
    its tags, attachment links and table rows go with it (files stay)."""
    actor.require(Permission.EDIT_RECORDS)
    record = draft_for_edit(session, record_id, "删除")
    before = snapshot(session, record, with_tags=True)
    audit.record(session, actor, "record.discard", "record", record.id, before, None)
    session.delete(record)
    session.flush()
    return Changes(records=True)
