"""The disclosure board: for each item of the disclosure list, the period now
to be disclosed, its due date and its state.

A periodic item's current period is the latest one that has ended; it is due
``due_days`` after it ends. A period counts as published when a public record
of the item (published, or superseded by a correction that is itself still
published) has its period end inside it. Once an item has been disclosed, an earlier period left
out since then (within the last year) stays overdue until it is filled, so a
missed month does not vanish when the next one ends. An on-change item is due
``due_days`` after a new version of it was started (a draft or submitted
record), and published otherwise once it has ever been disclosed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.disclosure import periods
from localdb.disclosure.periods import Period
from localdb.models import DisclosureItem, NoticeColumn, Record, RecordCategory
from localdb.records.catalogue import FREQUENCIES
from localdb.records.states import OPEN_STATES, PUBLIC_STATES, RecordState

SHANGHAI = ZoneInfo("Asia/Shanghai")
#: An item unpublished this many days (or fewer) before its due date is "due soon".
DUE_SOON_DAYS = 7
#: How far back a missed period still counts as overdue.
LOOKBACK_DAYS = 366


class BoardState(StrEnum):
    PUBLISHED = "published"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_DUE = "not_due"


BOARD_STATE_LABELS: dict[BoardState, str] = {
    BoardState.PUBLISHED: "已公开",
    BoardState.DUE_SOON: "即将到期",
    BoardState.OVERDUE: "已逾期",
    BoardState.NOT_DUE: "未到期",
}


@dataclass(frozen=True)
class BoardRow:
    item_id: int
    item_code: str
    item_name: str
    category_code: str
    category_name: str
    column_name: str  # notice-board column it also feeds, or ""
    frequency: str
    frequency_label: str
    period_start: date | None  # None for on-change items
    period_end: date | None
    period_label: str  # 2026年10月 / 变更待公开 / ""
    due: date | None
    state: str  # BoardState value
    days_left: int | None  # due - today; negative when overdue
    missed: int  # unpublished periods past their due (the shown one included)
    last_published_at: datetime | None
    last_record_id: int | None  # newest public record of the item


@dataclass(frozen=True)
class _Rec:
    id: int
    series_id: int | None
    state: str
    period_end: date | None
    published_at: datetime | None
    created_at: datetime


def local_today(now: datetime) -> date:
    return now.astimezone(SHANGHAI).date()


def _state_for(due: date, today: date) -> BoardState:
    if today > due:
        return BoardState.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return BoardState.DUE_SOON
    return BoardState.NOT_DUE


def _covered(period: Period, public: list[_Rec]) -> bool:
    return any(r.period_end is not None and period.start <= r.period_end <= period.end for r in public)


def _periodic(item: DisclosureItem, public: list[_Rec],
              today: date) -> tuple[Period, date, BoardState, int]:
    current = periods.last_ended(item.frequency, today)
    due_days = timedelta(days=item.due_days)
    ends = [r.period_end for r in public if r.period_end is not None]
    missing: list[Period] = []
    if ends:
        first = min(ends)
        p = periods.previous(item.frequency, current)
        while p.end >= first and (today - p.end).days <= LOOKBACK_DAYS:
            if not _covered(p, public) and p.end + due_days < today:
                missing.append(p)
            p = periods.previous(item.frequency, p)
    if _covered(current, public):
        if missing:
            oldest = missing[-1]
            return oldest, oldest.end + due_days, BoardState.OVERDUE, len(missing)
        return current, current.end + due_days, BoardState.PUBLISHED, 0
    due = current.end + due_days
    state = _state_for(due, today)
    late = len(missing) + (state is BoardState.OVERDUE)
    if missing:
        oldest = missing[-1]
        return oldest, oldest.end + due_days, BoardState.OVERDUE, late
    return current, due, state, late


def board(session: Session, today: date) -> list[BoardRow]:
    """One row per active disclosure item, in list order. ``today`` is a
    date in Asia/Shanghai (``local_today(now)``)."""
    items = session.execute(
        select(DisclosureItem, RecordCategory.code, RecordCategory.name, NoticeColumn.name)
        .join(RecordCategory, RecordCategory.id == DisclosureItem.category_id)
        .outerjoin(NoticeColumn, NoticeColumn.id == DisclosureItem.notice_column_id)
        .where(DisclosureItem.active.is_(True))
        .order_by(DisclosureItem.sort_key, DisclosureItem.id)
    ).tuples().all()
    by_item: dict[int, list[_Rec]] = defaultdict(list)
    for rid, series, item_id, state, end, published, created in session.execute(
        select(Record.id, Record.series_id, Record.disclosure_item_id, Record.state, Record.period_end,
               Record.published_at, Record.created_at)
        .where(Record.disclosure_item_id.is_not(None),
               Record.state.in_((*PUBLIC_STATES, *OPEN_STATES)))
    ).tuples():
        if item_id is not None:
            by_item[item_id].append(_Rec(rid, series, state, end, published, created))
    rows = []
    for item, cat_code, cat_name, column in items:
        recs = by_item.get(item.id, [])
        live = {r.series_id for r in recs if r.state == RecordState.PUBLISHED.value}
        public = [r for r in recs if r.state == RecordState.PUBLISHED.value
                  or (r.state == RecordState.SUPERSEDED.value and r.series_id in live)]
        newest = max(public, key=lambda r: (r.published_at or r.created_at, r.id), default=None)
        last_at = newest.published_at if newest else None
        period: Period | None
        due: date | None
        if item.frequency in periods.PERIODIC:
            period, due, state, missed = _periodic(item, public, today)
            label = period.label
        else:
            pending = [r for r in recs if r.state in OPEN_STATES]
            period = None
            if pending:
                due = local_today(min(r.created_at for r in pending)) + timedelta(days=item.due_days)
                state = _state_for(due, today)
                label = "变更待公开"
            else:
                due = None
                state = BoardState.PUBLISHED if public else BoardState.NOT_DUE
                label = "" if public else "尚未公开"
            missed = int(state is BoardState.OVERDUE)
        rows.append(BoardRow(
            item.id, item.code, item.name, cat_code, cat_name, column or "", item.frequency,
            FREQUENCIES.get(item.frequency, item.frequency),
            period.start if period else None, period.end if period else None, label,
            due, state.value, (due - today).days if due is not None else None, missed,
            last_at, newest.id if newest else None,
        ))
    return rows


def overdue(session: Session, today: date) -> list[BoardRow]:
    """Overdue items for the manager's start screen, the longest overdue first."""
    rows = [r for r in board(session, today) if r.state == BoardState.OVERDUE.value]
    return sorted(rows, key=lambda r: (r.due or today, r.item_id))
