"""The three ways money is disclosed, and what makes a table of each add up.

- 共有部分经营收益 (common_income): income from the owners' common parts less its
  costs is net income that belongs to the owners; distributions say where it
  went and can never exceed what is available (opening balance + net income).
- 酬金制 (commission): the owners' fund receives income and pays every expense
  and the company's fee (酬金); the fund can never go negative.
- 包干制 (lump_sum): the company takes a fixed fee and bears the costs, which
  are disclosed by class; the balance may be negative (the company's loss).

Everything here works on plain numbers (fen), so set_lines and the Excel
import share one set of rules and report the same reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from localdb.money.amounts import shown

OPENING = "opening"  # a first table's stated opening balance (期初结余)

DIRECTION_LABELS: dict[str, str] = {
    "income": "收入",
    "cost": "成本",
    "expense": "支出",
    "fee": "企业酬金",
    "distribution": "分配",
    OPENING: "期初结余",
}


@dataclass(frozen=True)
class ModelSpec:
    code: str  # money_account.model
    body_kind: str  # record.body_kind
    label: str
    inflows: tuple[str, ...]
    outflows: tuple[str, ...]

    @property
    def directions(self) -> tuple[str, ...]:
        """The directions of this model's lines, in the order a table shows them."""
        return self.inflows + self.outflows


MODELS: dict[str, ModelSpec] = {
    spec.code: spec
    for spec in (
        ModelSpec("common_income", "money_common_income", "共有部分经营收益",
                  ("income",), ("cost", "distribution")),
        ModelSpec("commission", "money_commission", "酬金制", ("income",), ("expense", "fee")),
        ModelSpec("lump_sum", "money_lump_sum", "包干制", ("income",), ("expense",)),
    )
}
BY_BODY_KIND: dict[str, ModelSpec] = {spec.body_kind: spec for spec in MODELS.values()}


def is_money(body_kind: str) -> bool:
    return body_kind in BY_BODY_KIND


@dataclass(frozen=True)
class FlowLine:
    """A line reduced to what the balance rules look at."""

    ref: int  # line number (set_lines) or spreadsheet row (import)
    direction: str
    occurred_on: date
    amount_fen: int


@dataclass(frozen=True)
class Problem:
    ref: int
    code: str
    field: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)


def sums(lines: Sequence[FlowLine]) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in lines:
        out[line.direction] = out.get(line.direction, 0) + line.amount_fen
    return out


def closing(spec: ModelSpec, opening_fen: int, totals: dict[str, int]) -> int:
    return (opening_fen + sum(totals.get(d, 0) for d in spec.inflows)
            - sum(totals.get(d, 0) for d in spec.outflows))


def problems(spec: ModelSpec, opening_fen: int, lines: Sequence[FlowLine]) -> list[Problem]:
    """Why these lines cannot stand (empty when they add up). Opening lines are
    the caller's business; ``opening_fen`` is already the opening balance."""
    flows = [line for line in lines if line.direction != OPENING]
    if spec.code == "common_income":
        return _distributions(opening_fen, flows)
    if spec.code == "commission":
        return _fund(opening_fen, flows)
    return []


def _distributions(opening_fen: int, lines: Sequence[FlowLine]) -> list[Problem]:
    """Distributions may not exceed opening + income - cost of the whole period;
    the line named is the distribution at which the running total crosses it."""
    totals = sums(lines)
    income, cost = totals.get("income", 0), totals.get("cost", 0)
    available = opening_fen + income - cost
    distributed = totals.get("distribution", 0)
    if distributed <= max(available, 0):
        return []
    running = 0
    culprit = lines[-1].ref
    for line in sorted(lines, key=lambda x: (x.occurred_on, x.ref)):
        if line.direction == "distribution":
            running += line.amount_fen
            if running > max(available, 0):
                culprit = line.ref
                break
    return [Problem(culprit, "money_distribution_exceeds", "金额", {
        "distributed": shown(distributed), "available": shown(available),
        "opening": shown(opening_fen), "income": shown(income), "cost": shown(cost)})]


def _fund(opening_fen: int, lines: Sequence[FlowLine]) -> list[Problem]:
    """The fund's balance at the end of each day may not be negative (money
    that came in that day counts before what went out)."""
    balance = opening_fen
    by_day: dict[date, list[FlowLine]] = {}
    for line in lines:
        by_day.setdefault(line.occurred_on, []).append(line)
    for day in sorted(by_day):
        day_lines = by_day[day]
        for line in day_lines:
            balance += line.amount_fen if line.direction == "income" else -line.amount_fen
        if balance < 0:
            outflows = [x for x in day_lines if x.direction != "income"]
            culprit = max(x.ref for x in outflows or day_lines)
            return [Problem(culprit, "money_fund_negative", "金额",
                            {"date": day.isoformat(), "balance": shown(balance)})]
    return []
