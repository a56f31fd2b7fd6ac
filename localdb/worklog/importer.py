"""Import work records and registers from Excel, with a row-by-row error report.

Every row is checked (a missing or unreadable time, a time outside the
record's period, a missing task or performer, text too long, a duplicate
row or register code) and reported with its row number; with any error
nothing is written. A clean sheet replaces the draft's rows.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from localdb.complaints.importer_parse import RowError
from localdb.errors import ValidationError
from localdb.models import Record
from localdb.money.importer import ImportReport
from localdb.money.xlsx import Sheet, SheetRow, cell_date, cell_datetime, cell_text, read_sheet
from localdb.roles import Actor, Permission
from localdb.workcalendar import SHANGHAI
from localdb.worklog.entries import (
    REGISTER_REQUIRED,
    REGISTER_TEXT,
    WORK_REQUIRED,
    WORK_TEXT,
    check_time,
    draft,
    write_registers,
    write_work,
)
from localdb.worklog.kinds import REGISTER_COLUMNS, REGISTER_PREFIX, WORK_COLUMNS, WORK_PREFIX

WORK_HEADINGS = tuple(label for _, label in WORK_COLUMNS)
REGISTER_HEADINGS = tuple(label for _, label in REGISTER_COLUMNS)
WORK_ALIASES = {
    **{a: "时间" for a in ("日期", "作业时间", "完成时间", "巡查时间", "检查时间", "维保时间", "日期时间")},
    **{a: "地点" for a in ("位置", "区域", "部位", "巡更点", "设备", "设备名称", "作业地点")},
    **{a: "作业内容" for a in ("内容", "工作内容", "作业项目", "检查内容", "维保内容", "巡查内容", "项目")},
    **{a: "执行人" for a in ("作业人", "巡查人", "维保人", "检查人", "执行人员", "操作人", "负责人", "责任人",
                            "保洁员", "作业人员")},
    **{a: "结果" for a in ("检查结果", "完成情况", "情况", "处理结果", "巡查结果")},
    "说明": "备注",
}
REGISTER_ALIASES = {
    **{a: "编号" for a in ("设备编号", "档案编号", "资产编号")},
    **{a: "名称" for a in ("设备名称", "部位名称", "档案名称", "资料名称", "项目")},
    **{a: "位置" for a in ("安装位置", "所在位置", "存放位置", "地点")},
    **{a: "规格" for a in ("规格型号", "型号", "面积", "载体")},
    "份数": "数量",
    **{a: "状态" for a in ("运行状态", "使用状态")},
    **{a: "保管人" for a in ("责任人", "管理人", "负责人")},
    **{a: "启用日期" for a in ("投用日期", "建档日期", "日期", "投入使用日期")},
    "说明": "备注",
}


def _texts(raw: SheetRow, columns: dict[str, tuple[str, int]], required: tuple[str, ...],
           errors: list[RowError]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, (label, limit) in columns.items():
        value = cell_text(raw.cells.get(label))
        if name in required and not value:
            errors.append(RowError(raw.number, label, ValidationError("required", field=label).message,
                                   "required"))
        elif len(value) > limit:
            errors.append(RowError(raw.number, label, ValidationError(
                "too_long", field=label, limit=limit).message, "too_long"))
        out[name] = value
    return out


def _time(raw: SheetRow, record: Record, errors: list[RowError]) -> datetime | None:
    cell = raw.cells.get("时间")
    moment = cell_datetime(cell)
    if moment is None and (day := cell_date(cell)) is not None:
        moment = datetime.combine(day, time(), SHANGHAI)  # a date-only log line
    if moment is None:
        value = cell_text(cell)
        code = "required" if not value else "import_bad_datetime"
        errors.append(RowError(raw.number, "时间", ValidationError(code, field="时间", value=value).message,
                               code))
        return None
    try:
        return check_time(record, moment)
    except ValidationError as exc:
        errors.append(RowError(raw.number, "时间", exc.message, exc.code))
        return None


def _report(sheet: Sheet, errors: list[RowError]) -> ImportReport:
    return ImportReport(sheet.name, sheet.sha256, 0, tuple(sorted(errors, key=lambda e: e.row_number)))


def import_work_excel(session: Session, actor: Actor, record_id: int, path: Path | str,
                      now: datetime) -> ImportReport:
    """Columns 时间, 地点, 作业内容, 执行人, 结果, 备注 (common other names accepted)."""
    actor.require(Permission.EDIT_RECORDS)
    record, kind = draft(session, record_id, WORK_PREFIX)
    sheet = read_sheet(path, WORK_HEADINGS, required=("时间", "作业内容", "执行人"), aliases=WORK_ALIASES)
    errors: list[RowError] = []
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[object, ...], int] = {}
    for raw in sheet.rows:
        before = len(errors)
        moment = _time(raw, record, errors)
        values = _texts(raw, WORK_TEXT, WORK_REQUIRED, errors)
        if len(errors) > before or moment is None:
            continue
        key = (moment, values["place"], values["content"], values["performer"])
        if key in seen:
            errors.append(RowError(raw.number, "", ValidationError(
                "table_import_duplicate", row=seen[key]).message, "table_import_duplicate"))
            continue
        seen[key] = raw.number
        rows.append({"record_id": record.id, "kind": kind, "done_at": moment, **values})
    if not sheet.rows:
        raise ValidationError("table_import_no_rows", path=sheet.name)
    if errors:
        return _report(sheet, errors)
    rows.sort(key=lambda r: r["done_at"])
    changes = write_work(session, actor, record, kind, rows, now, "worklog.import_work",
                         {"file": sheet.name, "sha256": sheet.sha256})
    return ImportReport(sheet.name, sheet.sha256, len(rows), (), changes)


def import_register_excel(session: Session, actor: Actor, record_id: int, path: Path | str,
                          now: datetime) -> ImportReport:
    """Columns 编号, 名称, 位置, 规格, 数量, 状态, 保管人, 启用日期, 备注."""
    actor.require(Permission.EDIT_RECORDS)
    record, kind = draft(session, record_id, REGISTER_PREFIX)
    sheet = read_sheet(path, REGISTER_HEADINGS, required=("名称",), aliases=REGISTER_ALIASES)
    errors: list[RowError] = []
    rows: list[dict[str, Any]] = []
    codes: dict[str, int] = {}
    seen: dict[tuple[object, ...], int] = {}
    for raw in sheet.rows:
        before = len(errors)
        values = _texts(raw, REGISTER_TEXT, REGISTER_REQUIRED, errors)
        cell = raw.cells.get("启用日期")
        since = cell_date(cell)
        if since is None and cell_text(cell):
            errors.append(RowError(raw.number, "启用日期", ValidationError(
                "table_import_bad_date", value=cell_text(cell)).message, "table_import_bad_date"))
        if values["code"] and values["code"] in codes:
            errors.append(RowError(raw.number, "编号", ValidationError(
                "import_duplicate_number", value=values["code"], row=codes[values["code"]]).message,
                "import_duplicate_number"))
        key = (since, *values.values())
        if key in seen and len(errors) == before:
            errors.append(RowError(raw.number, "", ValidationError(
                "table_import_duplicate", row=seen[key]).message, "table_import_duplicate"))
        if len(errors) > before:
            continue
        seen[key] = raw.number
        if values["code"]:
            codes[values["code"]] = raw.number
        rows.append({"record_id": record.id, "kind": kind, "line_no": len(rows) + 1, "since": since,
                     **values})
    if not sheet.rows:
        raise ValidationError("table_import_no_rows", path=sheet.name)
    if errors:
        return _report(sheet, errors)
    changes = write_registers(session, actor, record, kind, rows, now, "worklog.import_register",
                              {"file": sheet.name, "sha256": sheet.sha256})
    return ImportReport(sheet.name, sheet.sha256, len(rows), (), changes)
