"""The one place the query desk reads work records and registers (through
localdb.worklog): which columns a kind has, and the filtered rows turned into
display text on the worker, so the GUI only holds strings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from desktop.ui.desk.labels import SHANGHAI
from localdb.records.body import BODY_KINDS

WORK, REGISTER = "work_", "register_"


@dataclass(frozen=True)
class RowsQuery:
    record_id: int
    body_kind: str
    start: date | None = None
    end: date | None = None
    performer: str | None = None

    @property
    def kind(self) -> str:
        return self.body_kind.removeprefix(WORK).removeprefix(REGISTER)


def is_rows_kind(body_kind: str) -> bool:
    return body_kind.startswith((WORK, REGISTER))


def has_performer(body_kind: str) -> bool:
    return body_kind.startswith(WORK)


def has_dates(body_kind: str) -> bool:
    """Work rows are dated; a register lists what there is, with no date to filter by."""
    return body_kind.startswith(WORK)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def title(body_kind: str) -> str:
    return translate("body_kinds", BODY_KINDS.get(body_kind, body_kind))


def headers(body_kind: str) -> tuple[str, ...]:
    if body_kind.startswith(WORK):
        return (
            translate("query_rows", "时间"),
            translate("query_rows", "地点"),
            translate("query_rows", "作业内容"),
            translate("query_rows", "执行人"),
            translate("query_rows", "结果"),
            translate("query_rows", "备注"),
        )
    return (
        translate("query_rows", "序号"),
        translate("query_rows", "编号"),
        translate("query_rows", "名称"),
        translate("query_rows", "位置"),
        translate("query_rows", "规格"),
        translate("query_rows", "数量"),
        translate("query_rows", "状态"),
        translate("query_rows", "保管人"),
        translate("query_rows", "启用日期"),
        translate("query_rows", "备注"),
    )


def widths(body_kind: str) -> tuple[int, ...]:
    """Column widths; the stretching column's entry is ignored."""
    if body_kind.startswith(WORK):
        return (130, 140, 0, 170, 90, 140)
    return (50, 80, 0, 110, 150, 60, 80, 110, 100, 120)


def stretch_column(body_kind: str) -> int:
    """The column that takes the room left: what was done, or the item's name."""
    return 2


# -- on the worker ------------------------------------------------------------------

def _work_filters(q: RowsQuery) -> dict[str, Any]:
    return {"record_id": q.record_id, "kind": q.kind, "start": q.start, "end": q.end,
            "performer": q.performer}


def count(session: Session, q: RowsQuery) -> int:
    from localdb import worklog

    if q.body_kind.startswith(WORK):
        return int(worklog.work_count(session, **_work_filters(q)))
    return int(worklog.register_count(session, record_id=q.record_id, kind=q.kind))


def block(session: Session, q: RowsQuery, offset: int, limit: int) -> list[tuple[str, ...]]:
    from localdb import worklog

    if q.body_kind.startswith(WORK):
        return [(r.done_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"), r.place, r.content,
                 r.performer, r.result, r.note)
                for r in worklog.work_rows(session, **_work_filters(q), offset=offset, limit=limit)]
    return [(str(r.line_no), r.code, r.name, r.location, r.spec, r.quantity, r.status, r.keeper,
             r.since.isoformat() if r.since else "", r.note)
            for r in worklog.register_rows(session, record_id=q.record_id, kind=q.kind, offset=offset,
                                           limit=limit)]


def performers(session: Session, q: RowsQuery) -> list[str]:
    from localdb import worklog

    return list(worklog.performers(session, q.kind, record_id=q.record_id))
