"""Checking a complaints sheet row by row: what would be imported, and why
the other rows would not (each reason with its row and column, in Chinese)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import validate
from localdb.complaints import importer_read
from localdb.complaints.importer_match import RoomIndex, existing
from localdb.complaints.importer_read import RawRow, RawSheet, cell_datetime, cell_text
from localdb.complaints.intake import CLOCK_SLACK, MAX_DESCRIPTION, SHANGHAI
from localdb.complaints.states import STATUS_LABELS, Status
from localdb.deadlines import CHANNEL_LABELS, Channel
from localdb.errors import ValidationError
from localdb.models import ComplaintCategory, utcnow

#: What a historical row may be in; 已关闭 when the sheet does not say.
IMPORT_STATUSES = (Status.RECEIVED, Status.RESPONDED, Status.IN_PROGRESS, Status.RESOLVED,
                   Status.FOLLOWED_UP, Status.CLOSED)
_STAGE = {s: i for i, s in enumerate(IMPORT_STATUSES)}
#: Channels whose case numbers come from the city system: kept as ``city_id``.
CITY_CHANNELS = frozenset({Channel.HOTLINE_12345, Channel.CITY_APP, Channel.QR_CODE})
CHANNEL_ALIASES = {"电话": Channel.PHONE, "12345热线": Channel.HOTLINE_12345,
                   "市民云": Channel.CITY_APP}
MAX_CITY_ID = 64


@dataclass(frozen=True)
class RowError:
    row_number: int  # as the spreadsheet shows it
    column: str  # "" when the whole row is meant
    message: str
    code: str = ""

    def text(self) -> str:
        where = f"第 {self.row_number} 行"
        return f"{where} {self.column}：{self.message}" if self.column else f"{where}：{self.message}"


@dataclass(frozen=True)
class CandidateRow:
    """One row, checked and resolved against the store, ready to be written."""

    row_number: int
    received_at: datetime
    channel: Channel
    category_id: int
    room_id: int | None
    location: str
    contact_name: str
    contact_phone: str
    description: str
    status: Status
    responded_at: datetime | None
    resolved_at: datetime | None
    result: str
    satisfaction: int | None
    followed_up_at: datetime | None
    comment: str
    old_number: str
    city_id: str | None

    def key(self) -> tuple[datetime, int | None, str, str]:
        """What makes two rows the same complaint (see ``existing``)."""
        return (self.received_at.astimezone(UTC), self.room_id, self.location, self.description)


@dataclass(frozen=True)
class Present:
    """A row that is already in the store (an earlier import of the same data)."""

    row_number: int
    number: str

    def text(self) -> str:
        return f"第 {self.row_number} 行：" + ValidationError("import_already_present",
                                                              number=self.number).message


@dataclass(frozen=True)
class ParsedFile:
    name: str
    sha256: str
    total: int  # non-empty rows under the header
    rows: tuple[CandidateRow, ...]  # valid and new
    errors: tuple[RowError, ...]
    present: tuple[Present, ...]

    @property
    def error_rows(self) -> int:
        return len({e.row_number for e in self.errors})


# --- looking things up in the store -----------------------------------------------------


class _Lookups:
    """Categories, channels, statuses and rooms, loaded once per file."""

    def __init__(self, session: Session) -> None:
        self.categories = {name.strip(): cid for cid, name in session.execute(
            select(ComplaintCategory.id, ComplaintCategory.name).where(ComplaintCategory.active))}
        self.channels: dict[str, Channel] = {**CHANNEL_ALIASES}
        for channel, label in CHANNEL_LABELS.items():
            self.channels[label] = self.channels[channel.value] = channel
        self.statuses: dict[str, Status] = {}
        for status in IMPORT_STATUSES:
            self.statuses[STATUS_LABELS[status]] = self.statuses[status.value] = status
        self.rooms = RoomIndex(session)


# --- one row -------------------------------------------------------------------------


class _Row:
    def __init__(self, raw: RawRow, now: datetime) -> None:
        self.raw = raw
        self.now = now
        self.errors: list[RowError] = []

    def has(self, column: str) -> bool:
        return cell_text(self.raw.cells.get(column)) != ""

    def fail(self, column: str, code: str, **params: Any) -> None:
        message = ValidationError(code, field=column, **params).message
        self.errors.append(RowError(self.raw.number, column, message, code))

    def failed(self, column: str) -> bool:
        return any(e.column == column for e in self.errors)

    def text(self, column: str, limit: int, *, required: bool = False) -> str:
        try:
            return validate.text(cell_text(self.raw.cells.get(column)), column, limit=limit,
                                 required=required)
        except ValidationError as exc:
            self.errors.append(RowError(self.raw.number, column, exc.message, exc.code))
            return ""

    def time(self, column: str, *, required: bool = False) -> datetime | None:
        value = self.raw.cells.get(column)
        if not self.has(column):
            if required:
                self.fail(column, "required")
            return None
        moment = cell_datetime(value)
        if moment is None:
            self.fail(column, "import_bad_datetime", value=cell_text(value))
        elif moment > self.now + CLOCK_SLACK:
            self.fail(column, "import_in_future", value=_local(moment))
            return None
        return moment

    def after(self, column: str, moment: datetime | None, other: str, earlier: datetime | None) -> None:
        if moment is not None and earlier is not None and moment < earlier:
            self.fail(column, "import_time_order", value=_local(moment), other=other,
                      other_value=_local(earlier))


def _local(moment: datetime) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _satisfaction(row: _Row) -> int | None:
    value = row.raw.cells.get("满意度")
    if not row.has("满意度"):
        return None
    text = cell_text(value).removesuffix("分").strip()
    if isinstance(value, float) and not value.is_integer():
        text = ""
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 5):
        row.fail("满意度", "import_bad_satisfaction", value=cell_text(value))
        return None
    return int(text)


def _choice(row: _Row, column: str, options: dict[str, Any], code: str, shown: Iterable[str]) -> Any:
    text = cell_text(row.raw.cells.get(column))
    if not text:
        row.fail(column, "required")
        return None
    found = options.get(text) or options.get(text.lower())
    if found is None:
        row.fail(column, code, value=text, options="、".join(shown))
    return found


def _status_fields(row: _Row, status: Status, received: datetime | None) -> dict[str, Any]:
    """The times and follow-up of a row, consistent with its status."""
    stage = _STAGE[status]
    label = STATUS_LABELS[status]
    responded = row.time("响应时间")
    resolved = row.time("办结时间")
    followed = row.time("回访时间")
    result = row.text("处理结果", 2000)
    satisfaction = _satisfaction(row)
    comment = row.text("回访意见", 500)
    needed = {"响应时间": status in (Status.RESPONDED, Status.IN_PROGRESS),
              "办结时间": stage >= _STAGE[Status.RESOLVED], "处理结果": stage >= _STAGE[Status.RESOLVED],
              "满意度": status is Status.FOLLOWED_UP}
    allowed = {"响应时间": stage >= _STAGE[Status.RESPONDED],
               "办结时间": stage >= _STAGE[Status.RESOLVED], "处理结果": stage >= _STAGE[Status.RESOLVED],
               "满意度": stage >= _STAGE[Status.FOLLOWED_UP],
               "回访时间": stage >= _STAGE[Status.FOLLOWED_UP],
               "回访意见": stage >= _STAGE[Status.FOLLOWED_UP]}
    for column, ok in allowed.items():
        if not ok and row.has(column) and not row.failed(column):
            row.fail(column, "import_not_for_state", status=label)
    stated = row.has("状态")
    for column, need in needed.items():
        if need and not row.has(column):
            row.fail(column, "import_needs_field" if stated else "import_needs_field_default",
                     status=label)
    if satisfaction is None and not row.failed("满意度") and allowed["满意度"] and (
            row.has("回访意见") or row.has("回访时间")):
        row.fail("满意度", "import_needs_satisfaction")
    row.after("响应时间", responded, "受理时间", received)
    if not row.failed("响应时间"):
        row.after("办结时间", resolved, "受理时间", received)
        if not row.failed("办结时间"):
            row.after("办结时间", resolved, "响应时间", responded)
    row.after("回访时间", followed, "办结时间", resolved)
    return {"responded_at": responded, "resolved_at": resolved, "result": result,
            "satisfaction": satisfaction, "followed_up_at": followed, "comment": comment}


def _check_row(raw: RawRow, lookups: _Lookups, now: datetime) -> tuple[CandidateRow | None,
                                                                     list[RowError]]:
    row = _Row(raw, now)
    old_number = row.text("编号", MAX_CITY_ID)
    received = row.time("受理时间", required=True)
    channel: Channel | None = _choice(row, "渠道", lookups.channels, "import_unknown_channel",
                                      CHANNEL_LABELS.values())
    category_id: int | None = _choice(row, "类别", lookups.categories, "import_unknown_category",
                                      ())
    room_text = cell_text(raw.cells.get("房号"))
    location = row.text("地点", 100)
    room_id: int | None = None
    if room_text:
        matches = lookups.rooms.find(room_text)
        if not matches:
            row.fail("房号", "import_unknown_room", value=room_text)
        elif len(matches) > 1:
            row.fail("房号", "import_ambiguous_room", value=room_text,
                     matches="、".join(label for _, label in matches[:3]))
        else:
            room_id = matches[0][0]
    elif not location and not row.failed("地点"):
        row.fail("房号" if "房号" in raw.cells else "地点", "room_or_location")
    contact_name = row.text("联系人", 50)
    try:
        phone = validate.phone(cell_text(raw.cells.get("联系电话")), "联系电话")
    except ValidationError as exc:
        row.errors.append(RowError(raw.number, "联系电话", exc.message, exc.code))
        phone = ""
    description = row.text("问题描述", MAX_DESCRIPTION, required=True)
    status = Status.CLOSED
    if row.has("状态"):
        status = _choice(row, "状态", lookups.statuses, "import_unknown_status",
                         (STATUS_LABELS[s] for s in IMPORT_STATUSES)) or Status.CLOSED
    fields = _status_fields(row, status, received)
    if row.errors or received is None or channel is None or category_id is None:
        return None, row.errors
    city = old_number if old_number and (old_number.startswith("12345")
                                         or channel in CITY_CHANNELS) else None
    return CandidateRow(
        row_number=raw.number, received_at=received, channel=channel, category_id=category_id,
        room_id=room_id, location=location, contact_name=contact_name, contact_phone=phone,
        description=description, status=status, old_number=old_number, city_id=city, **fields,
    ), []


# --- the whole file -----------------------------------------------------------------------


def _in_file_duplicates(rows: list[CandidateRow]) -> tuple[list[CandidateRow], list[RowError]]:
    first: dict[object, int] = {}
    kept: list[CandidateRow] = []
    errors: list[RowError] = []
    for r in rows:
        same = first.get(r.key())
        same_city = first.get(("city", r.city_id)) if r.city_id else None
        if same is not None:
            message = ValidationError("import_duplicate_row", row=same).message
            errors.append(RowError(r.row_number, "", message, "import_duplicate_row"))
        elif same_city is not None:
            message = ValidationError("import_duplicate_number", value=r.city_id, row=same_city).message
            errors.append(RowError(r.row_number, "编号", message, "import_duplicate_number"))
        else:
            first[r.key()] = r.row_number
            if r.city_id:
                first[("city", r.city_id)] = r.row_number
            kept.append(r)
    return kept, errors


def check(session: Session, sheet: RawSheet, *, now: datetime | None = None) -> ParsedFile:
    """Every row of a read sheet checked against the store as it is now."""
    now = now or utcnow()
    lookups = _Lookups(session)
    candidates: list[CandidateRow] = []
    errors: list[RowError] = []
    for raw in sheet.rows:
        candidate, row_errors = _check_row(raw, lookups, now)
        errors.extend(row_errors)
        if candidate is not None:
            candidates.append(candidate)
    kept, duplicates = _in_file_duplicates(candidates)
    errors.extend(duplicates)
    present = existing(session, kept)
    order = {name: i for i, name in enumerate(("", *importer_read.COLUMNS))}
    return ParsedFile(
        name=sheet.name, sha256=sheet.sha256, total=len(sheet.rows),
        rows=tuple(r for r in kept if r.row_number not in present),
        errors=tuple(sorted(errors, key=lambda e: (e.row_number, order.get(e.column, 99)))),
        present=tuple(Present(n, number) for n, number in sorted(present.items())),
    )


def parse(session: Session, path: Path | str, *, now: datetime | None = None) -> ParsedFile:
    """Read a .xlsx or CSV file and check every row; raises ``ValidationError``
    only when the file itself cannot be used (missing, unreadable, no header)."""
    return check(session, importer_read.read(path), now=now)
