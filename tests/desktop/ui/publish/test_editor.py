"""The record editor: a new draft typed in Chinese and submitted by keyboard,
defaults from the disclosure item's frequency, errors under their field with
nothing lost, attachments, and a money sheet refused row by row with nothing
saved (a correct one then shows its computed table)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import func, select

from desktop.paths import attachments_dir
from desktop.ui.publish.editor import RecordEditor
from desktop.ui.publish.publish_page import REVIEW
from localdb import worklog
from localdb.engine import Store
from localdb.models import MoneyLine, Record, RecordTag
from localdb.records import worklist
from localdb.records.files import FileStore
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from tests.desktop.conftest import type_text
from tests.desktop.ui.publish.conftest import OCTOBER, MakePage, Settle, activate, draft, income, record
from tests.desktop.ui.query.pdf_sample import make_pdf
from tests.localdb.money.test_import_export import good_rows, write_xlsx
from tests.localdb.worklog.test_import import GOOD as WORK_GOOD
from tests.localdb.worklog.test_import import WORK_HEADER
from tests.localdb.worklog.test_import import write_xlsx as write_work

CTRL = Qt.KeyboardModifier.ControlModifier


def open_new(qtbot: Any, page: Any, settle: Settle) -> RecordEditor:
    activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor)
    activate(qtbot, editor)  # what a desktop does with a dialog that opens
    return editor


def count(store: Store, model: Any) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_new_draft_typed_in_chinese_and_submitted_with_ctrl_enter(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle) -> None:
    page = make_page(clerk)
    editor = open_new(qtbot, page, settle)
    editor.category.setCurrentIndex(editor.category.findData("finance"))
    editor.item.setCurrentIndex(editor.item.findData("common_income"))
    # A monthly item: the period is last month of the (fixed) clock, the title follows it.
    assert (editor.draft().period_start, editor.draft().period_end) == OCTOBER
    assert editor.subcategory.currentData() == "common_income"
    assert editor.title_edit.text() == "2026年10月业主共有部分的经营与收益情况"
    assert editor.table.isVisibleTo(editor)  # a money table: import and the computed view

    editor.title_edit.clear()
    type_text(editor.title_edit, "阳光花园10月共有部分经营收益公示")
    type_text(editor.summary, "停车、广告和场地租赁收入")
    type_text(editor.tags, "停车，广告")
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return, CTRL)
    settle()

    assert page.editor is None  # closed on success
    with demo_store.read() as s:
        r = s.execute(select(Record)).scalar_one()
        tags = set(s.execute(select(RecordTag.tag)).scalars())
    assert (r.state, r.title, r.summary, r.author_id) == \
        ("submitted", "阳光花园10月共有部分经营收益公示", "停车、广告和场地租赁收入", clerk.user_id)
    assert (r.period_start, r.period_end, r.body_kind) == (*OCTOBER, "money_common_income")
    assert tags == {"停车", "广告"}
    assert page.tabs.currentIndex() == REVIEW
    assert page.review.model_.ids() == [r.id]
    assert page.message.text() == "已提交审核，等待项目经理发布。"


def test_an_error_shows_under_its_field_and_keeps_what_was_typed(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle) -> None:
    page = make_page(clerk)
    editor = open_new(qtbot, page, settle)
    editor.category.setCurrentIndex(editor.category.findData("rules"))
    type_text(editor.body_text, "第一条 装修前须到服务中心申报。")
    editor.period.start.setDate(editor.period.start.date().fromString("2026-10-31", "yyyy-MM-dd"))
    editor.period.end.setDate(editor.period.end.date().fromString("2026-10-01", "yyyy-MM-dd"))
    editor.submit()
    settle()
    errors = editor.findChildren(QLabel, "fieldError")
    shown = [e.text() for e in errors if e.isVisibleTo(editor)]
    assert shown == ["期间结束日期 2026-10-01 早于开始日期 2026-10-31。"]
    assert count(demo_store, Record) == 0
    editor.period.end.setDate(editor.period.end.date().fromString("2026-10-31", "yyyy-MM-dd"))
    editor.submit()
    settle()
    shown = [e.text() for e in errors if e.isVisibleTo(editor)]
    assert shown == ["请填写“标题”。"]  # under the title, which is marked
    assert editor.title_edit.property("invalid") is True
    assert editor.body_text.toPlainText() == "第一条 装修前须到服务中心申报。"
    assert count(demo_store, Record) == 0 and editor.isVisible()


def test_attachments_are_added_and_removed_on_the_saved_draft(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle,
        tmp_path: Path) -> None:
    page = make_page(clerk)
    editor = open_new(qtbot, page, settle)
    editor.category.setCurrentIndex(editor.category.findData("contracts"))
    type_text(editor.title_edit, "物业服务合同")
    pdf = tmp_path / "物业服务合同.pdf"
    pdf.write_bytes(make_pdf(2))
    editor.add_file(pdf)  # saves the new draft first
    settle()
    settle()
    assert editor.record_id is not None
    assert editor.attachments.names() == [f"物业服务合同.pdf（{pdf.stat().st_size / 1024:.0f} KB）"]
    files = FileStore(attachments_dir(demo_store.url))
    with demo_store.read() as s:
        attached = worklist.attached_files(s, editor.record_id)
    assert [a.filename for a in attached] == ["物业服务合同.pdf"]
    assert files.has(hashlib.sha256(pdf.read_bytes()).hexdigest())

    bad = tmp_path / "说明.txt"
    bad.write_text("x", encoding="utf-8")
    editor.add_file(bad)
    settle()
    shown = [e.text() for e in editor.findChildren(QLabel, "fieldError") if e.isVisibleTo(editor)]
    assert len(shown) == 1 and shown[0].startswith("不支持附件“说明.txt”的文件类型")

    editor.attachments.files.setCurrentRow(0)
    editor.attachments.remove_selected()
    settle()
    settle()
    assert editor.attachments.names() == []
    assert record(demo_store, editor.record_id).state == "draft"


def test_money_sheet_with_errors_lists_its_rows_and_saves_nothing(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle,
        tmp_path: Path) -> None:
    march = (date(2026, 3, 1), date(2026, 3, 31))
    rid = draft(demo_store, clerk, income(march, "2026年3月共有部分经营收益公示"))
    page = make_page(clerk)
    page.edit(rid)
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor) and editor.record_id == rid
    rows = good_rows()
    rows[2] = [date(2026, 3, 5), "停车场地占用费", "3月临时停车", "待定", None]  # sheet row 5
    rows[7] = ["2026-03-25", "保安外包费", "劳务", 2450.25, None]  # sheet row 10
    editor.import_table(write_xlsx(tmp_path / "错误.xlsx", rows))
    settle()

    report = editor.report_dialog
    assert report is not None and report.isVisible()
    shown = report.rows()
    assert [(row, column) for row, column, _ in shown][:2] == [(5, "金额"), (10, "科目")]
    assert shown[0][2] == "金额“待定”不是数字。"
    assert "找不到科目“保安外包费”" in shown[1][2]
    assert "未导入任何数据" in report.summary.text()
    assert count(demo_store, MoneyLine) == 0
    report.reject()

    editor.import_table(write_xlsx(tmp_path / "3月.xlsx", good_rows()))
    settle()
    settle()
    assert count(demo_store, MoneyLine) == 7  # six lines and the stated opening
    assert editor.status.text() == "已从“3月.xlsx”导入 7 行。"
    money = editor.table.money
    assert money.isVisibleTo(editor) and money.table.rowCount() == 6  # the opening is a figure, not a line
    assert money.data is not None and money.data.closing == Decimal("5584.60")
    assert money.figure("closing") == "5,584.60"

    out = tmp_path / "导出.xlsx"
    editor.export_table(out)
    settle()
    assert editor.status.text() == f"已导出到 {out}"
    sheet = openpyxl.load_workbook(out).active
    cells = {c.value for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"停车场地占用费", "经营税费"} <= cells


def test_work_sheet_import_reports_rows_then_shows_the_rows(
        make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle, tmp_path: Path) -> None:
    rid = draft(demo_store, clerk, RecordDraft(
        category_code="work", disclosure_item_code="patrol", title="2026年3月秩序维护巡查记录",
        period_start=date(2026, 3, 1), period_end=date(2026, 3, 31)))
    page = make_page(clerk)
    page.edit(rid)
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor)
    assert editor.table.rows.isVisibleTo(editor) and not editor.table.export_button.isVisibleTo(editor)
    wrong = [*WORK_GOOD, ["三月五日", "消防通道", "巡查", "马志强", None, None]]  # sheet row 6
    editor.import_table(write_work(tmp_path / "错误.xlsx", WORK_HEADER, wrong))
    settle()
    assert editor.report_dialog is not None
    assert [(row, column) for row, column, _ in editor.report_dialog.rows()] == [(6, "时间")]
    editor.report_dialog.reject()
    with demo_store.read() as s:
        assert worklog.work_count(s, record_id=rid) == 0
    editor.import_table(write_work(tmp_path / "3月.xlsx", WORK_HEADER, WORK_GOOD))
    settle()
    settle()
    settle()
    assert editor.status.text() == "已从“3月.xlsx”导入 3 行。"
    assert editor.table.rows.model_.count() == 3


def test_esc_with_unsaved_changes_asks_before_closing(
        qtbot: Any, make_page: MakePage, clerk: Actor, demo_store: Store, settle: Settle) -> None:
    rid = draft(demo_store, clerk, income())
    page = make_page(clerk)
    page.edit(rid)
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor) and not editor.is_dirty()
    type_text(editor.summary, "补充说明")
    qtbot.keyClick(editor.summary, Qt.Key.Key_Escape)
    box = editor.close_box
    assert isinstance(box, QMessageBox) and editor.isVisible()
    next(b for b in box.buttons() if b.text() == "继续编辑").click()
    assert editor.isVisible() and editor.summary.toPlainText() == "补充说明"
    editor.save()
    settle()
    assert record(demo_store, rid).summary == "补充说明" and editor.status.text() == "已保存草稿。"
    qtbot.keyClick(editor.summary, Qt.Key.Key_Escape)  # nothing unsaved: closes at once
    settle()
    assert page.editor is None
