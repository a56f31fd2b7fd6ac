"""Setting the lines of a draft money table: every line checked, the table
checked as a whole against its model's balance rules, nothing typed that can
be computed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, delete, insert, literal, select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import MoneyAccount, MoneyLine, Record
from localdb.money.amounts import shown, to_fen
from localdb.money.rules import BY_BODY_KIND, DIRECTION_LABELS, MODELS, OPENING, FlowLine, ModelSpec, problems
from localdb.money.table import opening_for, spec_of
from localdb.records import lifecycle
from localdb.roles import Actor, Permission

MAX_DESCRIPTION = 200
MAX_NOTE = 500


@dataclass(frozen=True)
class MoneyLineInput:
    account_id: int
    occurred_on: date
    amount: Decimal | int | str  # yuan, at most 2 decimals; never float
    description: str = ""
    note: str = ""  # e.g. where a distribution went


@dataclass(frozen=True)
class CheckedLine:
    ref: int
    account: MoneyAccount
    occurred_on: date
    amount_fen: int
    description: str
    note: str

    def flow(self) -> FlowLine:
        return FlowLine(self.ref, self.account.direction, self.occurred_on, self.amount_fen)


def draft_table(session: Session, record_id: int) -> tuple[Record, ModelSpec]:
    """The record, locked, if it is a draft money table with a period."""
    record = lifecycle.draft_for_edit(session, record_id, "修改表格")
    spec = spec_of(record)
    require_period(record)
    return record, spec


def require_period(record: Record) -> None:
    if record.period_start is None or record.period_end is None:
        raise ValidationError("table_no_period", title=record.title)


def accounts_of(session: Session, spec: ModelSpec) -> dict[int, MoneyAccount]:
    return {a.id: a for a in session.execute(
        select(MoneyAccount).where(MoneyAccount.model == spec.code)).scalars()}


def check_account(spec: ModelSpec, account: MoneyAccount | None, shown_as: str) -> MoneyAccount:
    if account is None or not account.active:
        raise ValidationError("money_unknown_account", field="科目", value=shown_as)
    if account.model != spec.code:
        other = MODELS[account.model].label if account.model in MODELS else account.model
        raise ValidationError("money_account_other_model", field="科目", value=account.name,
                              other=other, model=spec.label)
    if account.direction not in (*spec.directions, OPENING):
        raise ValidationError("money_account_wrong_direction", field="科目", value=account.name,
                              direction=DIRECTION_LABELS.get(account.direction, account.direction),
                              model=spec.label)
    return account


def check_date(record: Record, day: date) -> date:
    assert record.period_start is not None and record.period_end is not None
    if not record.period_start <= day <= record.period_end:
        raise ValidationError("table_outside_period", field="日期", value=day.isoformat(),
                              start=record.period_start.isoformat(), end=record.period_end.isoformat())
    return day


def check_amount(value: Decimal | int | str, account: MoneyAccount) -> int:
    fen = to_fen(value)
    if fen <= 0 and account.direction != OPENING:
        raise ValidationError("money_not_positive", field="金额", value=str(value).strip())
    return fen


def check_text(value: str, field: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return value


def table_problems(session: Session, record: Record, spec: ModelSpec,
                   lines: Sequence[CheckedLine]) -> list[tuple[int, ValidationError]]:
    """Whole-table checks: the stated opening line, then the model's balance rule."""
    assert record.period_start is not None
    out: list[tuple[int, ValidationError]] = []
    openings = [line for line in lines if line.account.direction == OPENING]
    previous = opening_for(session, spec, None, record.period_start)
    if previous.source == "previous" and openings:
        out.append((openings[0].ref, ValidationError(
            "money_opening_computed", field="科目", title=previous.previous_title,
            amount=shown(previous.fen))))
    if len(openings) > 1:
        out.append((openings[1].ref, ValidationError("money_opening_twice", field="科目")))
    if out:
        return out
    opening = previous.fen if previous.source == "previous" else sum(x.amount_fen for x in openings)
    for problem in problems(spec, opening, [line.flow() for line in lines]):
        out.append((problem.ref, ValidationError(problem.code, field=problem.field, **problem.params)))
    return out


