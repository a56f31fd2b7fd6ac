"""Work records and registers from Excel: every wrong row named by number and
column, nothing written then; a clean sheet replaces the draft's rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select

from localdb import worklog
from localdb.engine import Store
from localdb.models import AuditEntry
from localdb.roles import Actor
from tests.localdb.worklog.conftest import T0, bj, register_record, work_record

WORK_HEADER = ["巡查时间", "巡更点", "巡查内容", "巡查人", "巡查结果", "备注"]  # another system's names


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["阳光花园2026年3月秩序维护巡查记录"])  # row 1
    sheet.append(list(header))  # row 2
    for row in rows:  # from row 3
        sheet.append(list(row))
    book.save(path)
    return path


GOOD = [
    [datetime(2026, 3, 1, 22, 0), "1号巡更点（东门岗亭）", "夜间巡查：门窗、照明", "孙建军", "正常",
     None],  # 3
    ["2026/3/2 08:15", "消防通道", "消防通道占用检查", "马志强", "发现车辆占用，已劝离",
     "车牌川A·12345"],  # 4
    [date(2026, 3, 3), "地下车库B1区", "车库巡查", "孙建军", "正常", None],  # 5: a date-only line
]


def test_a_clean_work_sheet_replaces_the_rows(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = work_record(store, desk_actor, "patrol")
    with store.write() as s:
        old = worklog.WorkEntryInput(bj(2026, 3, 9, 8, 0), "旧", "某")
        worklog.set_work_entries(s, desk_actor, rid, [old], T0)
    with store.write() as s:
        report = worklog.import_work_excel(s, desk_actor, rid, write_xlsx(tmp_path / "w.xlsx", WORK_HEADER,
                                                                          GOOD), T0)
    assert (report.ok, report.imported, report.changes.records) == (True, 3, True)
    with store.read() as s:
        rows = worklog.work_rows(s, record_id=rid)
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "worklog.import_work")).scalar_one()
    assert [(r.done_at, r.performer, r.kind) for r in rows] == [
        (bj(2026, 3, 1, 22, 0), "孙建军", "patrol"), (bj(2026, 3, 2, 8, 15), "马志强", "patrol"),
        (bj(2026, 3, 3, 0, 0), "孙建军", "patrol")]
    assert rows[1].note == "车牌川A·12345"
    assert "w.xlsx" in entry.after


def test_wrong_work_rows_are_all_reported(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = work_record(store, desk_actor, "patrol")
    rows = [
        *GOOD,
        ["2026-03-2 08:15", "消防通道", "消防通道占用检查", "马志强", "其他", None],  # 6: same as row 4
        ["三月五日", "消防通道", "巡查", "马志强", None, None],  # 7
        [datetime(2026, 4, 1, 0, 5), "消防通道", "巡查", "马志强", None, None],  # 8
        [datetime(2026, 3, 6, 9, 0), "消防通道", None, "", None, None],  # 9
        [None, "消防通道", "巡查", "马志强", None, None],  # 10
    ]
    rows[3][4] = "发现车辆占用，已劝离"  # make row 6 a true duplicate of row 4
    with store.write() as s:
        report = worklog.import_work_excel(s, desk_actor, rid, write_xlsx(tmp_path / "w.xlsx", WORK_HEADER,
                                                                          rows), T0)
    assert [(e.row_number, e.column, e.code) for e in report.errors] == [
        (6, "", "table_import_duplicate"), (7, "时间", "import_bad_datetime"),
        (8, "时间", "table_outside_period"), (9, "作业内容", "required"), (9, "执行人", "required"),
        (10, "时间", "required")]
    assert report.imported == 0 and report.errors[0].text() == "第 6 行：与第 4 行重复。"
    with store.read() as s:
        assert worklog.work_count(s, record_id=rid) == 0


REGISTER_HEADER = ["设备编号", "设备名称", "安装位置", "规格型号", "数量", "运行状态", "责任人", "投用日期"]


def test_register_sheet(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = register_record(store, desk_actor)
    good = [["DT-001", "曳引式乘客电梯", "1栋1单元", "1000 kg", 1, "正常运行", "彭德明", date(2019, 6, 18)],
            ["GS-001", "生活给水变频泵组", "二次供水泵房", "CR 32-4", 3, "正常运行", "彭德明", "2019/6/18"]]
    bad = [*good,
           ["GS-001", "备用泵", "二次供水泵房", None, 1, None, None, None],  # 5
           [None, None, "消防控制室", None, None, None, None, None],  # 6: no name
           ["XF-001", "消火栓泵", "消防泵房", None, 2, None, None, "去年"]]  # 7
    with store.write() as s:
        report = worklog.import_register_excel(s, desk_actor, rid, write_xlsx(
            tmp_path / "bad.xlsx", REGISTER_HEADER, bad), T0)
    assert [(e.row_number, e.column, e.code) for e in report.errors] == [
        (5, "编号", "import_duplicate_number"), (6, "名称", "required"),
        (7, "启用日期", "table_import_bad_date")]
    with store.read() as s:
        assert worklog.register_count(s, record_id=rid) == 0
    with store.write() as s:
        report = worklog.import_register_excel(s, desk_actor, rid, write_xlsx(
            tmp_path / "good.xlsx", REGISTER_HEADER, good), T0)
    assert report.ok and report.imported == 2
    with store.read() as s:
        rows = worklog.register_rows(s, record_id=rid)
    assert [(r.line_no, r.code, r.quantity, r.since) for r in rows] == [
        (1, "DT-001", "1", date(2019, 6, 18)), (2, "GS-001", "3", date(2019, 6, 18))]
