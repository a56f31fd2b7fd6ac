"""Import of historical complaints from .xlsx and CSV: every problem reported by
row and column, nothing written half-way, and a second import adds nothing."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from localdb import audit
from localdb.complaints import importer
from localdb.engine import Store
from localdb.errors import PermissionDenied, ValidationError
from localdb.models import AuditEntry, Complaint, ComplaintEvent, OutboxEntry
from localdb.roles import KIOSK, SYSTEM, Actor
from localdb.workcalendar import SHANGHAI
from tests.localdb.complaints.conftest import counts

#: The import runs "now": 2026-03-31 10:00 in Shanghai.
NOW = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)

HEADER = ["编号", "受理时间", "渠道", "类别", "房号", "地点", "联系人", "联系电话", "问题描述",
          "状态", "响应时间", "办结时间", "处理结果", "满意度", "回访意见"]


def bj(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)  # type: ignore[misc]


def row(**cells: Any) -> list[Any]:
    base: dict[str, Any] = {
        "编号": "", "受理时间": datetime(2026, 3, 5, 14, 20), "渠道": "来访", "类别": "公共设施报修",
        "房号": "3栋-2单元-1502", "地点": "", "联系人": "李明", "联系电话": "13800001234",
        "问题描述": "楼道声控灯不亮", "状态": "", "响应时间": "2026-03-05 15:00",
        "办结时间": "2026/3/6 10:30", "处理结果": "已更换灯泡", "满意度": 5, "回访意见": "很满意",
    }
    unknown = set(cells) - set(base)
    assert not unknown, unknown
    base.update(cells)
    return [base[name] for name in HEADER]


def good_rows() -> list[list[Any]]:
    """Spreadsheet rows 2-6: one of each state a historical row may be in."""
    return [
        # 2: closed (the default state), a 12345 case: its number becomes the city id
        row(编号="12345202603050001", 渠道="12345"),
        # 3: received only, same room 15 days later: a repeat of row 2
        row(编号="A-0003", 受理时间="2026/3/20 9:05", 房号="3-2-1502", 问题描述="楼道灯又坏了",
            状态="已受理", 响应时间=None, 办结时间=None, 处理结果=None, 满意度=None, 回访意见=None),
        # 4: in progress, a place instead of a room, a channel given by its code
        row(受理时间=datetime(2026, 3, 28, 20, 10), 渠道="phone", 房号=None, 地点="东门岗亭",
            类别="停车管理", 联系电话=None, 问题描述="外来车辆长期占用消防通道", 状态="处理中",
            响应时间=datetime(2026, 3, 28, 21, 0), 办结时间=None, 处理结果=None, 满意度=None,
            回访意见=None),
        # 5: resolved without a response time: resolving answered the resident
        row(受理时间="2026-03-10 08:40", 渠道="码上办", 房号="1栋-1单元-101", 类别="环境卫生",
            问题描述="垃圾桶两天没人清理", 状态="已办结", 响应时间=None,
            办结时间=datetime(2026, 3, 10, 16, 0), 满意度=None, 回访意见=None),
        # 6: followed up, satisfaction as text
        row(受理时间="2026年3月12日 10:15", 渠道="天府市民云", 房号="2栋-1单元-802",
            类别="噪音扰民", 问题描述="楼上晚上装修", 状态="已回访", 响应时间="2026-03-12 11:00",
            办结时间="2026-03-13 18:00", 满意度="4分", 回访意见="还可以"),
    ]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER,
               blank_rows: int = 0, title: str = "") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for _ in range(blank_rows):
        sheet.append([])
    if title:
        sheet.append([title])
    sheet.append(list(header))
    for values in rows:
        sheet.append(list(values))
    book.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str) -> Path:
    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        return str(value)

    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows([text(v) for v in values] for values in rows)
    return path


def parse(store: Store, path: Path) -> importer.ParsedFile:
    with store.read() as s:
        return importer.parse(s, path, now=NOW)


def run_import(store: Store, parsed: importer.ParsedFile, actor: Actor = SYSTEM,
               valid_only: bool = False) -> importer.ImportReport:
    with store.write() as s:
        return importer.import_rows(s, actor, parsed, valid_only=valid_only, now=NOW)


def by_description(store: Store, text: str) -> Complaint:
    with store.read() as s:
        found = s.execute(select(Complaint).where(Complaint.description == text)).scalar_one()
        s.expunge(found)
        return found


def where(parsed: importer.ParsedFile) -> set[tuple[int, str]]:
    return {(e.row_number, e.column) for e in parsed.errors}


# --- a correct sheet -------------------------------------------------------------------


def test_a_correct_sheet_imports_each_row_in_its_state(community: Store, desk_actor: Actor,
                                                       tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "历史投诉.xlsx", good_rows())
    parsed = parse(community, path)
    assert parsed.errors == () and parsed.present == ()
    assert parsed.total == 5 and [r.row_number for r in parsed.rows] == [2, 3, 4, 5, 6]
    complaints, seq, outbox = counts(community)
    report = run_import(community, parsed, desk_actor)
    assert (report.imported, report.skipped, report.errors) == (5, 0, ())
    # The rows are numbered by their receipt day, oldest first.
    assert report.numbers == ("TS20260305-0001", "TS20260310-0001", "TS20260312-0001",
                              "TS20260320-0001", "TS20260328-0001")
    # One audit entry for the whole import, and nothing sent to the city.
    assert counts(community) == (complaints + 5, seq + 1, outbox)

    closed = by_description(community, "楼道声控灯不亮")
    assert closed.status == "closed" and closed.channel == "hotline_12345"
    assert closed.received_at == bj(2026, 3, 5, 14, 20)
    assert closed.responded_at == bj(2026, 3, 5, 15, 0)
    assert closed.resolved_at == closed.closed_at == bj(2026, 3, 6, 10, 30)
    assert (closed.result, closed.satisfaction, closed.follow_up_comment) == ("已更换灯泡", 5, "很满意")
    assert closed.city_id == "12345202603050001" and closed.handler_id == desk_actor.user_id
    # 14:20 on a Thursday, in working time: four clock hours to respond.
    assert closed.response_due == bj(2026, 3, 5, 18, 20)
    assert closed.resolution_due is not None and closed.next_due is None

    received = by_description(community, "楼道灯又坏了")
    assert received.status == "received" and received.room_id == closed.room_id
    assert received.city_id is None  # a walk-in's old number is not a city case number
    assert received.repeat_of_id == closed.id
    assert received.next_due == received.response_due  # still open: overdue on the desk

    in_progress = by_description(community, "外来车辆长期占用消防通道")
    assert (in_progress.status, in_progress.room_id, in_progress.location) == ("in_progress", None,
                                                                                 "东门岗亭")
    assert in_progress.responded_at == bj(2026, 3, 28, 21, 0) and in_progress.resolved_at is None
    assert in_progress.next_due == in_progress.resolution_due

    resolved = by_description(community, "垃圾桶两天没人清理")
    assert resolved.status == "resolved" and resolved.satisfaction is None
    assert resolved.responded_at == resolved.resolved_at == bj(2026, 3, 10, 16, 0)
    assert resolved.channel == "qr_code"

    followed = by_description(community, "楼上晚上装修")
    assert (followed.status, followed.satisfaction, followed.follow_up_comment) == (
        "followed_up", 4, "还可以")
    assert followed.closed_at is None and followed.channel == "city_app"

    with community.read() as s:
        def timeline(c: Complaint) -> list[tuple[str, datetime]]:
            return [(e.kind, e.at) for e in s.execute(
                select(ComplaintEvent).where(ComplaintEvent.complaint_id == c.id)
                .order_by(ComplaintEvent.at, ComplaintEvent.id)).scalars()]

        assert timeline(closed) == [
            ("received", bj(2026, 3, 5, 14, 20)), ("respond", bj(2026, 3, 5, 15, 0)),
            ("resolve", bj(2026, 3, 6, 10, 30)), ("follow_up", bj(2026, 3, 6, 10, 30)),
            ("close", bj(2026, 3, 6, 10, 30))]
        assert [k for k, _ in timeline(received)] == ["received"]
        assert [k for k, _ in timeline(in_progress)] == ["received", "respond", "start"]
        assert [k for k, _ in timeline(resolved)] == ["received", "respond", "resolve"]
        first = s.execute(select(ComplaintEvent.data).where(
            ComplaintEvent.complaint_id == received.id, ComplaintEvent.kind == "received")).scalar_one()
        assert json.loads(first)["import"] == {"file": "历史投诉.xlsx", "row": 3, "old_number": "A-0003"}
        assert json.loads(first)["repeat_of"] == closed.id
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert entry.action == "complaint.import"
        summary = json.loads(entry.after)
        assert summary["file"] == "历史投诉.xlsx" and summary["imported"] == 5
        assert summary["sha256"] == parsed.sha256 and len(parsed.sha256) == 64
        assert s.execute(select(OutboxEntry)).first() is None
        assert audit.verify(s).ok


def test_header_found_below_blank_rows_columns_in_any_order(community: Store, tmp_path: Path) -> None:
    header = ["备注", "问题描述", "受理时间*", "类别", "渠道（必填）", "房号", "办结时间", "处理结果"]
    rows = [["老系统导出", "电梯按钮失灵", "2026-03-02 09:00", "公共设施报修", "来电", "1-1-101",
             "2026-03-02 17:00", "已修复"],
            [None] * 8,
            ["", "地库漏水", "2026-03-03 09:00", "外星人入侵", "来电", "1-1-101", "2026-03-03 17:00",
             "已修复"],
            ["", "楼顶漏雨", "2026-03-04 09:00", "房屋渗漏", "来电", "1-1-101", None, None]]
    parsed = parse(community, write_xlsx(tmp_path / "s.xlsx", rows, header, blank_rows=2))
    assert parsed.total == 3 and [r.row_number for r in parsed.rows] == [4]
    assert parsed.rows[0].status.value == "closed"  # historical rows are closed unless they say
    # The spreadsheet's own row numbers; a row without a state needs what closing needs.
    assert where(parsed) == {(6, "类别"), (7, "办结时间"), (7, "处理结果")}
    assert "未填写状态" in parsed.errors[1].message
    # A ledger's title row above the header is passed over.
    titled = parse(community, write_xlsx(tmp_path / "t.xlsx", rows, header, title="阳光花园投诉台账"))
    assert where(titled) == {(5, "类别"), (6, "办结时间"), (6, "处理结果")}


# --- a sheet with errors ---------------------------------------------------------------


def bad_rows() -> list[list[Any]]:
    return [
        row(),  # 2: good
        row(受理时间="上周三下午", 问题描述="门禁坏了"),  # 3: text in a date cell
        row(房号="9栋-9单元-9999", 问题描述="水管漏水"),  # 4: unknown room
        row(类别="外星人入侵", 问题描述="有飞碟"),  # 5: unknown category
        row(联系电话="1380013", 问题描述="路灯不亮"),  # 6: bad phone
        row(),  # 7: the same complaint as row 2
        row(满意度=7, 问题描述="草坪没修剪"),  # 8: satisfaction outside 1-5
        row(受理时间=datetime(2026, 3, 7, 9, 0), 问题描述="垃圾站有异味",
            响应时间="2026-03-07 10:00", 办结时间="2026-03-08 10:00"),  # 9: good
    ]


def test_errors_are_reported_by_row_and_column_and_nothing_is_written(
        community: Store, tmp_path: Path) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "bad.xlsx", bad_rows()))
    assert where(parsed) == {(3, "受理时间"), (4, "房号"), (5, "类别"), (6, "联系电话"), (7, ""),
                             (8, "满意度")}
    assert parsed.error_rows == 6 and [r.row_number for r in parsed.rows] == [2, 9]
    texts = [e.text() for e in parsed.errors]
    assert texts[0] == ("第 3 行 受理时间：“上周三下午”不是有效的时间，"
                        "请写作 2026-03-05 14:20 或 2026/3/5 14:20。")
    assert "第 7 行：与第 2 行重复" in texts[4]
    assert "9栋-9单元-9999" in texts[1] and "外星人入侵" in texts[2] and "1380013" in texts[3]
    before = counts(community)
    with pytest.raises(ValidationError) as err:
        run_import(community, parsed)
    assert err.value.code == "import_has_errors" and "6 行" in err.value.message
    assert counts(community) == before


def test_valid_only_imports_the_good_rows(community: Store, tmp_path: Path) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "bad.xlsx", bad_rows()))
    complaints, seq, outbox = counts(community)
    report = run_import(community, parsed, valid_only=True)
    assert (report.imported, report.skipped, report.left_out) == (2, 0, 6)
    assert {(e.row_number, e.column) for e in report.errors} == where(parsed)
    assert counts(community) == (complaints + 2, seq + 1, outbox)
    assert by_description(community, "垃圾站有异味").status == "closed"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"受理时间": None}, {"受理时间"}),
        ({"问题描述": " "}, {"问题描述"}),
        ({"问题描述": "漏" * 2001}, {"问题描述"}),
        ({"渠道": "微信群"}, {"渠道"}),
        ({"房号": None, "地点": None}, {"房号"}),
        ({"房号": "3栋1502"}, {"房号"}),  # both units of building 3 have a 1502
        ({"受理时间": "2026-04-02 09:00", "响应时间": None, "办结时间": None, "状态": "已受理",
          "处理结果": None, "满意度": None, "回访意见": None}, {"受理时间"}),  # in the future
        ({"办结时间": "2026-03-01 09:00"}, {"办结时间"}),  # before the receipt
        ({"响应时间": "2026-03-07 09:00"}, {"办结时间"}),  # resolved before responding
        ({"状态": "已受理"}, {"响应时间", "办结时间", "处理结果", "满意度", "回访意见"}),
        ({"状态": "已回访", "满意度": None, "回访意见": None}, {"满意度"}),
        ({"状态": "已办结"}, {"满意度", "回访意见"}),
        ({"处理结果": None}, {"处理结果"}),
        ({"满意度": None}, {"满意度"}),  # a follow-up comment without a score
        ({"满意度": "很好"}, {"满意度"}),
        ({"满意度": 4.5}, {"满意度"}),
        ({"状态": "挂起"}, {"状态"}),
        ({"受理时间": "2026-03-05"}, {"受理时间"}),  # text needs the time of day
        ({"受理时间": "2026-02-30 10:00"}, {"受理时间"}),
        ({"联系人": "李" * 51}, {"联系人"}),
    ],
)
def test_each_check_names_its_column(community: Store, tmp_path: Path, cells: dict[str, Any],
                                     expected: set[str]) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "one.xlsx", [row(**cells)]))
    assert {e.column for e in parsed.errors} == expected, [e.text() for e in parsed.errors]
    assert all(e.row_number == 2 and e.message for e in parsed.errors)
    assert parsed.rows == ()


@pytest.mark.parametrize("room", ["3栋-2单元-1502", "3-2-1502", "3号楼2单元1502室", " 3 - 2 - 1502 "])
def test_room_spellings(community: Store, tmp_path: Path, room: str) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "r.xlsx", [row(房号=room)]))
    assert parsed.errors == () and parsed.rows[0].room_id is not None


def test_duplicate_city_numbers_in_one_file(community: Store, tmp_path: Path) -> None:
    rows = [row(编号="12345-77", 渠道="12345"),
            row(编号="12345-77", 渠道="12345", 问题描述="另一件事")]
    parsed = parse(community, write_xlsx(tmp_path / "d.xlsx", rows))
    assert where(parsed) == {(3, "编号")}


# --- importing again ---------------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing(community: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "历史投诉.xlsx", good_rows())
    assert run_import(community, parse(community, path)).imported == 5
    before = counts(community)
    again = parse(community, path)
    assert again.rows == () and again.errors == ()
    assert [p.row_number for p in again.present] == [2, 3, 4, 5, 6]
    assert again.present[0].text().startswith("第 2 行：已经导入过（投诉 TS20260305-0001）")
    report = run_import(community, again)
    assert (report.imported, report.skipped) == (0, 5)
    assert counts(community) == before


def test_a_row_imported_meanwhile_by_another_pc_is_skipped(community: Store, tmp_path: Path) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "h.xlsx", good_rows()))
    assert run_import(community, parsed).imported == 5
    before = counts(community)
    assert (run_import(community, parsed).imported, counts(community)) == (0, before)


def test_a_known_city_case_is_recognised_by_its_number(community: Store, tmp_path: Path) -> None:
    first = write_xlsx(tmp_path / "a.xlsx", [row(编号="12345-9", 渠道="12345")])
    assert run_import(community, parse(community, first)).imported == 1
    # The same case, its description since edited in the old system: still the same case.
    parsed = parse(community, write_xlsx(tmp_path / "b.xlsx", [row(编号="12345-9", 渠道="12345",
                                                                    问题描述="楼道灯不亮（已更正）")]))
    assert parsed.rows == () and [p.row_number for p in parsed.present] == [2]


# --- CSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_and_utf8_with_or_without_bom(community: Store, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "历史.csv", good_rows(), encoding)
    parsed = parse(community, path)
    assert parsed.errors == () and len(parsed.rows) == 5
    assert run_import(community, parsed).imported == 5
    followed = by_description(community, "楼上晚上装修")
    assert (followed.satisfaction, followed.follow_up_comment) == (4, "还可以")


# --- files that cannot be imported ---------------------------------------------------------


def test_unusable_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    def code(path: Path) -> str:
        with pytest.raises(ValidationError) as err:
            importer.read(path)
        assert err.value.message
        return err.value.code

    assert code(tmp_path / "nope.xlsx") == "import_missing_file"
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    assert code(tmp_path / "old.xls") == "import_unsupported"
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    assert code(tmp_path / "broken.xlsx") == "import_unreadable"
    (tmp_path / "empty.csv").write_text("\n , \n", encoding="utf-8")
    assert code(tmp_path / "empty.csv") == "import_empty"
    write_xlsx(tmp_path / "other.xlsx", [["x", "y"]], header=["姓名", "电话"])
    assert code(tmp_path / "other.xlsx") == "import_missing_columns"


def test_kiosk_cannot_import(community: Store, tmp_path: Path) -> None:
    parsed = parse(community, write_xlsx(tmp_path / "k.xlsx", good_rows()))
    before = counts(community)
    with pytest.raises(PermissionDenied):
        run_import(community, parsed, KIOSK)
    assert counts(community) == before


def test_numbers_continue_the_days_numbering(community: Store, desk_actor: Actor, tmp_path: Path) -> None:
    from localdb.complaints.intake import ComplaintInput, intake
    from tests.localdb.complaints.conftest import category_id

    with community.write() as s:
        intake(s, desk_actor, ComplaintInput("walk_in", category_id(community, "环境卫生"), "前一件",
                                             location="会所"), now=bj(2026, 3, 5, 9, 0))
    report = run_import(community, parse(community, write_xlsx(tmp_path / "n.xlsx", [row()])))
    assert report.numbers == ("TS20260305-0002",)


def test_thousand_rows_import_quickly(community: Store, tmp_path: Path) -> None:
    """The direct write path exists for speed: 1,000 rows in seconds, not a minute."""
    import time

    start = bj(2025, 1, 6, 9, 0)
    rows = [row(受理时间=(start + timedelta(hours=7 * i)).replace(tzinfo=None), 问题描述=f"第 {i} 件",
                响应时间=None, 办结时间=(start + timedelta(hours=7 * i + 5)).replace(tzinfo=None))
            for i in range(1000)]
    parsed = parse(community, write_xlsx(tmp_path / "big.xlsx", rows))
    assert parsed.errors == ()
    began = time.perf_counter()
    assert run_import(community, parsed).imported == 1000
    assert time.perf_counter() - began < 30  # measured ~1 s on SQLite; generous for CI