def _with_line(exc: ValidationError, line: int) -> ValidationError:
    exc.params["line"] = line  # which line, for the form; the message names the value
    return exc


def checked(session: Session, record: Record, spec: ModelSpec,
            lines: Sequence[MoneyLineInput]) -> list[CheckedLine]:
    accounts = accounts_of(session, spec)
    out: list[CheckedLine] = []
    for number, data in enumerate(lines, start=1):
        try:
            account = accounts.get(data.account_id) or session.get(MoneyAccount, data.account_id)
            account = check_account(spec, account, str(data.account_id))
            out.append(CheckedLine(
                number, account, check_date(record, data.occurred_on),
                check_amount(data.amount, account),
                check_text(data.description, "摘要", MAX_DESCRIPTION),
                check_text(data.note, "备注", MAX_NOTE)))
        except ValidationError as exc:
            raise _with_line(exc, number) from None
    for number, problem in table_problems(session, record, spec, out):
        raise _with_line(problem, number)
    return out


def write(session: Session, record_id: int, lines: Sequence[CheckedLine]) -> None:
    session.execute(delete(MoneyLine).where(MoneyLine.record_id == record_id))
    if lines:
        session.execute(insert(MoneyLine), [
            {"record_id": record_id, "line_no": n, "account_id": line.account.id,
             "occurred_on": line.occurred_on, "description": line.description,
             "amount_fen": line.amount_fen, "note": line.note}
            for n, line in enumerate(lines, start=1)])


def audit_summary(lines: Sequence[CheckedLine]) -> dict[str, Any]:
    totals: dict[str, str] = {}
    fen: dict[str, int] = {}
    for line in lines:
        fen[line.account.direction] = fen.get(line.account.direction, 0) + line.amount_fen
    for direction, amount in sorted(fen.items()):
        totals[direction] = shown(amount)
    return {"lines": len(lines), "totals": totals}


def set_lines(session: Session, actor: Actor, record_id: int, lines: Sequence[MoneyLineInput],
              now: datetime) -> Changes:
    """Replace the lines of a draft money table (an empty sequence clears it)."""
    actor.require(Permission.EDIT_RECORDS)
    record, spec = draft_table(session, record_id)
    good = checked(session, record, spec, lines)
    before = audit_summary(_stored(session, record_id))
    write(session, record_id, good)
    record.updated_at = now
    audit.record(session, actor, "money.set_lines", "record", record_id, before, audit_summary(good))
    return Changes(records=True)


def _stored(session: Session, record_id: int) -> list[CheckedLine]:
    rows = session.execute(
        select(MoneyLine, MoneyAccount).join(MoneyAccount, MoneyAccount.id == MoneyLine.account_id)
        .where(MoneyLine.record_id == record_id)).all()
    return [CheckedLine(line.line_no, account, line.occurred_on, line.amount_fen, line.description,
                        line.note) for line, account in rows]


def copy_lines(session: Session, old_id: int, new_id: int) -> None:
    """A correction starts from the lines of the version it corrects."""
    columns = ("line_no", "account_id", "occurred_on", "description", "amount_fen", "note")
    source = select(literal(new_id, Integer).label("record_id"),
                    *(getattr(MoneyLine, c) for c in columns)).where(MoneyLine.record_id == old_id)
    session.execute(insert(MoneyLine).from_select(["record_id", *columns], source))


def check_table(session: Session, record_id: int) -> None:
    """Raise the first reason a stored money table does not add up (for review
    to call before publishing: an earlier month corrected since may have
    changed this one's opening balance). Other bodies pass."""
    record = session.get(Record, record_id)
    if record is None or record.body_kind not in BY_BODY_KIND:
        return
    spec = spec_of(record)
    require_period(record)
    for number, problem in table_problems(session, record, spec, _stored(session, record_id)):
        raise _with_line(problem, number)
