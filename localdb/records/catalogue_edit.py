"""A manager edits the catalogue: categories, sub-categories, notice-board
columns and the disclosure list. Entries are switched off, never deleted:
records keep pointing at them. New entries get a generated code."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.errors import StoreError, ValidationError
from localdb.models import DisclosureItem, NoticeColumn, Record, RecordCategory, RecordSubcategory
from localdb.records.body import BODY_KINDS
from localdb.records.catalogue import FREQUENCIES
from localdb.roles import Actor, Permission

DUE_DAYS = (1, 365)


@dataclass(frozen=True)
class CategoryInput:
    name: str
    description: str = ""
    sort_key: int = 0
    active: bool = True


@dataclass(frozen=True)
class SubcategoryInput:
    category_id: int
    name: str
    body_kind: str = "document"
    sort_key: int = 0
    active: bool = True


@dataclass(frozen=True)
class NoticeColumnInput:
    name: str
    sort_key: int = 0
    active: bool = True


@dataclass(frozen=True)
class DisclosureItemInput:
    name: str
    category_id: int
    frequency: str
    due_days: int
    subcategory_id: int | None = None
    notice_column_id: int | None = None
    basis: str = ""
    sort_key: int = 0
    active: bool = True


def _new_code(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def _row(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(obj, n) for n in names}


def _name_free(session: Session, model: Any, name: str, own_id: int | None, *where: Any) -> None:
    stmt = select(model.id).where(model.name == name, *where)
    if own_id is not None:
        stmt = stmt.where(model.id != own_id)
    if session.execute(stmt).first() is not None:
        raise ValidationError("catalogue_name_taken", field="名称", name=name)


def _load(session: Session, model: Any, ident: int, what: str) -> Any:
    obj = session.get(model, ident)
    if obj is None:
        raise StoreError("not_found", what=what, ident=ident)
    return obj


def _save(session: Session, actor: Actor, entity: str, obj: Any, before: dict[str, Any] | None,
          fields: tuple[str, ...]) -> tuple[Changes, int]:
    if before is None:
        session.add(obj)
    session.flush()
    audit.record(session, actor, f"catalogue.{entity}.save", entity, obj.id, before,
                 _row(obj, ("code", *fields)))
    return Changes(catalogue=True), int(obj.id)


_CATEGORY = ("name", "description", "sort_key", "active")


def save_category(session: Session, actor: Actor, data: CategoryInput, category_id: int | None = None,
                  now: datetime | None = None) -> tuple[Changes, int]:
    actor.require(Permission.EDIT_CATALOGUE)
    name = validate.text(data.name, "名称", limit=40)
    description = validate.text(data.description, "说明", limit=500, required=False)
    _name_free(session, RecordCategory, name, category_id)
    if category_id is None:
        obj, before = RecordCategory(code=_new_code("cat")), None
    else:
        obj = _load(session, RecordCategory, category_id, "查询台类别")
        before = _row(obj, ("code", *_CATEGORY))
    obj.name, obj.description, obj.sort_key, obj.active = name, description, data.sort_key, data.active
    return _save(session, actor, "record_category", obj, before, _CATEGORY)


_SUBCATEGORY = ("category_id", "name", "body_kind", "sort_key", "active")


def save_subcategory(session: Session, actor: Actor, data: SubcategoryInput,
                     subcategory_id: int | None = None,
                     now: datetime | None = None) -> tuple[Changes, int]:
    actor.require(Permission.EDIT_CATALOGUE)
    name = validate.text(data.name, "名称", limit=40)
    _load(session, RecordCategory, data.category_id, "查询台类别")
    if data.body_kind not in BODY_KINDS:
        raise ValidationError("record_bad_body_kind", field="body_kind", value=data.body_kind)
    _name_free(session, RecordSubcategory, name, subcategory_id,
               RecordSubcategory.category_id == data.category_id)
    if subcategory_id is None:
        obj, before = RecordSubcategory(code=_new_code("sub")), None
    else:
        obj = _load(session, RecordSubcategory, subcategory_id, "子类别")
        before = _row(obj, ("code", *_SUBCATEGORY))
        if obj.category_id != data.category_id and session.execute(
                select(func.count()).select_from(Record)
                .where(Record.subcategory_id == obj.id)).scalar_one():
            raise ValidationError("catalogue_move_refused", field="类别", name=obj.name)
    obj.category_id, obj.name, obj.body_kind = data.category_id, name, data.body_kind
    obj.sort_key, obj.active = data.sort_key, data.active
    return _save(session, actor, "record_subcategory", obj, before, _SUBCATEGORY)


_COLUMN = ("name", "sort_key", "active")


def save_notice_column(session: Session, actor: Actor, data: NoticeColumnInput,
                       column_id: int | None = None, now: datetime | None = None) -> tuple[Changes, int]:
    actor.require(Permission.EDIT_CATALOGUE)
    name = validate.text(data.name, "名称", limit=40)
    _name_free(session, NoticeColumn, name, column_id)
    if column_id is None:
        obj, before = NoticeColumn(code=_new_code("col")), None
    else:
        obj = _load(session, NoticeColumn, column_id, "公开栏目")
        before = _row(obj, ("code", *_COLUMN))
    obj.name, obj.sort_key, obj.active = name, data.sort_key, data.active
    return _save(session, actor, "notice_column", obj, before, _COLUMN)


_ITEM = ("name", "category_id", "subcategory_id", "frequency", "due_days", "notice_column_id", "basis",
         "sort_key", "active")


def save_disclosure_item(session: Session, actor: Actor, data: DisclosureItemInput,
                         item_id: int | None = None, now: datetime | None = None) -> tuple[Changes, int]:
    actor.require(Permission.EDIT_CATALOGUE)
    name = validate.text(data.name, "名称", limit=80)
    basis = validate.text(data.basis, "依据", limit=200, required=False)
    _load(session, RecordCategory, data.category_id, "查询台类别")
    if data.subcategory_id is not None:
        sub = _load(session, RecordSubcategory, data.subcategory_id, "子类别")
        if sub.category_id != data.category_id:
            raise ValidationError("record_unknown_subcategory", field="子类别", value=sub.name)
    if data.notice_column_id is not None:
        _load(session, NoticeColumn, data.notice_column_id, "公开栏目")
    if data.frequency not in FREQUENCIES:
        raise ValidationError("catalogue_bad_frequency", field="frequency", value=data.frequency)
    low, high = DUE_DAYS
    if not low <= data.due_days <= high:
        raise ValidationError("catalogue_due_days_range", field="due_days", low=low, high=high)
    _name_free(session, DisclosureItem, name, item_id)
    if item_id is None:
        obj, before = DisclosureItem(code=_new_code("item")), None
    else:
        obj = _load(session, DisclosureItem, item_id, "公开清单事项")
        before = _row(obj, ("code", *_ITEM))
    for field, value in asdict(data).items():
        setattr(obj, field, value)
    obj.name, obj.basis = name, basis
    return _save(session, actor, "disclosure_item", obj, before, _ITEM)
