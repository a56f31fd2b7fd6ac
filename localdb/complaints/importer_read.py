"""Reading a complaints sheet: .xlsx (openpyxl, read-only) or CSV, into raw rows.

Knows nothing of complaints beyond the header names: it finds the header row
(the first non-empty one, after any title rows), maps the columns by their
Chinese names and hands back each later non-empty row with the row number the
user sees in Excel.
A file that cannot be read, or lacks a required column, is refused with a
``ValidationError`` naming the file; everything else is the row checker's job.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from zoneinfo import ZoneInfo

from localdb.errors import ValidationError
from localdb.workcalendar import MAX_YEAR, MIN_YEAR

SHANGHAI = ZoneInfo("Asia/Shanghai")

#: Every column the importer reads, in the order a template sheet lists them.
COLUMNS = ("编号", "受理时间", "渠道", "类别", "房号", "地点", "联系人", "联系电话", "问题描述",
           "状态", "响应时间", "办结时间", "处理结果", "满意度", "回访时间", "回访意见")
REQUIRED = ("受理时间", "渠道", "类别", "问题描述")
PLACE = ("房号", "地点")  # at least one of the two columns
#: Other names old systems give the same columns.
ALIASES = {"受理渠道": "渠道", "投诉类别": "类别", "房间号": "房号", "电话": "联系电话",
           "投诉内容": "问题描述", "回访满意度": "满意度"}
_NOTE = re.compile(r"[（(][^）)]*[）)]$")  # "受理时间（必填）"


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based, as the spreadsheet shows it
    cells: dict[str, Any]  # column name -> cell value (str from CSV; typed from Excel)


@dataclass(frozen=True)
class RawSheet:
    name: str  # file name, for the report and the audit entry
    sha256: str
    header_row: int
    columns: tuple[str, ...]  # the known columns present
    rows: tuple[RawRow, ...]


def _column_name(header: Any) -> str:
    text = _NOTE.sub("", str(header or "").strip()).strip().rstrip("*＊").strip()
    return ALIASES.get(text, text)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    """The active sheet's rows as values (cached results for formulas)."""
    import openpyxl  # type: ignore[import-untyped]  # no stubs; loaded only for .xlsx
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.active or book.worksheets[0]
            sheet.reset_dimensions()  # some writers store a wrong size; read what is there
            return list(sheet.iter_rows(min_row=1, values_only=True))
        finally:
            book.close()
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError,
            InvalidFileException, ParseError) as exc:
        raise ValidationError("import_unreadable", path=path.name, detail=type(exc).__name__) from exc


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
    else GB18030 — what Excel on a Chinese Windows saves as "CSV"."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _csv_rows(path: Path, data: bytes) -> list[list[str]]:
    try:
        text = decode_csv(data)
    except UnicodeDecodeError as exc:
        raise ValidationError("import_unreadable", path=path.name, detail="编码无法识别") from exc
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ValidationError("import_unreadable", path=path.name, detail=str(exc)) from exc


def read(path: Path | str) -> RawSheet:
    """The file's rows by column name; refuses what is not a readable sheet."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("import_missing_file", path=str(path)) from exc
    except OSError as exc:
        raise ValidationError("import_unreadable", path=path.name, detail=exc.strerror or "") from exc
    suffix = path.suffix.lower()
    rows: Iterable[Sequence[Any]]
    if suffix in (".xlsx", ".xlsm") or (suffix not in (".csv", ".txt") and data[:4] == b"PK\x03\x04"):
        rows = _sheet_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path, data)
    else:
        raise ValidationError("import_unsupported", path=path.name)
    return _by_header(path, hashlib.sha256(data).hexdigest(), rows)


def _by_header(path: Path, digest: str, rows: Iterable[Sequence[Any]]) -> RawSheet:
    """The header is the first non-empty row; a title above it that names none
    of our columns ("阳光花园投诉台账") is passed over."""
    header: dict[int, str] = {}
    header_row = first_row = 0
    out: list[RawRow] = []
    for number, values in enumerate(rows, start=1):
        if all(_blank(v) for v in values):
            continue
        if not header:
            first_row = first_row or number
            for index, value in enumerate(values):
                name = _column_name(value)
                if name in COLUMNS and name not in header.values():
                    header[index] = name
            header_row = number
            continue
        out.append(RawRow(number, {name: values[i] if i < len(values) else None
                                   for i, name in header.items()}))
    if not first_row:
        raise ValidationError("import_empty", path=path.name)
    present = tuple(c for c in COLUMNS if c in header.values())
    missing = [c for c in REQUIRED if c not in present]
    if not any(c in present for c in PLACE):
        missing.append("房号”或“地点")
    if missing:
        raise ValidationError("import_missing_columns", path=path.name,
                              row=header_row if header else first_row, columns="”“".join(missing))
    return RawSheet(path.name, digest, header_row, present, tuple(out))


# --- cells ------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as text: Excel stores phone numbers and codes as numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value).strip()


_DATETIME = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]\s*(\d{1,2})(?:\.\d+)?\s*秒?)?)?$"
)


def cell_datetime(value: Any) -> datetime | None:
    """An aware time from an Excel date cell or text like "2026/3/5 14:20";
    naive times are Beijing time. None when the cell says something else.
    Text needs the time of day: a receipt at an unknown hour would skew the clocks."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):  # a date-only cell: midnight, as Excel shows it
        moment = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip()
        match = _DATETIME.match(text)
        if match and match.group(4) is not None:
            y, mo, d, h, mi, s = (int(g) if g else 0 for g in match.groups())
            try:
                moment = datetime(y, mo, d, h, mi, s)
            except ValueError:
                return None
        else:
            try:
                moment = datetime.fromisoformat(text)  # with an offset, or seconds
            except ValueError:
                return None
            if ":" not in text:
                return None
    else:
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    if moment.microsecond:  # Excel keeps times as fractions of a day: round off the noise
        moment = moment.replace(microsecond=0) + timedelta(seconds=moment.microsecond >= 500_000)
    return moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)
