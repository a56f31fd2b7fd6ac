"""What one notice-board column (公开栏栏目) shows: the published records of
the disclosure items that feed it, for a poster of that column."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from localdb.errors import StoreError
from localdb.models import DisclosureItem, NoticeColumn, Record

PUBLISHED = "published"


@dataclass(frozen=True)
class ColumnRecord:
    record_id: int
    item: str  # the disclosure item, e.g. 保洁服务作业情况
    title: str
    period_start: date | None
    period_end: date | None
    published_at: datetime | None
    body_kind: str


@dataclass(frozen=True)
class ColumnContents:
    code: str
    name: str
    items: tuple[str, ...]  # the disclosure items feeding the column, in list order
    records: tuple[ColumnRecord, ...]  # by item, then newest period first


def column_records(session: Session, code: str, start: date | None = None,
                   end: date | None = None) -> ColumnContents:
    """Records published now for the column's items whose period meets
    [start, end]; a record without a period (企业信息, 收费标准) always counts."""
    column = session.execute(select(NoticeColumn).where(NoticeColumn.code == code)).scalar_one_or_none()
    if column is None:
        raise StoreError("not_found", what="公开栏栏目", ident=code)
    items = session.execute(
        select(DisclosureItem.id, DisclosureItem.name)
        .where(DisclosureItem.notice_column_id == column.id, DisclosureItem.active.is_(True))
        .order_by(DisclosureItem.sort_key, DisclosureItem.id)).all()
    names = {iid: name for iid, name in items}
    order = {iid: n for n, (iid, _) in enumerate(items)}
    stmt = select(Record.id, Record.disclosure_item_id, Record.title, Record.period_start,
                  Record.period_end, Record.published_at, Record.body_kind).where(
        Record.state == PUBLISHED, Record.disclosure_item_id.in_(list(names)))
    if start is not None:
        stmt = stmt.where(or_(Record.period_end.is_(None), Record.period_end >= start))
    if end is not None:
        stmt = stmt.where(or_(Record.period_start.is_(None), Record.period_start <= end))
    rows = [(order[iid], ColumnRecord(rid, names[iid], title, p_start, p_end, published, kind))
            for rid, iid, title, p_start, p_end, published, kind in session.execute(stmt)
            if iid is not None]
    # An item's records newest period first; those without a period before them.
    rows.sort(key=lambda x: (x[0], -(x[1].period_end or date.max).toordinal(), -x[1].record_id))
    return ColumnContents(column.code, column.name, tuple(names.values()),
                          tuple(r for _, r in rows))
