"""Setting the rows of a draft work record or register (replacing what was there)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import Record, RegisterEntry, WorkEntry
from localdb.records import lifecycle
from localdb.roles import Actor, Permission
from localdb.workcalendar import SHANGHAI
from localdb.worklog.kinds import REGISTER_PREFIX, WORK_PREFIX, kind_of

#: column -> (label, limit); labels are the headings of WORK_COLUMNS / REGISTER_COLUMNS.
WORK_TEXT = {"place": ("地点", 100), "content": ("作业内容", 500), "performer": ("执行人", 50),
             "result": ("结果", 100), "note": ("备注", 500)}
WORK_REQUIRED = ("content", "performer")
REGISTER_TEXT = {"code": ("编号", 40), "name": ("名称", 100), "location": ("位置", 100),
                 "spec": ("规格", 100), "quantity": ("数量", 40), "status": ("状态", 40),
                 "keeper": ("保管人", 50), "note": ("备注", 500)}
REGISTER_REQUIRED = ("name",)
INSERT_CHUNK = 5000


@dataclass(frozen=True)
class WorkEntryInput:
    done_at: datetime  # timezone-aware
    content: str
    performer: str
    place: str = ""
    result: str = ""
    note: str = ""


@dataclass(frozen=True)
class RegisterEntryInput:
    name: str
    code: str = ""
    location: str = ""
    spec: str = ""  # model, area or volume
    quantity: str = ""
    status: str = ""
    keeper: str = ""
    since: date | None = None
    note: str = ""


def texts(data: object, columns: dict[str, tuple[str, int]], required: Sequence[str]) -> dict[str, str]:
    """The text fields, stripped and checked (ValidationError names the heading)."""
    out: dict[str, str] = {}
    for name, (label, limit) in columns.items():
        value = str(getattr(data, name) or "").strip()
        if name in required and not value:
            raise ValidationError("required", field=label)
        if len(value) > limit:
            raise ValidationError("too_long", field=label, limit=limit)
        out[name] = value
    return out


def check_time(record: Record, moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("done_at must be timezone-aware")
    day = moment.astimezone(SHANGHAI).date()
    if record.period_start is not None and record.period_end is not None and not (
            record.period_start <= day <= record.period_end):
        raise ValidationError("table_outside_period", field="时间",
                              value=moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M"),
                              start=record.period_start.isoformat(), end=record.period_end.isoformat())
    return moment


def _with_line(exc: ValidationError, line: int) -> ValidationError:
    exc.params["line"] = line
    return exc


def work_values(record: Record, kind: str, entries: Sequence[WorkEntryInput]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, data in enumerate(entries, start=1):
        try:
            rows.append({"record_id": record.id, "kind": kind, "done_at": check_time(record, data.done_at),
                         **texts(data, WORK_TEXT, WORK_REQUIRED)})
        except ValidationError as exc:
            raise _with_line(exc, number) from None
    return rows


def register_values(record: Record, kind: str,
                    entries: Sequence[RegisterEntryInput]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    codes: dict[str, int] = {}
    for number, data in enumerate(entries, start=1):
        try:
            values = texts(data, REGISTER_TEXT, REGISTER_REQUIRED)
            if values["code"] and values["code"] in codes:
                raise ValidationError("import_duplicate_number", field="编号", value=values["code"],
                                      row=codes[values["code"]])
        except ValidationError as exc:
            raise _with_line(exc, number) from None
        if values["code"]:
            codes[values["code"]] = number
        rows.append({"record_id": record.id, "kind": kind, "line_no": number, "since": data.since,
                     **values})
    return rows


def _replace(session: Session, model: type[WorkEntry] | type[RegisterEntry], record_id: int,
             rows: list[dict[str, Any]]) -> int:
    before = session.execute(select(func.count()).select_from(model)
                             .where(model.record_id == record_id)).scalar_one()
    session.execute(delete(model).where(model.record_id == record_id))
    for i in range(0, len(rows), INSERT_CHUNK):
        session.execute(insert(model), rows[i:i + INSERT_CHUNK])
    return int(before)


def write_work(session: Session, actor: Actor, record: Record, kind: str, rows: list[dict[str, Any]],
               now: datetime, action: str = "worklog.set_work",
               extra: dict[str, Any] | None = None) -> Changes:
    before = _replace(session, WorkEntry, record.id, rows)
    record.updated_at = now
    audit.record(session, actor, action, "record", record.id, {"rows": before},
                 {"kind": kind, "rows": len(rows), **(extra or {})})
    return Changes(records=True)


def write_registers(session: Session, actor: Actor, record: Record, kind: str,
                    rows: list[dict[str, Any]], now: datetime, action: str = "worklog.set_register",
                    extra: dict[str, Any] | None = None) -> Changes:
    before = _replace(session, RegisterEntry, record.id, rows)
    record.updated_at = now
    audit.record(session, actor, action, "record", record.id, {"rows": before},
                 {"kind": kind, "rows": len(rows), **(extra or {})})
    return Changes(records=True)


def draft(session: Session, record_id: int, prefix: str) -> tuple[Record, str]:
    record = lifecycle.draft_for_edit(session, record_id, "修改表格")
    return record, kind_of(record, prefix)


def set_work_entries(session: Session, actor: Actor, record_id: int, entries: Sequence[WorkEntryInput],
                     now: datetime) -> Changes:
    """Replace the rows of a draft work record (cleaning, greening, patrol, ...)."""
    actor.require(Permission.EDIT_RECORDS)
    record, kind = draft(session, record_id, WORK_PREFIX)
    return write_work(session, actor, record, kind, work_values(record, kind, entries), now)


def set_register_entries(session: Session, actor: Actor, record_id: int,
                         entries: Sequence[RegisterEntryInput], now: datetime) -> Changes:
    """Replace the rows of a draft register (equipment, common parts, archives)."""
    actor.require(Permission.EDIT_RECORDS)
    record, kind = draft(session, record_id, REGISTER_PREFIX)
    return write_registers(session, actor, record, kind, register_values(record, kind, entries), now)


WORK_COPY = ("kind", "done_at", "place", "content", "performer", "result", "note")
REGISTER_COPY = ("kind", "line_no", "code", "name", "location", "spec", "quantity", "status", "keeper",
                 "since", "note")


def copy_work(session: Session, old_id: int, new_id: int) -> None:
    """A correction starts from the rows of the version it corrects."""
    columns = [getattr(WorkEntry, c) for c in WORK_COPY]
    source = (select(literal(new_id, Integer).label("record_id"), *columns)
              .where(WorkEntry.record_id == old_id).order_by(WorkEntry.id))
    session.execute(insert(WorkEntry).from_select(["record_id", *WORK_COPY], source))


def copy_registers(session: Session, old_id: int, new_id: int) -> None:
    source = select(literal(new_id, Integer).label("record_id"),
                    *(getattr(RegisterEntry, c) for c in REGISTER_COPY)
                    ).where(RegisterEntry.record_id == old_id)
    session.execute(insert(RegisterEntry).from_select(["record_id", *REGISTER_COPY], source))
