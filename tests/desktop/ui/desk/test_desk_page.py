"""The desk page around the list: alerts in the notice bar and the tray
(repeated until acknowledged), 督办, the detail pane, filters, refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.ui.desk.desk_page import SUPERVISION_TAB, DeskPage
from desktop.ui.desk.photo_input import png_bytes
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.complaints import intake, lifecycle, queries
from localdb.complaints.intake import ComplaintInput, PhotoInput
from localdb.complaints.states import Action
from localdb.engine import Store
from localdb.models import Complaint, DeadlineAlert, utcnow
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for
from tests.desktop.ui.desk.helpers import add_complaint, category_id, complaint


def png() -> bytes:
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    return png_bytes(image)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, body: str, *_args: object) -> None:
        self.messages.append((title, body))


@pytest.fixture
def clerk(demo_store: Store, admin: Actor) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


@pytest.fixture
def make_desk(qtbot: Any, worker: DbWorker, clerk: Actor) -> Callable[[], DeskPage]:
    def make() -> DeskPage:
        desk = DeskPage(worker, clerk)
        qtbot.addWidget(desk)
        desk.resize(1280, 760)
        desk.show()
        qtbot.waitUntil(lambda: not worker.busy and desk.categories is not None)
        return desk

    return make


def test_alerts_show_repeat_in_the_tray_and_stop_when_acknowledged(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, make_desk: Any
) -> None:
    overdue = add_complaint(demo_store, clerk, category="电梯困人", minutes_ago=45,
                            description="电梯困人测试")
    warning = add_complaint(demo_store, clerk, category="爆管漏水", minutes_ago=20,
                            description="爆管测试")
    desk = make_desk()
    tray = FakeTray()
    clock = [1000.0]
    notifier = desk.notifier
    notifier.tray = tray
    notifier._monotonic = lambda: clock[0]
    notifier.check()
    qtbot.waitUntil(lambda: not worker.busy and desk.notice.isVisible())
    numbers = {cid: complaint_number(demo_store, cid) for cid in (overdue, warning)}
    text = desk.notice.text.text()
    assert f"{numbers[overdue]} 响应已超时" in text or "另有" in text
    assert any(a.complaint_id == warning and a.level == "warning" for a in notifier.pending)
    assert desk.notice.property("level") == "overdue"
    assert len(tray.messages) == 1 and "预警" in tray.messages[0][0]

    notifier.check()  # 30 s later: nothing new, not yet 5 minutes
    qtbot.waitUntil(lambda: not worker.busy)
    assert len(tray.messages) == 1
    clock[0] += 301
    notifier.check()  # still unacknowledged after 5 minutes: said again
    qtbot.waitUntil(lambda: not worker.busy)
    assert len(tray.messages) == 2

    # 督办: the breached response opened a supervision; Enter opens the complaint.
    desk.tabs.setCurrentIndex(SUPERVISION_TAB)
    sup = desk.supervision
    qtbot.waitUntil(lambda: any(r.complaint_id == overdue for r in sup.rows))
    assert desk.tabs.tabText(SUPERVISION_TAB).startswith("督办（")
    row = next(i for i, r in enumerate(sup.rows) if r.complaint_id == overdue)
    sup.table.setCurrentCell(row, 0)
    sup.table.setFocus()
    qtbot.keyClick(sup.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.open_tab.detail.detail is not None
                    and desk.open_tab.detail.detail.row.id == overdue)
    assert desk.tabs.currentWidget() is desk.open_tab

    desk.notice.button.click()  # 知道了
    qtbot.waitUntil(lambda: not desk.notice.isVisible(), timeout=5000)
    with demo_store.read() as s:
        left = s.execute(select(DeadlineAlert.id).where(
            DeadlineAlert.acknowledged_at.is_(None))).all()
    assert left == []


def complaint_number(store: Store, cid: int) -> str:
    with store.read() as s:
        c = s.get(Complaint, cid)
        assert c is not None
        return c.number


def test_detail_pane_explains_both_clocks_with_timeline_and_photo(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, make_desk: Any
) -> None:
    with demo_store.write() as s:
        _, cid = intake.intake(s, clerk, ComplaintInput(
            channel="phone", category_id=category_id(demo_store, "房屋渗漏"),
            description="卫生间顶部渗水", location="2栋架空层", contact_name="李先生",
            contact_phone="13800138000", received_at=utcnow() - timedelta(hours=2),
            photos=(PhotoInput("渗水.png", png(), "image/png"),)))
        lifecycle.respond(s, clerk, cid, how="visit", note="已上门查看")
        lifecycle.pause(s, clerk, cid, reason="等住户回家开门")
    desk = make_desk()
    desk.open_tab.filters.search.setText("卫生间顶部渗水")
    table = desk.open_tab.table
    qtbot.waitUntil(lambda: table.model_.rowCount() == 1 and not worker.busy, timeout=5000)
    table.selectRow(0)
    detail = desk.open_tab.detail
    qtbot.waitUntil(lambda: detail.detail is not None and not worker.busy)
    assert detail.fields["channel"].text() == "来电"
    assert detail.fields["phone"].text() == "13800138000"
    assert "响应时限" in detail.response.steps.text() and "截止" in detail.response.steps.text()
    assert "已响应" in detail.response.line.text()
    steps = detail.resolution.steps.text()
    assert "办结时限" in steps and "挂起中" in steps  # the pause is explained
    assert "挂起中" in detail.resolution.line.text()
    timeline = detail.timeline.text()
    for word in ("受理", "响应", "上门/当面", "挂起", "等住户回家开门"):
        assert word in timeline
    qtbot.waitUntil(lambda: len(detail.photos.findChildren(QLabel)) == 1)
    thumb = detail.photos.findChildren(QLabel)[0]
    assert thumb.pixmap() is not None and not thumb.pixmap().isNull()
    assert thumb.toolTip() == "渗水.png"
    shown = {b.text().split("(")[0] for b in detail.action_bar.buttons.values() if b.isVisibleTo(detail)}
    assert shown == {"恢复处理", "转派", "延期", "备注"}
    assert not detail.action_bar.buttons[Action.EXTEND].isEnabled()  # a clerk cannot approve

    # The warning note: shown when the deadline rests on an unpublished holiday schedule.
    assert detail.detail is not None
    note = "2027 年放假安排尚未公布，按周末和法定节假日推算，结果可能变化"
    detail._show(replace(detail.detail, warnings=(note,)))
    assert detail.warnings.isVisibleTo(detail) and "2027" in detail.warnings.text()


def test_filters_and_refresh_keep_the_selection(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, make_desk: Any
) -> None:
    late = add_complaint(demo_store, clerk, category="电梯困人", minutes_ago=45, description="甲")
    fresh = add_complaint(demo_store, clerk, minutes_ago=1, description="乙")
    colleague = Actor(4, "王强", Role.MANAGER, "wangqiang")  # a demo account
    add_complaint(demo_store, colleague, minutes_ago=5, description="丙")  # not mine
    desk = make_desk()
    tab = desk.open_tab
    table = tab.table
    tab.filters.mine.setChecked(True)
    qtbot.waitUntil(lambda: not worker.busy)
    with demo_store.read() as s:
        mine = queries.open_ids(s, queries.DeskFilter(handler_id=clerk.user_id))
        everyone = queries.open_ids(s)
    assert [table.model_.id_at(r) for r in range(table.model_.rowCount())] == mine
    assert len(mine) < len(everyone)
    rows = [table.model_.id_at(r) for r in range(table.model_.rowCount())]
    assert rows.index(late) < rows.index(fresh)  # most urgent first
    table.select_id(fresh)
    tab.filters.overdue.setChecked(True)
    qtbot.waitUntil(lambda: not worker.busy)
    assert table.model_.row_of(late) is not None and table.model_.row_of(fresh) is None
    tab.filters.overdue.setChecked(False)
    qtbot.waitUntil(lambda: not worker.busy)
    table.select_id(fresh)
    qtbot.waitUntil(lambda: tab.detail.detail is not None and tab.detail.detail.row.id == fresh)
    with demo_store.write() as s:  # another PC responds: the list refreshes, selection stays
        lifecycle.respond(s, clerk, late, how="call")
    worker.changed.emit(Changes(complaints=True))
    qtbot.waitUntil(lambda: not worker.busy)
    assert table.current_id() == fresh
    assert complaint(demo_store, late)["status"] == "responded"
    desk.focus_search()
    assert tab.filters.search.hasFocus()
