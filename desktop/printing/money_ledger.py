"""Money ledgers (收支台账): every published table of one model in a period,
each laid out as its disclosure shows it — opening balance, lines by direction
(a lump-sum table's expenses by class, with subtotals), totals and closing
balance — then the period's figures. Every figure comes from ``localdb.money``;
nothing is added up here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.printing.complaint_ledger import period_text
from desktop.printing.control import Control
from desktop.printing.ledger import Column, Ledger, Shaded, Totals, build_ledger
from localdb.masking import Scrubber, resident_scrubber
from localdb.money.export import rows as table_rows
from localdb.money.period import PeriodMoney, period_money
from localdb.money.table import MoneyTable
from localdb.services.community import get_profile

TITLES = {"common_income": "共有部分经营收益台账", "commission": "酬金制资金收支台账",
          "lump_sum": "包干制成本支出台账"}
SOURCES = {"previous": "上期结转", "stated": "期初填报", "none": ""}
NOTES = ("说明：金额单位为元。本台账收录统计期间内已公开的收支表，每张表的期初结余为上一张已公开表的期末结余"
         "（首张表为其填报的期初结余），各项合计与结余均由系统按明细计算，与公开栏、查询机所示一致。",)


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def _columns(model: str) -> tuple[Column, ...]:
    by_class = (Column("类别", 60, "CENTRE", wrap=True),) if model == "lump_sum" else ()
    return (Column("日期", 62, "CENTRE"), Column("科目", 120, wrap=True), *by_class,
            Column("摘要", 200, wrap=True), Column("金额（元）", 80, "RIGHT"), Column("备注", 120, wrap=True))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _table(table: MoneyTable, scrub: Scrubber | None) -> Iterator[Sequence[str]]:
    span = (f"{table.period_start.isoformat()}\n至 {table.period_end.isoformat()}"
            if table.period_start and table.period_end else "")
    width = len(_columns(table.model))
    yield Shaded((span, table.title, *[""] * (width - 2)))
    for n, (style, cells) in enumerate(table_rows(table)):
        text = [_text(c) for c in cells]
        if scrub is not None:
            text = [scrub(t) for t in text]
        if n == 0:  # the opening balance: say where it came from
            text[-1] = SOURCES.get(table.opening_source, "")
        yield text if style == "line" else Shaded(text)


def _rows(period: PeriodMoney, scrub: Scrubber | None) -> Iterator[Sequence[str]]:
    for table in period.tables:
        yield from _table(table, scrub)


def _totals(period: PeriodMoney) -> Totals:
    lines = [("收支表", f"{len(period.tables)} 张"), ("期初结余", money(period.opening))]
    lines += [(f"本期{t.label}合计", money(t.amount)) for t in period.totals]
    if period.model == "lump_sum":
        lines += [(f"支出 · {t.label}", money(t.amount)) for t in period.by_class]
    lines.append(("期末结余", money(period.closing)))
    return Totals(lines=lines)


def build_money(model: str, session: Session, start: date, end: date, out: Path, *, now: datetime,
                public: bool = False, control: Control | None = None) -> int:
    period = period_money(session, model, start, end)
    profile = get_profile(session)
    scrub = resident_scrubber(session) if public else None
    ledger = Ledger(
        title=TITLES[model], period=period_text(start, end), columns=_columns(model),
        rows=_rows(period, scrub), row_count=sum(len(t.lines) for t in period.tables),
        totals=lambda: _totals(period), notes=NOTES, totals_title="统计期间合计",
        empty_text="统计期间内没有已公开的收支表",
    )
    return build_ledger(ledger, out, community=profile.name if profile else "", printed_at=now,
                        public=public, control=control)


def build_common_income(session: Session, start: date, end: date, out: Path, **kw: Any) -> int:
    return build_money("common_income", session, start, end, out, **kw)


def build_commission(session: Session, start: date, end: date, out: Path, **kw: Any) -> int:
    return build_money("commission", session, start, end, out, **kw)


def build_lump_sum(session: Session, start: date, end: date, out: Path, **kw: Any) -> int:
    return build_money("lump_sum", session, start, end, out, **kw)
