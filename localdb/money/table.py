"""Reading a money table: its lines with account names, totals and balances.

Nothing computed is stored: totals and balances come from the lines each
time, and the opening balance is the closing balance of the previous
published table of the same model (or the first table's stated opening line,
or 0). A correction published for an earlier month therefore carries into
every later table at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb.errors import StoreError
from localdb.models import MoneyAccount, MoneyLine, Record
from localdb.money.amounts import to_yuan
from localdb.money.rules import BY_BODY_KIND, DIRECTION_LABELS, OPENING, ModelSpec, closing

PUBLISHED = "published"


@dataclass(frozen=True)
class MoneyRow:
    line_no: int
    occurred_on: date
    account_id: int
    account_code: str
    account_name: str
    direction: str  # income | cost | expense | fee | distribution
    direction_label: str
    expense_class: str  # lump-sum: the class it is disclosed under ("" otherwise)
    description: str
    amount: Decimal
    note: str  # e.g. where a distribution went


@dataclass(frozen=True)
class Total:
    key: str  # a direction, an expense class or an account name
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Opening:
    fen: int
    source: str  # "previous" | "stated" | "none"
    previous_id: int | None = None
    previous_title: str = ""
    stated_ignored: bool = False  # a stated opening line that a previous table overrides


@dataclass(frozen=True)
class MoneyTable:
    record_id: int
    title: str
    state: str
    body_kind: str
    model: str  # common_income | commission | lump_sum
    model_label: str
    period_start: date | None
    period_end: date | None
    lines: tuple[MoneyRow, ...]  # in line order; the stated opening line is not among them
    opening: Decimal
    opening_source: str  # "previous" | "stated" | "none"
    previous_id: int | None  # the table the opening balance was carried from
    totals: tuple[Total, ...]  # one per direction of the model, in table order
    by_class: tuple[Total, ...]  # lump-sum expense by class; other models: by account
    closing: Decimal
    summary: tuple[Total, ...]  # the figures a disclosure shows under the lines

    def total(self, direction: str) -> Decimal:
        return next((t.amount for t in self.totals if t.key == direction), Decimal("0.00"))


def load_record(session: Session, record_id: int) -> Record:
    record = session.get(Record, record_id)
    if record is None:
        raise StoreError("not_found", what="公开记录", ident=record_id)
    return record


def spec_of(record: Record) -> ModelSpec:
    spec = BY_BODY_KIND.get(record.body_kind)
    if spec is None:
        raise StoreError("table_wrong_kind", title=record.title, kind="收支表")
    return spec


def _direction_sums(session: Session, record_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {rid: {} for rid in record_ids}
    if not record_ids:
        return out
    rows = session.execute(
        select(MoneyLine.record_id, MoneyAccount.direction, func.sum(MoneyLine.amount_fen))
        .join(MoneyAccount, MoneyAccount.id == MoneyLine.account_id)
        .where(MoneyLine.record_id.in_(record_ids))
        .group_by(MoneyLine.record_id, MoneyAccount.direction))
    for rid, direction, total in rows:
        out[rid][direction] = int(total)
    return out


def opening_for(session: Session, spec: ModelSpec, record_id: int | None,
                period_start: date) -> Opening:
    """The opening balance of a table of ``spec`` starting on ``period_start``:
    the chain of published tables before it, each opening where the last closed."""
    chain = session.execute(
        select(Record.id, Record.title)
        .where(Record.body_kind == spec.body_kind, Record.state == PUBLISHED,
               Record.period_end < period_start)
        .order_by(Record.period_end, Record.id)).all()
    ids = [rid for rid, _ in chain]
    if record_id is not None:
        ids.append(record_id)
    sums = _direction_sums(session, ids)
    stated_here = sums.get(record_id, {}).get(OPENING, 0) if record_id is not None else 0
    if not chain:
        return Opening(stated_here, "stated" if stated_here else "none")
    balance = sums[chain[0][0]].get(OPENING, 0)
    for rid, _ in chain:
        balance = closing(spec, balance, sums[rid])
    has_stated = record_id is not None and OPENING in sums.get(record_id, {})
    return Opening(balance, "previous", chain[-1][0], chain[-1][1], stated_ignored=has_stated)


def money_table(session: Session, record_id: int) -> MoneyTable:
    record = load_record(session, record_id)
    spec = spec_of(record)
    rows = session.execute(
        select(MoneyLine, MoneyAccount)
        .join(MoneyAccount, MoneyAccount.id == MoneyLine.account_id)
        .where(MoneyLine.record_id == record_id)
        .order_by(MoneyLine.line_no)).all()
    lines = tuple(
        MoneyRow(line.line_no, line.occurred_on, account.id, account.code, account.name,
                 account.direction, DIRECTION_LABELS.get(account.direction, account.direction),
                 account.expense_class if spec.code == "lump_sum" else "", line.description,
                 to_yuan(line.amount_fen), line.note)
        for line, account in rows if account.direction != OPENING)
    if record.period_start is not None:
        opening = opening_for(session, spec, record_id, record.period_start)
    else:
        stated = sum(line.amount_fen for line, account in rows if account.direction == OPENING)
        opening = Opening(stated, "stated" if stated else "none")
    fen: dict[str, int] = {d: 0 for d in spec.directions}
    groups: dict[str, int] = {}
    for row in lines:
        fen[row.direction] = fen.get(row.direction, 0) + int(row.amount * 100)
        if row.direction in spec.outflows:
            key = row.expense_class or row.account_name
            groups[key] = groups.get(key, 0) + int(row.amount * 100)
    closing_fen = closing(spec, opening.fen, fen)
    totals = tuple(Total(d, DIRECTION_LABELS[d], to_yuan(fen[d])) for d in spec.directions)
    return MoneyTable(
        record_id=record.id, title=record.title, state=record.state, body_kind=record.body_kind,
        model=spec.code, model_label=spec.label, period_start=record.period_start,
        period_end=record.period_end, lines=lines, opening=to_yuan(opening.fen),
        opening_source=opening.source, previous_id=opening.previous_id, totals=totals,
        by_class=tuple(Total(k, k, to_yuan(v)) for k, v in groups.items()),
        closing=to_yuan(closing_fen), summary=_summary(spec, opening.fen, fen, closing_fen),
    )


def _summary(spec: ModelSpec, opening: int, fen: dict[str, int], closing_fen: int) -> tuple[Total, ...]:
    y = to_yuan
    if spec.code == "common_income":
        net = fen["income"] - fen["cost"]
        return (Total("opening", "期初结余", y(opening)), Total("income", "本期收入", y(fen["income"])),
                Total("cost", "本期成本", y(fen["cost"])), Total("net", "本期净收益", y(net)),
                Total("available", "可分配收益", y(opening + net)),
                Total("distribution", "本期分配", y(fen["distribution"])),
                Total("closing", "期末结余", y(closing_fen)))
    if spec.code == "commission":
        return (Total("opening", "期初结余", y(opening)), Total("income", "本期收入", y(fen["income"])),
                Total("expense", "本期支出", y(fen["expense"])), Total("fee", "企业酬金", y(fen["fee"])),
                Total("closing", "期末结余", y(closing_fen)))
    return (Total("opening", "期初结余", y(opening)), Total("income", "本期收入", y(fen["income"])),
            Total("expense", "本期支出", y(fen["expense"])),
            Total("net", "本期结余", y(fen["income"] - fen["expense"])),
            Total("closing", "期末结余", y(closing_fen)))


@dataclass(frozen=True)
class AccountRow:
    id: int
    code: str
    name: str
    direction: str
    direction_label: str
    expense_class: str


def accounts(session: Session, body_kind: str) -> list[AccountRow]:
    """The active accounts a table of ``body_kind`` may use, in the order to offer them."""
    spec = BY_BODY_KIND[body_kind]
    rows = session.execute(
        select(MoneyAccount).where(MoneyAccount.model == spec.code, MoneyAccount.active)
        .order_by(MoneyAccount.sort_key, MoneyAccount.code)).scalars()
    return [AccountRow(a.id, a.code, a.name, a.direction, DIRECTION_LABELS.get(a.direction, a.direction),
                       a.expense_class) for a in rows]
