"""Repeat complaints found for many new complaints at once (an import, a page
of the city's dispatch feed): intake's rule — same room, or same place and
category, within REPEAT_WINDOW_DAYS — with one query instead of one per row."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.complaints.intake import REPEAT_WINDOW_DAYS
from localdb.models import Complaint


class NewComplaint(Protocol):
    @property
    def received_at(self) -> datetime: ...
    @property
    def room_id(self) -> int | None: ...
    @property
    def location(self) -> str: ...  # "" when there is no place to compare
    @property
    def category_id(self) -> int: ...


class _Recent:
    """Receipt times of one room (or one place and category), oldest first,
    with what they point at: a stored complaint's id, or a new row's index."""

    def __init__(self) -> None:
        self.times: list[datetime] = []
        self.refs: list[tuple[bool, int]] = []  # (new row?, id or row index)

    def latest(self, until: datetime) -> tuple[datetime, tuple[bool, int]] | None:
        i = bisect_right(self.times, until) - 1
        return (self.times[i], self.refs[i]) if i >= 0 else None

    def add(self, at: datetime, ref: tuple[bool, int]) -> None:
        i = bisect_right(self.times, at)
        self.times.insert(i, at)
        self.refs.insert(i, ref)


def latest_repeats(session: Session, rows: Sequence[NewComplaint]) -> list[tuple[bool, int] | None]:
    """``intake.find_repeats`` for every row at once (rows oldest first): the
    latest complaint from the same room, or the same place and category, in the
    window before the row — stored ones and the rows before it alike. Each answer
    is (False, a stored complaint's id) or (True, an earlier row's index)."""
    if not rows:
        return []
    window = timedelta(days=REPEAT_WINDOW_DAYS)
    by_room: defaultdict[int, _Recent] = defaultdict(_Recent)
    by_place: defaultdict[tuple[str, int], _Recent] = defaultdict(_Recent)
    stored = session.execute(
        select(Complaint.id, Complaint.received_at, Complaint.room_id, Complaint.location,
               Complaint.category_id)
        .where(Complaint.received_at >= rows[0].received_at - window,
               Complaint.received_at <= rows[-1].received_at)
        .order_by(Complaint.received_at, Complaint.id))
    for cid, received, room_id, location, category_id in stored:
        if room_id is not None:
            by_room[room_id].add(received, (False, cid))
        if location:
            by_place[(location, category_id)].add(received, (False, cid))
    out: list[tuple[bool, int] | None] = []
    for index, row in enumerate(rows):
        found = [r.latest(row.received_at) for r in (
            by_room[row.room_id] if row.room_id is not None else None,
            by_place[(row.location, row.category_id)] if row.location else None) if r is not None]
        recent = [f for f in found if f is not None and f[0] >= row.received_at - window]
        out.append(max(recent, key=lambda f: f[0])[1] if recent else None)
        if row.room_id is not None:
            by_room[row.room_id].add(row.received_at, (True, index))
        if row.location:
            by_place[(row.location, row.category_id)].add(row.received_at, (True, index))
    return out
