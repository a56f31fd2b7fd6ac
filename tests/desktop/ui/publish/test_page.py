"""The 公开管理 area of the work area: Ctrl+3 shows it, and what each role may do there."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt

from desktop.ui.publish.publish_page import PUBLISHED, REVIEW, PublishPage
from desktop.ui.work_area import WorkArea
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from localdb.roles import Actor
from tests.desktop.ui.publish.conftest import NOTICE, MakePage, activate, income, published, submitted


def test_ctrl_3_opens_disclosure_management(qtbot: Any, worker: DbWorker, clerk: Actor,
                                            qsettings: QSettings) -> None:
    area = WorkArea(worker, clerk, qsettings)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: not worker.busy)
    activate(qtbot, area)
    qtbot.keyClick(area.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = area.page(2)
    assert isinstance(page, PublishPage) and area.pages.currentWidget() is page
    assert [page.tabs.tabText(i)[:4] for i in range(4)] == ["草稿（0", "待审核（", "已发布", "公开时限"]


def test_desk_staff_draft_and_submit_but_do_not_review(make_page: MakePage, clerk: Actor, manager: Actor,
                                                       demo_store: Store) -> None:
    submitted(demo_store, clerk, income())
    published(demo_store, clerk, manager, NOTICE)
    page = make_page(clerk)
    assert page.new_button.isVisible()
    page.tabs.setCurrentIndex(REVIEW)
    assert page.review.model_.rowCount() == 1
    assert not page.review.publish_button.isVisible() and not page.review.return_button.isVisible()
    assert page.review.note.text() == "等待项目经理审核的记录。"
    page.tabs.setCurrentIndex(PUBLISHED)
    assert page.published.correct_button.isVisible() and not page.published.withdraw_button.isVisible()


def test_published_list_filters_by_category_and_period(qtbot: Any, make_page: MakePage, clerk: Actor,
                                                       manager: Actor, demo_store: Store) -> None:
    notice = published(demo_store, clerk, manager, NOTICE)
    october = published(demo_store, clerk, manager, income())
    september = published(demo_store, clerk, manager, income(
        (date(2026, 9, 1), date(2026, 9, 30)), "2026年9月共有部分经营收益公示"))
    page = make_page(manager)
    tab = page.published
    assert set(tab.model_.ids()) == {notice, october, september}
    assert tab.count.text() == "共 3 份"
    tab.category.setCurrentIndex(tab.category.findData("finance"))
    qtbot.waitUntil(lambda: set(tab.model_.ids()) == {october, september})
    tab.set_period(date(2026, 9, 1), date(2026, 9, 30))
    qtbot.waitUntil(lambda: tab.model_.ids() == [september])
    assert tab.count.text() == "共 1 份"
