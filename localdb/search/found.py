"""What both search engines return, and how a record's quote is chosen."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Found(NamedTuple):
    record_id: int
    source: int  # search_entry.source of the best place the record matched
    quote: str  # the text of the entry to quote


def best_quote(candidates: Iterable[tuple[int, str]]) -> str:
    """Of (terms held, text) pairs: the most terms, then the shortest text,
    then the first in code-point order (what the SQL engine orders by)."""
    return min(candidates, key=lambda c: (-c[0], len(c[1]), c[1]))[1]
