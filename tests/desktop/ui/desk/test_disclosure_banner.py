"""Overdue disclosure items on the manager's desk: a calm banner in the header
(not for desk staff) that opens the 公开时限 board, refreshed when records
change; and a tray reminder once per item per day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.desk.disclosure_notifier import DisclosureWatch, ReminderMemory
from desktop.ui.publish.publish_page import BOARD
from desktop.ui.work_area import WorkArea
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for

#: 2026-11-05 10:00 in Chengdu. With nothing published, five items are overdue here:
#: the 2025 yearly ones (due Jan 31), 维修资金 for the first half (due Jul 30) and
#: 合同履行情况 for the third quarter (due Oct 15).
NOW = datetime(2026, 11, 5, 2, 0, tzinfo=UTC)
#: 2026-01-10: nothing is past its due day yet.
EARLY = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
Settle = Callable[[], None]


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, body: str, *_args: object) -> None:
        self.messages.append((title, body))


@pytest.fixture
def manager(demo_store: Store, admin: Actor) -> Actor:
    return actor_for(demo_store, "wangqiang", Role.MANAGER)


@pytest.fixture
def clerk(demo_store: Store, admin: Actor) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


@pytest.fixture
def make_desk(qtbot: Any, worker: DbWorker) -> Callable[[Actor, datetime], DeskPage]:
    def make(actor: Actor, at: datetime) -> DeskPage:
        desk = DeskPage(worker, actor, lambda: at)
        qtbot.addWidget(desk)
        desk.resize(1280, 760)
        desk.show()
        qtbot.waitUntil(lambda: not worker.busy and desk.categories is not None)
        return desk

    return make


def test_manager_sees_overdue_items_in_the_header_and_opens_the_board(
        qtbot: Any, make_desk: Callable[[Actor, datetime], DeskPage], manager: Actor) -> None:
    desk = make_desk(manager, NOW)
    banner = desk.banner
    assert banner.isVisible()
    assert [r.item_code for r in banner.rows] == [
        "service_items", "equipment_register", "common_part_register", "maintenance_fund", "performance"]
    assert banner.text.text() == ("信息公开逾期 5 项：服务事项和服务内容（2025年度）、"
                                  "设施设备清册（2025年度） 等")
    assert "物业服务合同履行情况（2026年第三季度）应于 2026-10-15 前公开" in banner.toolTip()
    opened: list[bool] = []
    desk.open_board.connect(lambda: opened.append(True))
    banner.button.click()
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    assert opened == [True, True]


def test_no_banner_before_anything_is_due_nor_for_desk_staff(
        make_desk: Callable[[Actor, datetime], DeskPage], manager: Actor, clerk: Actor) -> None:
    early = make_desk(manager, EARLY)
    assert early.disclosure is not None and early.disclosure.overdue == []
    assert not early.banner.isVisible()
    desk = make_desk(clerk, NOW)
    assert desk.disclosure is None
    assert not desk.banner.isVisible() and desk.banner.rows == []


def test_banner_follows_a_record_published_meanwhile(
        qtbot: Any, make_desk: Callable[[Actor, datetime], DeskPage], worker: DbWorker, settle: Settle,
        manager: Actor, clerk: Actor) -> None:
    desk = make_desk(manager, NOW)
    assert len(desk.banner.rows) == 5

    def publish(store: Store) -> tuple[Changes, None]:
        with store.write() as s:
            rid = lifecycle.create_draft(s, clerk, RecordDraft(
                category_code="work", disclosure_item_code="performance",
                title="2026年第三季度物业服务合同履行情况", period_start=date(2026, 7, 1),
                period_end=date(2026, 9, 30)), NOW)
            lifecycle.submit(s, clerk, rid, NOW)
            lifecycle.publish(s, manager, rid, NOW)
        return Changes(records=True), None

    worker.write(publish)
    settle()
    assert [r.item_code for r in desk.banner.rows] == [
        "service_items", "equipment_register", "common_part_register", "maintenance_fund"]
    assert desk.banner.text.text().startswith("信息公开逾期 4 项：")


def test_tray_reminds_once_per_item_per_day(
        qtbot: Any, worker: DbWorker, settle: Settle, manager: Actor) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    clock = [NOW]
    tray = FakeTray()
    watch = DisclosureWatch(worker, manager, lambda: clock[0], tray=tray,  # type: ignore[arg-type]
                            memory=ReminderMemory(), parent=owner)
    watch.start()
    settle()
    assert len(tray.messages) == 1
    title, body = tray.messages[0]
    assert title == "阳光台 信息公开逾期"
    assert body.splitlines() == ["服务事项和服务内容（2025年度）逾期 278 天",
                                 "设施设备清册（2025年度）逾期 278 天",
                                 "共有部分清册（2025年度）逾期 278 天", "另有 2 项"]
    watch.load()  # a refresh the same day: no second message
    settle()
    clock[0] = NOW + timedelta(hours=6)
    watch.load()
    settle()
    assert len(tray.messages) == 1
    clock[0] = NOW + timedelta(days=1)  # the next day: reminded again
    watch.load()
    settle()
    assert len(tray.messages) == 2 and "逾期 279 天" in tray.messages[1][1]


def test_the_banner_opens_the_board_in_disclosure_management(
        qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings) -> None:
    area = WorkArea(worker, admin, qsettings)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: not worker.busy)
    desk = area.page(0)
    assert isinstance(desk, DeskPage) and area.pages.currentIndex() == 0
    desk.banner.button.click()
    assert area.page(area.pages.currentIndex()) is area.publish
    assert area.publish.tabs.currentIndex() == BOARD
