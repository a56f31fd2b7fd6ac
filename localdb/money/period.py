"""The money ledger of a period: every published table of one model whose
period meets it, in order, and the period's figures — the first table's
opening balance, the last one's closing balance, and the totals of each
direction (and each expense class) over all of them.

Summed here from ``money_table``, so a printed ledger shows figures it never
computes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import Record
from localdb.money.rules import DIRECTION_LABELS, MODELS
from localdb.money.table import PUBLISHED, MoneyTable, Total, money_table

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PeriodMoney:
    model: str
    model_label: str
    tables: tuple[MoneyTable, ...]  # oldest period first
    opening: Decimal  # of the first table (0 without any)
    closing: Decimal  # of the last table
    totals: tuple[Total, ...]  # per direction of the model, over every table
    by_class: tuple[Total, ...]  # lump-sum expense by class (other models: by account)


def published_tables(session: Session, model: str, start: date, end: date) -> list[int]:
    """Published tables of ``model`` whose period meets [start, end], oldest first."""
    spec = MODELS[model]
    return list(session.execute(
        select(Record.id).where(Record.body_kind == spec.body_kind, Record.state == PUBLISHED,
                                Record.period_start.is_not(None), Record.period_end.is_not(None),
                                Record.period_end >= start, Record.period_start <= end)
        .order_by(Record.period_start, Record.id)).scalars())


def period_money(session: Session, model: str, start: date, end: date) -> PeriodMoney:
    spec = MODELS[model]
    tables = tuple(money_table(session, rid) for rid in published_tables(session, model, start, end))
    sums: dict[str, Decimal] = {d: ZERO for d in spec.directions}
    groups: dict[str, Decimal] = {}
    for table in tables:
        for total in table.totals:
            sums[total.key] = sums.get(total.key, ZERO) + total.amount
        for group in table.by_class:
            groups[group.key] = groups.get(group.key, ZERO) + group.amount
    return PeriodMoney(
        model=spec.code, model_label=spec.label, tables=tables,
        opening=tables[0].opening if tables else ZERO, closing=tables[-1].closing if tables else ZERO,
        totals=tuple(Total(d, DIRECTION_LABELS[d], sums[d]) for d in spec.directions),
        by_class=tuple(Total(k, k, v) for k, v in groups.items()),
    )
