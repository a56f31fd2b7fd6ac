"""Notice-board posters by column (公开栏 · 栏目): the records published now for
the disclosure items that feed one column, with their periods and publish
dates; the 收支公开 column also shows each money table's summary figures
(from ``localdb.money``, as the disclosure shows them)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.printing.complaint_ledger import period_text
from desktop.printing.control import Control, PrintRefused
from desktop.printing.house import local_time
from desktop.printing.ledger import Column, Ledger, Totals, build_ledger
from desktop.printing.poster import BOARD_TITLE
from localdb.masking import resident_scrubber
from localdb.money import is_money, money_table
from localdb.records.catalogue import notice_columns
from localdb.records.notice import ColumnContents, ColumnRecord, column_records
from localdb.services.community import get_profile

MONEY_COLUMN = "income_expense"


def _columns(with_money: bool) -> tuple[Column, ...]:
    figures = (Column("主要数据（元）", 150, wrap=True),) if with_money else ()
    return (Column("公开事项", 90, wrap=True), Column("标题", 150 if with_money else 220, wrap=True),
            Column("期间", 62, "CENTRE", wrap=True), *figures, Column("发布日期", 56, "CENTRE"))


def _span(r: ColumnRecord) -> str:
    if r.period_start and r.period_end:
        return f"{r.period_start.isoformat()}\n至 {r.period_end.isoformat()}"
    return "—"


def _figures(session: Session, r: ColumnRecord) -> str:
    if not is_money(r.body_kind):
        return ""
    table = money_table(session, r.record_id)
    return "\n".join(f"{t.label}：{t.amount:,.2f}" for t in table.summary)


def _rows(session: Session, contents: ColumnContents, with_money: bool,
          scrub: Callable[[str], str]) -> Iterator[Sequence[str]]:
    for r in contents.records:
        figures = (_figures(session, r),) if with_money else ()
        yield (r.item, scrub(r.title), _span(r), *figures,
               local_time(r.published_at, "%Y-%m-%d") if r.published_at else "")


def _identity(text: str) -> str:
    return text


def build(session: Session, start: date, end: date, out: Path, *, now: datetime, public: bool = False,
          control: Control | None = None, column: str = "") -> int:
    """The poster of one column (by code) for records whose period meets [start, end]."""
    known = {c.code: c.name for c in notice_columns(session)}
    if column not in known:
        raise PrintRefused(("没有公开栏栏目“" + column + "”。" if column else "请指定公开栏栏目。")
                           + "可选：" + "、".join(f"{k}（{v}）" for k, v in known.items()))
    contents = column_records(session, column, start, end)
    with_money = column == MONEY_COLUMN
    scrub = resident_scrubber(session) if public else _identity
    profile = get_profile(session)
    items = "、".join(contents.items) or "（本栏目尚未关联公开事项）"
    ledger = Ledger(
        title=f"{BOARD_TITLE} · {contents.name}", period=period_text(start, end),
        columns=_columns(with_money), rows=_rows(session, contents, with_money, scrub),
        row_count=len(contents.records), landscape=False, font_size=9.5, signatures=False,
        totals=lambda: Totals(lines=[("本栏目公开记录", f"{len(contents.records)} 份")]),
        totals_title="本栏目", empty_text="统计期间内本栏目没有已公开的记录",
        notes=(f"本栏目公开：{items}。", "以上记录的全文可在服务中心查询机或向物业服务中心查阅。"),
    )
    return build_ledger(ledger, out, community=profile.name if profile else "", printed_at=now,
                        public=public, control=control)
