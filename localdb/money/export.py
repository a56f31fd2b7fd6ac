"""Export a money table to Excel: its lines by direction (a lump-sum table's
expenses by class), each section's total, the opening and closing balances.

The sheet reads back through ``import_excel`` unchanged, so a table can be
taken out, checked by the finance office and brought back in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from localdb.money.rules import DIRECTION_LABELS, MODELS
from localdb.money.table import MoneyRow, MoneyTable, money_table
from localdb.records.states import label as state_label

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
SECTION_NUMBERS = "一二三四五六"


def _header(table: MoneyTable) -> list[str]:
    by_class = table.model == "lump_sum"
    return ["日期", "科目", *(["类别"] if by_class else []), "摘要", "金额", "备注"]


def _line_cells(table: MoneyTable, line: MoneyRow) -> list[Any]:
    extra = [line.expense_class] if table.model == "lump_sum" else []
    return [line.occurred_on, line.account_name, *extra, line.description, line.amount, line.note]


def _label_cells(table: MoneyTable, label: str, amount: Any) -> list[Any]:
    cells: list[Any] = [None] * len(_header(table))
    cells[1] = label
    cells[_header(table).index("金额")] = amount
    return cells


def rows(table: MoneyTable) -> list[tuple[str, list[Any]]]:
    """(style, cells) for every row under the header: line | heading | total."""
    out: list[tuple[str, list[Any]]] = [("total", _label_cells(table, "期初余额", table.opening))]
    spec = MODELS[table.model]
    for number, direction in zip(SECTION_NUMBERS, spec.directions, strict=False):
        label = DIRECTION_LABELS[direction]
        out.append(("heading", _label_cells(table, f"{number}、{label}", None)))
        lines = [x for x in table.lines if x.direction == direction]
        if direction == "expense" and table.model == "lump_sum":
            for group in table.by_class:
                members = [x for x in lines if (x.expense_class or x.account_name) == group.key]
                out.extend(("line", _line_cells(table, x)) for x in members)
                out.append(("subtotal", _label_cells(table, f"{group.label}小计", group.amount)))
        else:
            out.extend(("line", _line_cells(table, x)) for x in lines)
        out.append(("total", _label_cells(table, f"{label}合计", table.total(direction))))
    for figure in table.summary:
        if figure.key in ("net", "available", "closing"):
            out.append(("total", _label_cells(table, figure.label, figure.amount)))
    return out


def export_excel(session: Session, record_id: int, path: Path | str) -> Path:
    """Write the table (with computed totals and balances) to an .xlsx file."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # no stubs
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]

    table = money_table(session, record_id)
    header = _header(table)
    book = Workbook()
    sheet = book.active
    sheet.title = table.model_label[:31]
    sheet.append([table.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    period = (f"{table.period_start.isoformat()} 至 {table.period_end.isoformat()}"
              if table.period_start and table.period_end else "")
    sheet.append([f"{table.model_label}　期间：{period}　单位：元　状态："
                  f"{state_label(table.state)}"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    amount_col = header.index("金额") + 1
    for style, cells in rows(table):
        sheet.append(cells)
        row = sheet.max_row
        sheet.cell(row, 1).number_format = DATE_FORMAT
        sheet.cell(row, amount_col).number_format = MONEY_FORMAT
        if style != "line":
            for cell in sheet[row]:
                cell.font = Font(bold=True)
    widths = {"日期": 12, "科目": 26, "类别": 12, "摘要": 34, "金额": 16, "备注": 30}
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(3, index).column_letter].width = widths[name]
    sheet.freeze_panes = "A4"
    target = Path(path)
    book.save(target)
    return target
