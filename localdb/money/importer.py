"""Import a money table from Excel, with a row-by-row error report.

    report = import_excel(session, actor, record_id, path, now)

The sheet has the columns 日期, 科目, 摘要, 金额, 备注 (a lump-sum sheet may add
类别); title rows above the header and section headings ("一、收入") are passed
over. Rows the sheet computes itself are checked, never taken on trust:
合计/小计 rows against the lines above them, 期初余额 against the previous
published table (or, for the first table, taken as its stated opening), and
本期净收益, 可分配收益, 本期结余 and 期末余额 against the whole table. Text in
an amount cell, a broken total, an unknown account or one of another model, a
duplicate row, a date outside the period, and a line that breaks the model's
balance are all reported with their row numbers — and then nothing is
written. A clean sheet replaces the draft's lines in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.complaints.importer_parse import RowError
from localdb.errors import ValidationError
from localdb.models import MoneyAccount, Record
from localdb.money.amounts import shown, to_fen
from localdb.money.lines import (
    MAX_DESCRIPTION,
    MAX_NOTE,
    CheckedLine,
    audit_summary,
    check_account,
    check_amount,
    check_date,
    check_text,
    draft_table,
    table_problems,
    write,
)
from localdb.money.rules import OPENING, ModelSpec, closing, sums
from localdb.money.table import opening_for
from localdb.money.xlsx import SheetRow, cell_amount, cell_date, cell_text, read_sheet
from localdb.roles import Actor, Permission

COLUMNS = ("日期", "科目", "类别", "摘要", "金额", "备注")
REQUIRED = ("日期", "科目", "金额")
ALIASES = {"发生日期": "日期", "时间": "日期", "科目名称": "科目", "收支项目": "科目", "项目": "科目",
           "费用项目": "科目", "支出类别": "类别", "成本类别": "类别", "说明": "摘要", "内容": "摘要",
           "去向": "备注", "用途": "备注", "金额（元）": "金额"}
_TOTAL = re.compile(r"(合计|小计|总计)")
_SPACES = re.compile(r"[\s:：]")


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    sha256: str
    imported: int  # lines written (0 when anything was wrong)
    errors: tuple[RowError, ...]
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_rows(self) -> int:
        return len({e.row_number for e in self.errors})


@dataclass(frozen=True)
class _Check:
    """A row whose figure the sheet computed: checked once the lines are known."""

    row: int
    label: str
    kind: str  # total | opening | closing | net | available | balance
    stated: int
    scope: tuple[int, ...] = ()  # rows a total covers
    direction: str = ""
    group: str = ""  # an expense class or account name a total covers


class _Reader:
    def __init__(self, session: Session, record: Record, spec: ModelSpec) -> None:
        self.session = session
        self.record = record
        self.spec = spec
        self.errors: list[RowError] = []
        self.lines: list[CheckedLine] = []
        self.checks: list[_Check] = []
        self.failed_lines: set[int] = set()
        self.line_rows: list[int] = []  # every line row, good or bad
        # A plain 小计 covers the lines since the last total row of any kind; a plain
        # 合计/总计 those since the last 合计/总计 ("收入合计" included), so sections
        # with subtotals still add up.
        self.last_any_total = 0
        self.last_total = 0
        self.seen: dict[tuple[object, ...], int] = {}
        everything = session.execute(select(MoneyAccount)).scalars().all()
        self.by_name: dict[str, list[MoneyAccount]] = {}
        for account in everything:
            for key in (account.name.strip(), account.code.strip()):
                self.by_name.setdefault(key, []).append(account)
        mine = [a for a in everything if a.model == spec.code]
        self.groups = {a.expense_class for a in mine if a.expense_class} | {a.name for a in mine}
        self.opening_account = next((a for a in mine if a.direction == OPENING and a.active), None)

    def fail(self, row: int, column: str, exc: ValidationError) -> None:
        self.errors.append(RowError(row, column, exc.message, exc.code))

    # --- one row ---------------------------------------------------------------------

    def row(self, raw: SheetRow) -> None:
        label = self._label(raw)
        amount_cell = raw.cells.get("金额")
        if label is not None:
            self._label_row(raw, label, amount_cell)
        elif cell_text(amount_cell) == "" and cell_text(raw.cells.get("日期")) == "":
            return  # a section heading such as "一、收入"
        else:
            self._line(raw)

    def _label(self, raw: SheetRow) -> str | None:
        for column in ("日期", "科目", "摘要"):
            text = _SPACES.sub("", cell_text(raw.cells.get(column)))
            if column == "日期" and cell_date(raw.cells.get(column)) is not None:
                continue
            if not text:
                continue
            if (_TOTAL.search(text) or text.startswith(("期初", "期末", "上期结", "上年结"))
                    or text in ("本期净收益", "净收益", "可分配收益", "本期结余", "结转下期")):
                return text
            if column in ("日期", "科目"):
                return None
        return None

    def _amount(self, raw: SheetRow, value: object, *, positive_account: MoneyAccount | None = None
                ) -> int | None:
        text = cell_amount(value)
        if text is None:
            shown_as = cell_text(value)
            code = "required" if not shown_as else "money_bad_amount"
            self.fail(raw.number, "金额", ValidationError(code, field="金额", value=shown_as))
            return None
        try:
            if positive_account is not None:
                return check_amount(text, positive_account)
            return to_fen(text)
        except ValidationError as exc:
            self.fail(raw.number, "金额", exc)
            return None

    def _label_row(self, raw: SheetRow, label: str, value: object) -> None:
        if cell_text(value) == "":
            return  # a label with no figure states nothing to check
        stated = self._amount(raw, value)
        if stated is None:
            return
        if label.startswith(("期初", "上期结", "上年结")):
            self._opening(raw, label, stated)
        elif label.startswith("期末") or label == "结转下期":
            self.checks.append(_Check(raw.number, label, "closing", stated))
        elif "净收益" in label and not _TOTAL.search(label):
            self.checks.append(_Check(raw.number, label, "net", stated))
        elif label == "可分配收益":
            self.checks.append(_Check(raw.number, label, "available", stated))
        elif label == "本期结余":
            self.checks.append(_Check(raw.number, label, "balance", stated))
        else:
            self._total(raw, label, stated)

    def _opening(self, raw: SheetRow, label: str, stated: int) -> None:
        assert self.record.period_start is not None
        previous = opening_for(self.session, self.spec, None, self.record.period_start)
        if previous.source == "previous":
            self.checks.append(_Check(raw.number, label, "opening", stated))
        elif stated == 0:
            return  # nothing carried in: no line needed
        elif self.opening_account is None:
            self.fail(raw.number, "科目", ValidationError("money_no_opening_account", field="科目",
                                                         model=self.spec.label))
        else:
            self.lines.append(CheckedLine(raw.number, self.opening_account, self.record.period_start,
                                          stated, label, ""))

    def _total(self, raw: SheetRow, label: str, stated: int) -> None:
        rest = _TOTAL.sub("", label).removeprefix("本期")
        plain = not rest
        word = _TOTAL.search(label)
        assert word is not None
        subtotal = word.group(1) == "小计"
        if plain:
            start = self.last_any_total if subtotal else self.last_total
            scope = tuple(r for r in self.line_rows if r > start)
            self.checks.append(_Check(raw.number, label, "total", stated, scope=scope))
        elif rest in self.groups:
            self.checks.append(_Check(raw.number, label, "total", stated,
                                      scope=tuple(self.line_rows), group=rest))
        else:
            direction = self._direction(rest)
            if direction is None:
                self.fail(raw.number, "科目", ValidationError("money_import_unknown_total", field="科目",
                                                             value=label))
            else:
                self.checks.append(_Check(raw.number, label, "total", stated,
                                          scope=tuple(self.line_rows), direction=direction))
        self.last_any_total = raw.number
        if not subtotal:
            self.last_total = raw.number

    def _direction(self, words: str) -> str | None:
        has = self.spec.directions
        if "酬金" in words and "fee" in has:
            return "fee"
        if ("分配" in words or "去向" in words) and "distribution" in has:
            return "distribution"
        if "收入" in words or "收益" in words:
            return "income"
        if any(w in words for w in ("成本", "支出", "费用", "开支")):
            return "cost" if "cost" in has else "expense"
        return None

    def _line(self, raw: SheetRow) -> None:
        self.line_rows.append(raw.number)
        before = len(self.errors)
        account = self._account(raw)
        day = cell_date(raw.cells.get("日期"))
        if day is None:
            value = cell_text(raw.cells.get("日期"))
            code = "required" if not value else "table_import_bad_date"
            self.fail(raw.number, "日期", ValidationError(code, field="日期", value=value))
        else:
            try:
                check_date(self.record, day)
            except ValidationError as exc:
                self.fail(raw.number, "日期", exc)
        fen = self._amount(raw, raw.cells.get("金额"), positive_account=account)
        texts = {}
        for column, limit in (("摘要", MAX_DESCRIPTION), ("备注", MAX_NOTE)):
            try:
                texts[column] = check_text(cell_text(raw.cells.get(column)), column, limit)
            except ValidationError as exc:
                self.fail(raw.number, column, exc)
        if len(self.errors) > before or account is None or day is None or fen is None:
            self.failed_lines.add(raw.number)
            return
        key = (day, account.id, texts["摘要"], fen, texts["备注"])
        if key in self.seen:
            self.fail(raw.number, "", ValidationError("table_import_duplicate", row=self.seen[key]))
            self.failed_lines.add(raw.number)
            return
        self.seen[key] = raw.number
        self.lines.append(CheckedLine(raw.number, account, day, fen, texts["摘要"], texts["备注"]))

    def _account(self, raw: SheetRow) -> MoneyAccount | None:
        name = cell_text(raw.cells.get("科目"))
        if not name:
            self.fail(raw.number, "科目", ValidationError("required", field="科目"))
            return None
        found = self.by_name.get(name, [])
        account = next((a for a in found if a.model == self.spec.code), found[0] if found else None)
        try:
            account = check_account(self.spec, account, name)
        except ValidationError as exc:
            self.fail(raw.number, "科目", exc)
            return None
        given = cell_text(raw.cells.get("类别"))
        if given and account.expense_class and given != account.expense_class:
            self.fail(raw.number, "类别", ValidationError(
                "money_import_class_mismatch", field="类别", value=given, account=account.name,
                expected=account.expense_class))
        return account

    # --- the whole sheet -------------------------------------------------------------

    def finish(self) -> None:
        if self.errors:
            return  # figures over broken lines would only repeat the same errors
        for row, exc in table_problems(self.session, self.record, self.spec, self.lines):
            self.fail(row, exc.field or "", exc)
        if self.errors:
            return
        assert self.record.period_start is not None
        opening = opening_for(self.session, self.spec, None, self.record.period_start)
        opening_fen = opening.fen if opening.source == "previous" else sum(
            x.amount_fen for x in self.lines if x.account.direction == OPENING)
        flows = [x for x in self.lines if x.account.direction != OPENING]
        totals = sums([x.flow() for x in flows])
        end = closing(self.spec, opening_fen, totals)
        net = totals.get("income", 0) - totals.get("cost", 0)
        figures = {"opening": opening_fen, "closing": end, "net": net, "available": opening_fen + net,
                   "balance": end - opening_fen}
        for check in self.checks:
            if check.kind == "total":
                covered = set(check.scope)
                computed = sum(x.amount_fen for x in flows if x.ref in covered and (
                    not check.direction or x.account.direction == check.direction) and (
                    not check.group or check.group in (x.account.expense_class, x.account.name)))
            else:
                computed = figures[check.kind]
            if computed != check.stated:
                self.fail(check.row, "金额", ValidationError(
                    "money_import_bad_total", field="金额", label=check.label,
                    stated=shown(check.stated), computed=shown(computed)))


def import_excel(session: Session, actor: Actor, record_id: int, path: Path | str,
                 now: datetime) -> ImportReport:
    """Check the sheet against the draft table; write its lines only if every row is right."""
    actor.require(Permission.EDIT_RECORDS)
    record, spec = draft_table(session, record_id)
    sheet = read_sheet(path, COLUMNS, required=REQUIRED, aliases=ALIASES)
    reader = _Reader(session, record, spec)
    for raw in sheet.rows:
        reader.row(raw)
    if not reader.line_rows and not reader.errors:
        raise ValidationError("table_import_no_rows", path=sheet.name)
    reader.finish()
    if reader.errors:
        errors = tuple(sorted(reader.errors, key=lambda e: e.row_number))
        return ImportReport(sheet.name, sheet.sha256, 0, errors)
    lines: Sequence[CheckedLine] = sorted(reader.lines, key=lambda x: x.ref)
    write(session, record_id, lines)
    record.updated_at = now
    audit.record(session, actor, "money.import", "record", record_id, None,
                 {"file": sheet.name, "sha256": sheet.sha256, **audit_summary(lines)})
    return ImportReport(sheet.name, sheet.sha256, len(lines), (), Changes(records=True))
