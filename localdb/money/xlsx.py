"""Reading table sheets from Excel (.xlsx), for money tables and work records.

A sheet may start with title rows ("阳光花园2026年3月共有部分经营收益公示表");
the header is the first row that names at least two of the known columns.
Every later non-empty row comes back with the row number Excel shows, so
each error can say where it is. A file that cannot be read, or lacks a
required column, is refused as a whole (ValidationError naming the file).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from localdb.complaints.importer_read import _blank, _sheet_rows, cell_datetime, cell_text
from localdb.errors import ValidationError

__all__ = ["Sheet", "SheetRow", "cell_amount", "cell_date", "cell_datetime", "cell_text", "read_sheet"]

_NOTE = re.compile(r"[（(][^）)]*[）)]$")  # "金额（元）", "日期(必填)"
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_NUMBER = re.compile(r"^[-+]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")


@dataclass(frozen=True)
class SheetRow:
    number: int  # 1-based, as Excel shows it
    cells: dict[str, Any]  # column name -> cell value


@dataclass(frozen=True)
class Sheet:
    name: str  # the file name, for the report and the audit entry
    sha256: str
    header_row: int
    columns: tuple[str, ...]  # the known columns present
    rows: tuple[SheetRow, ...]


def column_name(header: Any, aliases: Mapping[str, str]) -> str:
    text = _NOTE.sub("", cell_text(header)).strip().rstrip("*＊").strip()
    return aliases.get(text, text)


def read_sheet(path: Path | str, columns: Sequence[str], *, required: Sequence[str],
               aliases: Mapping[str, str] | None = None) -> Sheet:
    path = Path(path)
    aliases = aliases or {}
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("import_missing_file", path=str(path)) from exc
    except OSError as exc:
        raise ValidationError("import_unreadable", path=path.name, detail=exc.strerror or "") from exc
    if path.suffix.lower() not in (".xlsx", ".xlsm") and data[:4] != b"PK\x03\x04":
        raise ValidationError("import_unsupported", path=path.name)
    header: dict[int, str] = {}
    header_row = first_row = 0
    out: list[SheetRow] = []
    for number, values in enumerate(_sheet_rows(path), start=1):
        if all(_blank(v) for v in values):
            continue
        first_row = first_row or number
        if not header:
            found = {i: column_name(v, aliases) for i, v in enumerate(values)}
            known = {i: name for i, name in found.items() if name in columns}
            if len(set(known.values())) >= min(2, len(columns)):
                for index, name in known.items():
                    if name not in header.values():
                        header[index] = name
                header_row = number
            continue
        out.append(SheetRow(number, {name: values[i] if i < len(values) else None
                                     for i, name in header.items()}))
    if not first_row:
        raise ValidationError("import_empty", path=path.name)
    missing = [c for c in required if c not in header.values()]
    if missing:
        raise ValidationError("import_missing_columns", path=path.name, row=header_row or first_row,
                              columns="”“".join(missing))
    present = tuple(c for c in columns if c in header.values())
    return Sheet(path.name, hashlib.sha256(data).hexdigest(), header_row, present, tuple(out))


def cell_date(value: Any) -> date | None:
    """A date from a date cell or text like 2026-03-05, 2026/3/5, 2026年3月5日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(cell_text(value))
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def cell_amount(value: Any) -> str | None:
    """An amount cell as exact decimal text; None when it holds no number.

    Numbers come as int or float (a float's shortest repr is what the sheet
    shows: 1234.5 → "1234.5"); text may carry ¥, thousands separators and 元.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else None
    text = cell_text(value).replace(" ", "")
    text = text.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not _NUMBER.match(text):
        return None
    return text.replace(",", "")
