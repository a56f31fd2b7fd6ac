"""投诉处理台账: every complaint received in a period, one row each, with the
period's totals and rates at the end — the same figures as the review, from
``localdb.complaints.review.compute_review``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.printing.control import Control
from desktop.printing.house import local_time
from desktop.printing.ledger import Column, Ledger, Totals, build_ledger
from localdb.complaints import ledger as rows_of
from localdb.complaints.review import Rate, ReviewFigures, compute_review
from localdb.services.community import get_profile

TITLE = "投诉处理台账"
COLUMNS = (
    Column("编号", 74), Column("受理时间", 50, "CENTRE"), Column("渠道", 46, "CENTRE", wrap=True),
    Column("地点", 70, wrap=True), Column("类别", 50, wrap=True), Column("问题摘要", 146, wrap=True),
    Column("响应时间", 50, "CENTRE"), Column("响应是否及时", 34, "CENTRE", wrap=True),
    Column("办结时间", 50, "CENTRE"), Column("办结是否按时", 34, "CENTRE", wrap=True),
    Column("处理结果", 112, wrap=True), Column("满意度", 30, "CENTRE"),
)
NOTES = (
    "说明：时间均为北京时间；期间按受理日期计，状态按打印时计。及时响应率 = 在响应时限内响应的件数 ÷ "
    "已响应或响应时限已到的件数；办结率 = 已办结件数 ÷ 受理件数；按时办结率 = 在办结时限（已计入挂起与延期）"
    "内办结的件数 ÷ 已办结或办结时限已到的件数；满意率 = 回访评 4–5 分的件数 ÷ 有回访评分的件数。"
    "已转交（非本单位职责）的投诉计入受理总数，不计入各项比率。",
)


def period_text(start: date, end: date) -> str:
    return f"统计期间：{start.isoformat()} 至 {end.isoformat()}"


def _when(at: datetime | None) -> str:
    return local_time(at, "%Y-%m-%d\n%H:%M") if at else "—"


def rate_text(rate: Rate) -> str:
    value = rate.percent(1)
    if value is None:
        return "—（无可计件数）"
    return f"{value}%（{rate.numerator}/{rate.denominator}）"


def totals_of(figures: ReviewFigures) -> Totals:
    return Totals(lines=(
        ("受理总数", f"{figures.total} 件"),
        ("及时响应率", rate_text(figures.on_time_response)),
        ("办结率", rate_text(figures.resolution)),
        ("按时办结率", rate_text(figures.on_time_resolution)),
        ("满意率", rate_text(figures.satisfaction)),
        ("超时未办结", f"{len(figures.overdue_ids)} 件"),
        ("重复投诉", f"{len(figures.repeat_ids)} 件"),
        ("重新打开", f"{len(figures.reopened_ids)} 件"),
        ("已转交（不计入比率）", f"{len(figures.referred_ids)} 件"),
    ))


def _cells(row: rows_of.LedgerRow) -> Sequence[str]:
    result = row.result if row.resolved_at or row.result else f"（{row.status}）"
    return (row.number, _when(row.received_at), row.channel, row.place, row.category, row.summary,
            _when(row.responded_at), row.response, _when(row.resolved_at), row.resolution, result,
            f"{row.satisfaction}分" if row.satisfaction is not None else "")


def _rows(session: Session, start: date, end: date, now: datetime, public: bool) -> Iterator[Sequence[str]]:
    for chunk in rows_of.read_chunks(session, start, end, now, public=public):
        for row in chunk:
            yield _cells(row)


def build(session: Session, start: date, end: date, out: Path, *, now: datetime, public: bool = False,
          control: Control | None = None) -> int:
    """The ledger of complaints received from ``start`` to ``end`` (local dates)."""
    profile = get_profile(session)
    totals = totals_of(compute_review(session, start, end, now))  # only the figures are kept
    ledger = Ledger(
        title=TITLE, period=period_text(start, end), columns=COLUMNS,
        rows=_rows(session, start, end, now, public), row_count=rows_of.count_rows(session, start, end),
        totals=lambda: totals, notes=NOTES,
    )
    return build_ledger(ledger, out, community=profile.name if profile else "", printed_at=now,
                        public=public, control=control)
