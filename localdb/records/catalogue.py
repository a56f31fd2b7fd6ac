"""The query desk's catalogue and disclosure list: shipped defaults and reads.

The defaults live in ``resources/disclosure/catalogue.json`` and are seeded into
a new store by migration r0004; from then on the rows are the truth and a
manager edits them (``localdb.records.catalogue_edit``). Code refers to
categories by ``code`` only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import DisclosureItem, NoticeColumn, RecordCategory, RecordSubcategory
from localdb.resources import resources_dir

FREQUENCIES: dict[str, str] = {
    "monthly": "每月",
    "quarterly": "每季度",
    "half_yearly": "每半年",
    "yearly": "每年",
    "on_change": "发生变更时",
}


def defaults_path() -> Path:
    return resources_dir() / "disclosure" / "catalogue.json"


def load_defaults(path: Path | None = None) -> dict[str, Any]:
    """The shipped catalogue as plain JSON data (categories with their
    sub-categories, notice columns, disclosure items, money accounts)."""
    with (path or defaults_path()).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@dataclass(frozen=True)
class SubcategoryRow:
    id: int
    code: str
    name: str
    body_kind: str
    sort_key: int
    active: bool


@dataclass(frozen=True)
class CategoryRow:
    id: int
    code: str
    name: str
    description: str
    sort_key: int
    active: bool
    subcategories: tuple[SubcategoryRow, ...]


@dataclass(frozen=True)
class NoticeColumnRow:
    id: int
    code: str
    name: str
    sort_key: int
    active: bool


@dataclass(frozen=True)
class DisclosureItemRow:
    id: int
    code: str
    name: str
    category_code: str
    category_name: str
    subcategory_code: str | None
    subcategory_name: str | None
    frequency: str
    due_days: int
    column_code: str | None
    column_name: str | None
    basis: str
    sort_key: int
    active: bool


def categories(session: Session, *, active_only: bool = True) -> list[CategoryRow]:
    """Categories in display order, each with its sub-categories."""
    cat_stmt = select(RecordCategory).order_by(RecordCategory.sort_key, RecordCategory.id)
    sub_stmt = select(RecordSubcategory).order_by(RecordSubcategory.sort_key, RecordSubcategory.id)
    if active_only:
        cat_stmt = cat_stmt.where(RecordCategory.active.is_(True))
        sub_stmt = sub_stmt.where(RecordSubcategory.active.is_(True))
    subs: dict[int, list[SubcategoryRow]] = {}
    for s in session.execute(sub_stmt).scalars():
        subs.setdefault(s.category_id, []).append(
            SubcategoryRow(s.id, s.code, s.name, s.body_kind, s.sort_key, s.active))
    return [
        CategoryRow(c.id, c.code, c.name, c.description, c.sort_key, c.active,
                    tuple(subs.get(c.id, ())))
        for c in session.execute(cat_stmt).scalars()
    ]


def notice_columns(session: Session, *, active_only: bool = True) -> list[NoticeColumnRow]:
    stmt = select(NoticeColumn).order_by(NoticeColumn.sort_key, NoticeColumn.id)
    if active_only:
        stmt = stmt.where(NoticeColumn.active.is_(True))
    return [NoticeColumnRow(c.id, c.code, c.name, c.sort_key, c.active)
            for c in session.execute(stmt).scalars()]


def disclosure_items(session: Session, *, active_only: bool = True) -> list[DisclosureItemRow]:
    stmt = (
        select(DisclosureItem, RecordCategory, RecordSubcategory, NoticeColumn)
        .join(RecordCategory, RecordCategory.id == DisclosureItem.category_id)
        .outerjoin(RecordSubcategory, RecordSubcategory.id == DisclosureItem.subcategory_id)
        .outerjoin(NoticeColumn, NoticeColumn.id == DisclosureItem.notice_column_id)
        .order_by(DisclosureItem.sort_key, DisclosureItem.id)
    )
    if active_only:
        stmt = stmt.where(DisclosureItem.active.is_(True))
    return [
        DisclosureItemRow(
            item.id, item.code, item.name, cat.code, cat.name,
            sub.code if sub else None, sub.name if sub else None,
            item.frequency, item.due_days, col.code if col else None, col.name if col else None,
            item.basis, item.sort_key, item.active,
        )
        for item, cat, sub, col in session.execute(stmt).tuples()
    ]


def category_id(session: Session, code: str) -> int | None:
    return session.execute(select(RecordCategory.id).where(RecordCategory.code == code)).scalar()


def subcategory_id(session: Session, code: str) -> int | None:
    return session.execute(
        select(RecordSubcategory.id).where(RecordSubcategory.code == code)).scalar()


def disclosure_item_id(session: Session, code: str) -> int | None:
    return session.execute(select(DisclosureItem.id).where(DisclosureItem.code == code)).scalar()
