"""The disclosure-deadline board from a fixed clock (2026-11-05 in Chengdu):
each state in its tint, days left, the overdue count on the tab, and Enter
on an item starting the draft it needs or opening its last record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.publish import board as b
from desktop.ui.publish.editor import RecordEditor
from desktop.ui.publish.publish_page import BOARD
from desktop.ui.publish.record_dialog import RecordDialog
from localdb.engine import Store
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from tests.desktop.conftest import press
from tests.desktop.ui.publish.conftest import OCTOBER, MakePage, Settle, draft, income, published

BG = Qt.ItemDataRole.BackgroundRole


def cells(page: object, code: str) -> dict[int, object]:
    model = page.board.model_  # type: ignore[attr-defined]
    row = next(i for i, r in enumerate(model.rows) if r.item_code == code)
    return {col: model.index(row, col).data() for col in range(model.columnCount())} | {
        -1: model.index(row, b.COL_STATE).data(BG)}


def tint(cell: dict[int, object]) -> str | None:
    brush = cell[-1]
    return brush.color().name() if brush is not None else None  # type: ignore[attr-defined]


def test_board_states_from_a_fixed_clock(make_page: MakePage, clerk: Actor, manager: Actor,
                                         demo_store: Store, settle: Settle) -> None:
    income_id = published(demo_store, clerk, manager, income())
    page = make_page(manager)
    page.tabs.setCurrentIndex(BOARD)

    done = cells(page, "common_income")  # October published
    assert (done[b.COL_PERIOD], done[b.COL_DUE], done[b.COL_STATE], done[b.COL_LEFT]) == \
        ("2026年10月", "2026-11-15", "已公开", "")
    assert done[b.COL_LAST] == "2026-11-05" and tint(done) == "#e3f4e8"

    soon = cells(page, "cleaning")  # October due on 10 November: five days left
    assert (soon[b.COL_DUE], soon[b.COL_STATE], soon[b.COL_LEFT]) == ("2026-11-10", "即将到期", "剩 5 天")
    assert tint(soon) == "#fff4d6"

    later = cells(page, "commission_fund")  # due on 15 November: ten days, not yet near
    assert (later[b.COL_STATE], later[b.COL_LEFT], tint(later)) == ("未到期", "剩 10 天", None)

    late = cells(page, "performance")  # the third quarter was due on 15 October
    assert (late[b.COL_PERIOD], late[b.COL_DUE], late[b.COL_STATE], late[b.COL_LEFT]) == \
        ("2026年第三季度", "2026-10-15", "已逾期", "逾期 21 天")
    assert tint(late) == "#fde2e1"
    assert late[b.COL_FREQUENCY] == "每季度" and late[b.COL_COLUMN] == "履约服务"

    rows = page.board.model_.rows
    overdue = sum(1 for r in rows if r.state == "overdue")
    assert overdue >= 1
    assert page.tabs.tabText(BOARD) == f"公开时限（逾期 {overdue}）"
    assert page.board.today.text() == "今天 2026-11-05"
    assert income_id == next(r.last_record_id for r in rows if r.item_code == "common_income")


def test_enter_on_an_item_starts_its_draft_or_opens_its_record(
        qtbot: Any, make_page: MakePage, clerk: Actor, manager: Actor, demo_store: Store,
        settle: Settle) -> None:
    income_id = published(demo_store, clerk, manager, income())
    started = draft(demo_store, clerk, RecordDraft(
        category_code="work", disclosure_item_code="lift_inspection", title="2026年10月电梯检验维保记录",
        period_start=OCTOBER[0], period_end=OCTOBER[1]))
    page = make_page(clerk)
    page.tabs.setCurrentIndex(BOARD)
    rows = {r.item_code: i for i, r in enumerate(page.board.model_.rows)}
    table = page.board.table

    # A double click on an item with nothing started: a new draft, prefilled.
    table.scrollTo(page.board.model_.index(rows["cleaning"], 0))
    cell = table.visualRect(page.board.model_.index(rows["cleaning"], b.COL_ITEM)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor) and editor.record_id is None
    d = editor.draft()
    assert (d.category_code, d.subcategory_code, d.disclosure_item_code) == ("work", "cleaning", "cleaning")
    assert (d.period_start, d.period_end) == OCTOBER
    assert d.title == "2026年10月保洁服务作业情况"
    editor.done(0)
    settle()

    table.selectRow(rows["lift_inspection"])  # Enter: a draft exists for October, open it
    table.setFocus()
    press(table, Qt.Key.Key_Return)
    settle()
    settle()
    editor = page.editor
    assert isinstance(editor, RecordEditor) and editor.record_id == started
    editor.done(0)
    settle()

    table.selectRow(rows["common_income"])  # published: its last record
    press(table, Qt.Key.Key_Return)
    settle()
    settle()
    dialog = page.record_dialog
    assert isinstance(dialog, RecordDialog) and dialog.item.id == income_id
    assert not dialog.publish_button.isVisible() and dialog.correct_button.isVisibleTo(dialog)
