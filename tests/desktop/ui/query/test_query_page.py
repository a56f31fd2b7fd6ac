"""查询台: tiles from the store, the filtered list, a record with its state
and versions, a superseded version pointing at the newer one, keyboard
navigation and refreshing when records change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desktop.ui.query.query_page import LIST, RECORD, TILES, QueryPage
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.models import Record, RecordCategory
from tests.desktop.conftest import press
from tests.desktop.ui.query.helpers import YEAR, Sample, fill
from tests.localdb.records.query_samples import add_record

Settle = Callable[[], None]


@pytest.fixture
def sample(demo_store: Store) -> Sample:
    return fill(demo_store)


@pytest.fixture
def page(qtbot: Any, worker: DbWorker, sample: Sample, settle: Settle) -> Iterator[QueryPage]:
    p = QueryPage(worker)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    settle()
    yield p


def _open_finance(page: QueryPage, settle: Settle) -> None:
    tile = next(t for t in page.tiles.tiles if t.tile.name == "财务管理")
    page.open_category(tile.tile)
    settle()
    settle()


def test_tiles_show_the_five_categories_with_counts_from_the_store(page: QueryPage,
                                                                   demo_store: Store) -> None:
    with demo_store.read() as s:
        expected = {name: n for name, n in s.execute(
            select(RecordCategory.name, func.count(Record.id))
            .outerjoin(Record, (Record.category_id == RecordCategory.id) & (Record.state == "published"))
            .where(RecordCategory.active)
            .group_by(RecordCategory.name))}
    shown = {t.tile.name: t.tile.published for t in page.tiles.tiles}
    assert [name for name in shown if name in expected][:5] == \
        ["合同协议", "财务管理", "清册台账", "作业记录", "制度规范"]
    assert shown == expected
    finance = next(t for t in page.tiles.tiles if t.tile.name == "财务管理")
    assert finance.count_label.text() == f"{expected['财务管理']} 份"
    assert expected["财务管理"] >= 7


def test_list_filters_by_period_and_subcategory(page: QueryPage, sample: Sample, settle: Settle) -> None:
    _open_finance(page, settle)
    lst = page.list
    assert page.stack.currentIndex() == LIST
    assert set(sample.months.values()) | {sample.fee_standard} <= set(lst.model_.ids())

    lst.period_from.setDate(QDate(YEAR, 3, 1))
    lst.period_to.setDate(QDate(YEAR, 4, 30))
    lst.reload()
    settle()
    ids = set(lst.model_.ids())
    assert {sample.months[3], sample.months[4], sample.fee_standard} <= ids
    assert not ids & {sample.months[m] for m in (1, 2, 5, 6)}

    lst.subcategory.setCurrentIndex(lst.subcategory.findData(sample.income_sub_id))
    lst.reload()
    settle()
    assert lst.model_.ids() == [sample.months[4], sample.months[3]]  # latest period first
    assert lst.count.text() == "共 2 份"
    row = lst.model_.row_data(0)
    settle()
    row = lst.model_.row_data(0)
    assert row is not None and row.title == f"{YEAR}年4月共有部分经营收益公示"
    assert lst.model_.data(lst.model_.index(0, 2)) == f"{YEAR}年4月"

    lst.clear_filters()
    settle()
    assert set(sample.months.values()) <= set(lst.model_.ids())


def test_staff_state_filter_shows_drafts(page: QueryPage, demo_store: Store, sample: Sample,
                                         settle: Settle) -> None:
    with demo_store.write() as s:
        draft = add_record(s, "财务管理", "7月收益（草稿）", state="draft",
                           period=(date(YEAR, 7, 1), date(YEAR, 7, 31)))
    _open_finance(page, settle)
    assert draft not in page.list.model_.ids()
    page.list.state.setCurrentIndex(page.list.state.findText("草稿"))
    page.list.reload()
    settle()
    ids = page.list.model_.ids()
    assert draft in ids and not set(ids) & set(sample.months.values())


def test_keyboard_opens_a_record_and_goes_back(page: QueryPage, sample: Sample, settle: Settle) -> None:
    assert page.stack.currentIndex() == TILES
    first = page.tiles.tiles[0]
    first.setFocus()
    press(first, Qt.Key.Key_Right)
    assert page.tiles.tiles[1].hasFocus()
    press(page.tiles.tiles[1], Qt.Key.Key_Return)
    settle()
    settle()
    assert page.stack.currentIndex() == LIST
    assert page.list.title.text() == page.tiles.tiles[1].tile.name
    table = page.list.table
    assert table.hasFocus()
    table.selectRow(0)
    press(table, Qt.Key.Key_Down)
    press(table, Qt.Key.Key_Return)
    settle()
    assert page.stack.currentIndex() == RECORD
    assert page.record.record_id == page.list.model_.id_at(1)
    press(page.record.scroller, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentIndex() == LIST
    press(page.list.table, Qt.Key.Key_Backspace)
    assert page.stack.currentIndex() == TILES


def test_backspace_in_a_text_field_edits_it(page: QueryPage, settle: Settle) -> None:
    page.tiles.opened.emit(page.tiles.tiles[0].tile)
    settle()
    page.search.setText("合同")
    page.search.setFocus()
    page.search.end(False)
    press(page.search, Qt.Key.Key_Backspace)
    assert page.search.text() == "合"
    assert page.stack.currentIndex() == LIST
    page.list.period_from.setFocus()
    press(page.list.period_from, Qt.Key.Key_Backspace)
    assert page.stack.currentIndex() == LIST


def test_opening_a_record_shows_its_state_and_versions(page: QueryPage, sample: Sample, settle: Settle,
                                                        qtbot: Any) -> None:
    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        page.open_record(sample.contract_v2)
    settle()
    view = page.record
    assert view.title.text() == "物业服务合同（2024–2027，更正）"
    assert view.badge.text() == "已发布"
    assert view.newer.isHidden()
    versions = [view.versions.item(i).text() for i in range(view.versions.count())]
    assert len(versions) == 2
    assert versions[0].startswith("第 2 版 · 已发布") and "正在查看" in versions[0]
    assert versions[1].startswith("第 1 版 · 已被更正")
    assert view.attachments.count() == 1 and "物业服务合同（更正）.pdf" in view.attachments.item(0).text()
    assert "每日两次" in view.questions.text()  # asked about v1, shown with every version


def test_superseded_version_shows_as_superseded_and_links_to_the_newer(
        page: QueryPage, sample: Sample, settle: Settle, qtbot: Any) -> None:
    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        page.open_record(sample.contract_v1)
    view = page.record
    assert view.badge.text() == "已被更正"
    assert view.badge.property("state") == "superseded"
    assert not view.notice.isHidden() and "被更正" in view.notice.text()
    assert not view.newer.isHidden() and "第 2 版" in view.newer.text()
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.newer.click()
    assert view.record_id == sample.contract_v2
    assert view.badge.text() == "已发布"
    # The versions list opens the older one again; back returns to the newer.
    old = next(view.versions.item(i) for i in range(view.versions.count())
               if "第 1 版" in view.versions.item(i).text())
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.versions.itemActivated.emit(old)
    assert view.record_id == sample.contract_v1
    page.go_back()
    settle()
    assert view.record_id == sample.contract_v2


def test_money_record_shows_lines_and_computed_balances(page: QueryPage, sample: Sample, settle: Settle,
                                                        qtbot: Any) -> None:
    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        page.open_record(sample.months[1])
    settle()
    money = page.record.money
    assert not money.isHidden() and money.data is not None
    assert money.table.rowCount() == 4  # the stated opening is a figure, not a line
    assert money.table.item(0, 2).text() == "停车场地占用费"
    assert money.table.item(0, 5).text() == "18,600.00"
    # 1000 + 18600 + 6000 - 3120.50 - 10000, computed by localdb.money, never typed.
    assert money.figure("opening") == "1,000.00"
    assert money.figure("income") == "24,600.00"
    assert money.figure("closing") == "12,479.50"


def test_changed_records_refresh_the_tiles(page: QueryPage, worker: DbWorker, demo_store: Store,
                                           settle: Settle) -> None:
    before = next(t.tile.published for t in page.tiles.tiles if t.tile.name == "制度规范")

    def job(store: Store) -> tuple[Changes, None]:
        with store.write() as s:
            add_record(s, "制度规范", "装修管理规定")
        return Changes(records=True), None

    worker.write(job)
    settle()
    settle()
    after = next(t.tile.published for t in page.tiles.tiles if t.tile.name == "制度规范")
    assert after == before + 1


def test_an_open_record_shows_a_correction_published_meanwhile(
        page: QueryPage, worker: DbWorker, sample: Sample, settle: Settle, qtbot: Any) -> None:
    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        page.open_record(sample.contract_v2)
    assert page.record.badge.text() == "已发布"

    def job(store: Store) -> tuple[Changes, int]:
        with store.write() as s:
            return Changes(records=True), add_record(s, "合同协议", "物业服务合同（第三版）",
                                                    supersedes=sample.contract_v2)

    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        worker.write(job)
    settle()
    assert page.record.record_id == sample.contract_v2
    assert page.record.badge.text() == "已被更正"
    assert "第 3 版" in page.record.newer.text()
    assert page.record.versions.count() == 3
