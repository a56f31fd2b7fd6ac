"""Settings → 节假日安排: a manager types next year's schedule; bad lines are named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desktop.ui.settings.calendar_form import CalendarForm
from localdb.complaints import clock
from localdb.engine import Store
from localdb.models import Complaint, Setting
from localdb.roles import Actor
from localdb.workcalendar import SHANGHAI, confirmed_years
from tests.desktop.conftest import press, type_text
from tests.desktop.ui.settings.conftest import OpenTab
from tests.desktop.ui.settings.test_policy_form import new_complaint

BOGUS = datetime(2000, 1, 1, tzinfo=UTC)


def type_lines(edit: QPlainTextEdit, *lines: str) -> None:
    for i, line in enumerate(lines):
        if i:
            press(edit, Qt.Key.Key_Return)
        type_text(edit, line)


def confirmed(store: Store, year: int) -> bool:
    with store.read() as s:
        return clock.context(s).calendar.is_confirmed(year)


def test_adding_2027_confirms_the_year_and_recomputes(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store,
) -> None:
    complaint_id = new_complaint(demo_store, manager, "ordinary")
    with demo_store.write() as s:  # a stale due: only a recompute puts it right
        complaint = s.get(Complaint, complaint_id)
        assert complaint is not None
        complaint.resolution_due = BOGUS
    assert not confirmed(demo_store, 2027)
    form = open_tab(manager, "节假日安排")
    assert isinstance(form, CalendarForm)
    next_year = datetime.now(SHANGHAI).year + 1
    assert form.year.value() == next_year  # offered first: published each autumn
    if next_year not in confirmed_years():
        assert f"{next_year} 年放假安排尚未公布，正按周末和法定节假日推算" in form.year_status.text()
    form.year.setValue(2027)
    type_lines(form.holidays, "2027-01-01 元旦", "2027-02-05..2027-02-11 春节")
    type_lines(form.workdays, "2027-02-14 春节")
    assert form.holidays.toPlainText() == "2027-01-01 元旦\n2027-02-05..2027-02-11 春节"
    assert form.preview.text() == "共 8 天放假，1 天调休上班。"
    form.save.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("2027 年放假安排已保存。"), timeout=10_000)
    assert confirmed(demo_store, 2027)
    with demo_store.read() as s:
        complaint = s.get(Complaint, complaint_id)
        assert complaint is not None and complaint.resolution_due != BOGUS
        day = clock.context(s).calendar.day(datetime(2027, 2, 14).date())
    assert day.working and day.reason == "调休上班（春节）"
    qtbot.waitUntil(lambda: form.added.count() == 1 and "2027 年" in form.added.item(0).text())
    if 2027 in (next_year - 1, next_year):
        assert "2027 年：已按管理员添加的官方安排计算。" in form.year_status.text()


def test_a_bad_line_is_named_and_nothing_is_saved(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Callable[[], None]
) -> None:
    form = open_tab(manager, "节假日安排")
    assert isinstance(form, CalendarForm)
    form.year.setValue(2027)
    type_lines(form.holidays, "2027-01-01 元旦", "2027-13-01 元旦")
    form.save.click()
    settle()
    assert form.holidays_error.isVisibleTo(form)
    assert form.holidays_error.text().startswith("第 2 行：“2027-13-01”不是有效日期")
    assert form.status.text() == ""
    with demo_store.read() as s:
        assert s.get(Setting, clock.CALENDAR_KEY) is None
    assert not confirmed(demo_store, 2027)


def test_remove_an_added_year_after_confirming(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, answer_yes: list[str],
) -> None:
    form = open_tab(manager, "节假日安排")
    assert isinstance(form, CalendarForm)
    form.year.setValue(2027)
    type_lines(form.holidays, "2027-10-01..2027-10-07 国庆节")
    form.save.click()
    qtbot.waitUntil(lambda: form.remove_button.isEnabled(), timeout=10_000)
    assert confirmed(demo_store, 2027)
    form.added.setCurrentRow(0)
    form.remove_button.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("已删除 2027 年放假安排。"), timeout=10_000)
    assert answer_yes == ["删除管理员添加的 2027 年安排？删除后该年按周末和法定节假日推算。"]
    assert not confirmed(demo_store, 2027)
    qtbot.waitUntil(lambda: not form.remove_button.isEnabled())
