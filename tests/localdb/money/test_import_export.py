"""Money tables from and to Excel: every wrong row named by its number with nothing
written, a right sheet's totals equal to figures worked out by hand, and an
exported table reading back unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from localdb import money
from localdb.engine import Store
from localdb.errors import StoreError, ValidationError
from localdb.models import AuditEntry, MoneyAccount, MoneyLine
from localdb.money import MoneyLineInput as L
from localdb.roles import Actor
from tests.localdb.money.conftest import T0, account, new_table, opening_account, publish

HEADER = ["日期", "科目", "摘要", "金额（元）", "备注"]
TITLE = "阳光花园2026年3月共有部分经营收益公示表"


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([TITLE])  # row 1: a title above the header
    sheet.append(list(header))  # row 2
    for row in rows:  # from row 3
        sheet.append(list(row))
    book.save(path)
    return path


def good_rows() -> list[list[Any]]:
    """Sheet rows 3-15 of a correct common-income table for March 2026."""
    return [
        [None, "期初余额", None, 2150.4, None],  # 3: the first table states what it carries in
        [None, "一、收入", None, None, None],  # 4: a heading
        [datetime(2026, 3, 5), "停车场地占用费", "3月临时停车", 12500, None],  # 5
        ["2026/3/10", "广告位租赁收入", "电梯轿厢广告", "3,600.00", None],  # 6: text with separators
        [date(2026, 3, 18), "GY03", "架空层场地租用", 800.5, None],  # 7: an account by its code
        [None, "收入合计", None, 16900.5, None],  # 8
        [None, "二、成本", None, None, None],  # 9
        ["2026-03-25", "经营管理成本", "停车管理人员劳务", 2450.25, None],  # 10
        ["2026年3月31日", "经营税费", "增值税及附加", "¥1016.05", None],  # 11
        [None, "合计", None, 3466.3, None],  # 12: plain total of the section above
        [None, "本期净收益", None, 13434.2, None],  # 13
        ["2026-03-31", "补充专项维修资金", "", 10000, "转入专项维修资金账户"],  # 14
        [None, "期末结余", None, 5584.6, None],  # 15
    ]


def run_import(store: Store, actor: Actor, rid: int, path: Path) -> money.ImportReport:
    with store.write() as s:
        return money.import_excel(s, actor, rid, path, T0)


def line_count(store: Store, rid: int) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(MoneyLine)
                         .where(MoneyLine.record_id == rid)).scalar_one()


def test_a_correct_sheet_imports_with_hand_computed_totals(store: Store, desk_actor: Actor,
                                                           tmp_path: Path) -> None:
    opening_account(store, "common_income")
    rid = new_table(store, desk_actor, "money_common_income")
    report = run_import(store, desk_actor, rid, write_xlsx(tmp_path / "3月.xlsx", good_rows()))
    assert report.errors == ()
    assert (report.ok, report.imported, report.changes.records) == (True, 7, True)
    with store.read() as s:
        t = money.money_table(s, rid)
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "money.import")).scalar_one()
    # By hand: income 12,500 + 3,600 + 800.50 = 16,900.50; costs 2,450.25 + 1,016.05 = 3,466.30;
    # opening 2,150.40 + 16,900.50 - 3,466.30 - 10,000 distributed = 5,584.60.
    assert (t.opening, t.opening_source) == (Decimal("2150.40"), "stated")
    assert t.total("income") == Decimal("16900.50")
    assert t.total("cost") == Decimal("3466.30")
    assert t.closing == Decimal("5584.60")
    assert [x.account_name for x in t.lines][:3] == ["停车场地占用费", "广告位租赁收入", "公共场地租赁收入"]
    assert t.lines[-1].note == "转入专项维修资金账户"
    assert "3月.xlsx" in entry.after and report.sha256 in entry.after


def refused(store: Store, actor: Actor, rid: int, path: Path) -> list[tuple[int, str, str]]:
    report = run_import(store, actor, rid, path)
    assert not report.ok and report.imported == 0
    assert line_count(store, rid) == 0  # nothing written
    return [(e.row_number, e.column, e.code) for e in report.errors]


@pytest.mark.parametrize(("change", "expected"), [
    # text in amount cells
    ({5: [datetime(2026, 3, 5), "停车场地占用费", "3月临时停车", "待定", None],
      6: ["2026/3/10", "广告位租赁收入", "电梯轿厢广告", "三千六百元", None]},
     [(5, "金额", "money_bad_amount"), (6, "金额", "money_bad_amount")]),
    # broken totals: the income total is 0.50 off; the closing balance is then off too
    ({8: [None, "收入合计", None, 16900, None]}, [(8, "金额", "money_import_bad_total")]),
    ({15: [None, "期末结余", None, 5584.7, None]}, [(15, "金额", "money_import_bad_total")]),
    # unknown accounts, and one of another model
    ({10: ["2026-03-25", "保安外包费", "劳务", 2450.25, None],
      11: ["2026年3月31日", "物业服务企业酬金", "增值税及附加", 1016.05, None]},
     [(10, "科目", "money_unknown_account"), (11, "科目", "money_account_other_model")]),
    # duplicate rows
    ({7: ["2026/3/10", "广告位租赁收入", "电梯轿厢广告", 3600, None]},
     [(7, "", "table_import_duplicate")]),
    # dates outside the period, and no date at all
    ({5: [datetime(2026, 4, 1), "停车场地占用费", "3月临时停车", 12500, None],
      6: ["2026-02-28", "广告位租赁收入", "电梯轿厢广告", 3600, None],
      7: ["三月", "GY03", "架空层场地租用", 800.5, None]},
     [(5, "日期", "table_outside_period"), (6, "日期", "table_outside_period"),
      (7, "日期", "table_import_bad_date")]),
    # more than two decimals
    ({10: ["2026-03-25", "经营管理成本", "劳务", 2450.255, None]},
     [(10, "金额", "money_too_many_decimals")]),
    # distributions beyond what is available: named at the distribution's row
    ({14: ["2026-03-31", "补充专项维修资金", "", 15585, None]},
     [(14, "金额", "money_distribution_exceeds")]),
])
def test_wrong_rows_are_reported_and_nothing_is_written(store: Store, desk_actor: Actor, tmp_path: Path,
                                                        change: dict[int, list[Any]],
                                                        expected: list[tuple[int, str, str]]) -> None:
    opening_account(store, "common_income")
    rid = new_table(store, desk_actor, "money_common_income")
    rows = good_rows()
    for number, row in change.items():
        rows[number - 3] = row
    assert refused(store, desk_actor, rid, write_xlsx(tmp_path / "bad.xlsx", rows)) == expected


def test_every_error_of_a_sheet_at_once(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    rows = [
        ["2026-03-02", "停车场地占用费", "临停", 100, None],  # 3
        ["2026-03-02", "停车场地占用费", "临停", 100, None],  # 4: duplicate of 3
        ["2026-03-03", "不存在的科目", "", 50, None],  # 5
        ["2026-03-04", "广告位租赁收入", "", "五十", None],  # 6
        ["2026-05-04", "广告位租赁收入", "", 50, None],  # 7
        [None, "收入合计", None, 999, None],  # 8: not checked while lines above are wrong
    ]
    report = run_import(store, desk_actor, rid, write_xlsx(tmp_path / "bad.xlsx", rows))
    assert [e.row_number for e in report.errors] == [4, 5, 6, 7]
    assert report.error_rows == 4
    texts = [e.text() for e in report.errors]
    assert texts[0] == "第 4 行：与第 3 行重复。"
    assert texts[1] == "第 5 行 科目：找不到科目“不存在的科目”（或该科目已停用）。"
    assert texts[2] == "第 6 行 金额：金额“五十”不是数字。"
    assert texts[3] == "第 7 行 日期：2026-05-04 不在本记录的期间（2026-03-01 至 2026-03-31）内。"


def test_opening_row_must_match_the_carried_balance(store: Store, desk_actor: Actor, manager_actor: Actor,
                                                    tmp_path: Path) -> None:
    parking = account(store, "common_income", "停车场地占用费")
    feb = new_table(store, desk_actor, "money_common_income", m=2)
    with store.write() as s:
        money.set_lines(s, desk_actor, feb, [L(parking, date(2026, 2, 9), "2150.40")], T0)
    publish(store, desk_actor, manager_actor, feb)
    rid = new_table(store, desk_actor, "money_common_income")
    rows = good_rows()
    assert refused(store, desk_actor, rid, write_xlsx(tmp_path / "a.xlsx", [
        [None, "期初余额", None, 2150.41, None], *rows[1:]])) == [(3, "金额", "money_import_bad_total")]
    report = run_import(store, desk_actor, rid, write_xlsx(tmp_path / "b.xlsx", rows))
    assert report.ok and report.imported == 6  # the opening is carried, not a line
    with store.read() as s:
        t = money.money_table(s, rid)
    assert (t.opening_source, t.closing) == ("previous", Decimal("5584.60"))


def test_first_table_without_an_opening_account(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    with store.write() as s:  # a manager retired the opening account
        s.get_one(MoneyAccount, opening_account(store, "common_income")).active = False
    rid = new_table(store, desk_actor, "money_common_income")
    assert refused(store, desk_actor, rid, write_xlsx(tmp_path / "a.xlsx", good_rows())) == [
        (3, "科目", "money_no_opening_account")]
    rows = [r for r in good_rows()[1:] if r[1] != "期末结余"]  # opening at 0 needs no account
    assert run_import(store, desk_actor, rid, write_xlsx(tmp_path / "b.xlsx", [
        [None, "期初余额", None, 0, None], *rows])).ok


def test_sheet_problems_refuse_the_file(store: Store, desk_actor: Actor, manager_actor: Actor,
                                        tmp_path: Path) -> None:
    rid = new_table(store, desk_actor, "money_common_income")
    with pytest.raises(ValidationError) as err:
        run_import(store, desk_actor, rid,
                   write_xlsx(tmp_path / "h.xlsx", [], header=["日期", "科目", "摘要"]))
    assert err.value.code == "import_missing_columns" and "金额" in err.value.message
    with pytest.raises(ValidationError) as err:
        run_import(store, desk_actor, rid, write_xlsx(tmp_path / "e.xlsx", [[None, "一、收入", None, None]]))
    assert err.value.code == "table_import_no_rows"
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(ValidationError) as err:
        run_import(store, desk_actor, rid, tmp_path / "x.xlsx")
    assert err.value.code == "import_unreadable"
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 old Excel")
    with pytest.raises(ValidationError) as err:
        run_import(store, desk_actor, rid, tmp_path / "old.xls")
    assert err.value.code == "import_unsupported"
    opening_account(store, "common_income")
    assert run_import(store, desk_actor, rid, write_xlsx(tmp_path / "ok.xlsx", good_rows())).ok
    publish(store, desk_actor, manager_actor, rid)
    with pytest.raises(StoreError) as err:
        run_import(store, desk_actor, rid, write_xlsx(tmp_path / "ok.xlsx", good_rows()))
    assert err.value.code == "record_bad_state"


def cells(path: Path) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path, data_only=True)
    return [tuple(r) for r in book.active.iter_rows(values_only=True)]


def test_export_and_read_back_a_lump_sum_table(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = new_table(store, desk_actor, "money_lump_sum", title="阳光花园2026年3月物业服务成本公示")
    a = lambda name: account(store, "lump_sum", name)  # noqa: E731
    lines = [L(a("物业服务费收入"), date(2026, 3, 8), "152000", "3月物业费"),
             L(a("服务人员工资及福利"), date(2026, 3, 10), "68000", "3月工资"),
             L(a("清洁卫生"), date(2026, 3, 20), "9800.35", "保洁耗材"),
             L(a("服务人员工资及福利"), date(2026, 3, 10), "14200", "社会保险"),
             L(a("税费"), date(2026, 3, 31), "9120")]
    with store.write() as s:
        money.set_lines(s, desk_actor, rid, lines, T0)
    with store.read() as s:
        before = money.money_table(s, rid)
        out = money.export_excel(s, rid, tmp_path / "out.xlsx")
    rows = cells(out)
    assert rows[0][0] == "阳光花园2026年3月物业服务成本公示"
    assert rows[2] == ("日期", "科目", "类别", "摘要", "金额", "备注")
    by_label = {r[1]: r[4] for r in rows[3:] if r[0] is None and r[1]}
    assert by_label["人员费用小计"] == 82200
    assert by_label["支出合计"] == pytest.approx(101120.35)
    assert by_label["期末结余"] == pytest.approx(50879.65)
    report = run_import(store, desk_actor, rid, out)
    assert report.errors == ()
    with store.read() as s:
        after = money.money_table(s, rid)
    # Lines come back grouped by class; the figures are the same.
    assert sorted((x.account_name, x.amount, x.description) for x in after.lines) == sorted(
        (x.account_name, x.amount, x.description) for x in before.lines)
    assert (after.summary, after.by_class) == (before.summary, before.by_class)


def test_export_of_a_common_income_table_reads_back(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    opening_account(store, "common_income")
    rid = new_table(store, desk_actor, "money_common_income")
    assert run_import(store, desk_actor, rid, write_xlsx(tmp_path / "in.xlsx", good_rows())).ok
    with store.read() as s:
        before = money.money_table(s, rid)
        out = money.export_excel(s, rid, tmp_path / "out.xlsx")
    labels = [r[1] for r in cells(out)[3:] if r[0] is None]
    assert labels == ["期初余额", "一、收入", "收入合计", "二、成本", "成本合计", "三、分配", "分配合计",
                      "本期净收益", "可分配收益", "期末结余"]
    assert run_import(store, desk_actor, rid, out).ok
    with store.read() as s:
        assert money.money_table(s, rid) == before


def test_export_of_a_commission_table_reads_back(store: Store, desk_actor: Actor, tmp_path: Path) -> None:
    rid = new_table(store, desk_actor, "money_commission")
    a = lambda name: account(store, "commission", name)  # noqa: E731
    with store.write() as s:
        money.set_lines(s, desk_actor, rid, [
            L(opening_account(store, "commission"), date(2026, 3, 1), "86500"),
            L(a("物业服务费收入"), date(2026, 3, 5), "45210.37"),
            L(a("服务人员费用"), date(2026, 3, 15), "52400"),
            L(a("共用设施设备日常运行维护费"), date(2026, 3, 10), "3600", "电梯维保费（8 台 × 450 元）"),
            L(a("物业服务企业酬金"), date(2026, 3, 31), "5600"),
        ], T0)
    with store.read() as s:
        before = money.money_table(s, rid)
        out = money.export_excel(s, rid, tmp_path / "out.xlsx")
    labels = [r[1] for r in cells(out)[3:] if r[0] is None]
    assert labels == ["期初余额", "一、收入", "收入合计", "二、支出", "支出合计", "三、企业酬金",
                      "企业酬金合计", "期末结余"]
    # By hand: 86,500 + 45,210.37 - 52,400 - 3,600 - 5,600 = 70,110.37.
    assert before.closing == Decimal("70110.37")
    assert run_import(store, desk_actor, rid, out).ok
    with store.read() as s:
        after = money.money_table(s, rid)
    assert (after.summary, after.opening_source) == (before.summary, "stated")
