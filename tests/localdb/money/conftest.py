"""Money-table helpers: draft tables of each model, accounts by name, publishing."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from localdb.engine import Store
from localdb.models import MoneyAccount
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)

SUBCATEGORY = {"money_common_income": "common_income", "money_commission": "commission_fund",
               "money_lump_sum": "lump_sum_costs"}
MODEL = {"money_common_income": "common_income", "money_commission": "commission",
         "money_lump_sum": "lump_sum"}


def month(year: int, m: int) -> tuple[date, date]:
    return date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1])


def new_table(store: Store, author: Actor, body_kind: str, year: int = 2026, m: int = 3,
              title: str = "") -> int:
    start, end = month(year, m)
    with store.write() as s:
        return lifecycle.create_draft(s, author, RecordDraft(
            category_code="finance", subcategory_code=SUBCATEGORY[body_kind],
            title=title or f"{year}年{m}月{body_kind}", period_start=start, period_end=end), T0)


def publish(store: Store, author: Actor, reviewer: Actor, record_id: int) -> None:
    with store.write() as s:
        lifecycle.submit(s, author, record_id, T0 + timedelta(minutes=1))
    with store.write() as s:
        lifecycle.publish(s, reviewer, record_id, T0 + timedelta(minutes=2))


def account(store: Store, model: str, name: str) -> int:
    with store.read() as s:
        return s.execute(select(MoneyAccount.id).where(
            MoneyAccount.model == model, MoneyAccount.name == name)).scalar_one()


def ensure_account(store: Store, model: str, code: str, name: str, direction: str,
                   expense_class: str = "") -> int:
    """An account the shipped defaults may lack (e.g. the opening line's)."""
    with store.write() as s:
        found = s.execute(select(MoneyAccount).where(
            MoneyAccount.model == model, MoneyAccount.name == name)).scalar_one_or_none()
        if found is not None:
            return found.id
        row = MoneyAccount(model=model, code=code, name=name, direction=direction,
                           expense_class=expense_class, sort_key=0, active=True)
        s.add(row)
        s.flush()
        return row.id


def opening_account(store: Store, model: str) -> int:
    with store.read() as s:
        found = s.execute(select(MoneyAccount.id).where(
            MoneyAccount.model == model, MoneyAccount.direction == "opening")).scalar()
    if found is not None:
        return int(found)
    prefix = {"common_income": "GY", "commission": "CJ", "lump_sum": "BG"}[model]
    return ensure_account(store, model, f"{prefix}00", "期初结余", "opening")
