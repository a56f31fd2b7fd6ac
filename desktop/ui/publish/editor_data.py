"""What the record editor starts from: the catalogue its pickers offer, and a
prefill when a draft is started from somewhere (the disclosure board)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from localdb.records.catalogue import CategoryRow, DisclosureItemRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_TAG_SPLIT = re.compile(r"[,，、;；\s]+")


@dataclass(frozen=True)
class Catalogue:
    """Active categories (with their sub-categories) and disclosure items."""

    categories: tuple[CategoryRow, ...]
    items: tuple[DisclosureItemRow, ...]

    def category(self, code: str | None) -> CategoryRow | None:
        return next((c for c in self.categories if c.code == code), None)

    def item(self, code: str | None) -> DisclosureItemRow | None:
        return next((i for i in self.items if i.code == code), None)


def load_catalogue(session: Session) -> Catalogue:
    from localdb.records import catalogue

    return Catalogue(tuple(catalogue.categories(session)), tuple(catalogue.disclosure_items(session)))


@dataclass(frozen=True)
class Prefill:
    category_code: str | None = None
    item_code: str | None = None
    period_start: date | None = None
    period_end: date | None = None


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas (either width), 、, semicolons or spaces."""
    return tuple(t for t in _TAG_SPLIT.split(text.strip()) if t)
