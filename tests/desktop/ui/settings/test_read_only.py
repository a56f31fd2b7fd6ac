"""Desk staff see the complaint-desk, complaint-channel and kiosk settings but
cannot change them."""

from __future__ import annotations

from typing import Any

from desktop.ui.settings.calendar_form import CalendarForm
from desktop.ui.settings.calendar_text import year_spans
from desktop.ui.settings.categories_form import CategoriesForm
from desktop.ui.settings.contacts_form import ContactsForm
from desktop.ui.settings.kiosk_form import KioskForm
from desktop.ui.settings.policy_form import PolicyForm
from localdb.demo import DEMO_CONTACTS
from localdb.engine import Store
from localdb.roles import Role
from localdb.workcalendar import confirmed_years
from tests.desktop.conftest import actor_for
from tests.desktop.ui.settings.conftest import OpenTab

NOTE = "只有项目经理或管理员可以修改投诉类别、处理时限和节假日安排；这里仅供查看。"


def test_desk_staff_sees_the_three_tabs_read_only(
    qtbot: Any, open_tab: OpenTab, demo_store: Store
) -> None:
    desk = actor_for(demo_store, "zhangli", Role.DESK)

    categories = open_tab(desk, "投诉类别")
    assert isinstance(categories, CategoriesForm)
    assert categories.table.rowCount() > 10  # the catalogue is shown
    assert categories.note.isVisibleTo(categories) and categories.note.text() == NOTE
    assert not categories.add_button.isVisibleTo(categories)
    assert not categories.name.isEnabled()
    categories.table.setCurrentCell(0, 0)
    assert not categories.active_button.isEnabled()
    assert not categories.urgency_button.isEnabled()

    policy = open_tab(desk, "处理时限")
    assert isinstance(policy, PolicyForm)
    assert not policy.save.isVisibleTo(policy) and not policy.restore.isVisibleTo(policy)
    for column in policy.columns.values():
        assert column.resolution.value() > 0
        for widget in (column.response, column.response_outside, column.kind, column.resolution,
                       column.extensions, column.extension_days):
            assert not widget.isEnabled()

    calendar = open_tab(desk, "节假日安排")
    assert isinstance(calendar, CalendarForm)
    assert not calendar.save.isVisibleTo(calendar)
    assert not calendar.remove_button.isVisibleTo(calendar)
    assert calendar.holidays.isReadOnly() and calendar.workdays.isReadOnly()
    assert not calendar.year.isEnabled()
    shipped = year_spans(confirmed_years())
    assert calendar.official.text() == f"程序内置的官方放假安排：{shipped} 年。"
    assert year_spans([2020, 2021, 2022, 2024]) == "2020–2022、2024"


def test_desk_staff_sees_the_contacts_and_kiosk_tabs_read_only(
    qtbot: Any, open_tab: OpenTab, demo_store: Store
) -> None:
    desk = actor_for(demo_store, "zhangli", Role.DESK)

    contacts = open_tab(desk, "投诉渠道")
    assert isinstance(contacts, ContactsForm)
    assert contacts.note.isVisibleTo(contacts)
    assert contacts.note.text() == "只有项目经理或管理员可以修改投诉渠道；这里仅供查看。"
    assert contacts.qr_url.text() == DEMO_CONTACTS.qr_url  # shown, with its code
    assert not contacts.preview.pixmap().isNull()
    assert all(edit.isReadOnly() for edit in (contacts.qr_url, contacts.project_phone,
                                              contacts.company_phone, contacts.authority_name,
                                              contacts.authority_phone))
    assert not contacts.save.isVisibleTo(contacts)

    kiosk = open_tab(desk, "大堂自助机")
    assert isinstance(kiosk, KioskForm)
    assert kiosk.note.isVisibleTo(kiosk)
    assert kiosk.note.text() == "只有项目经理或管理员可以修改大堂自助机设置；这里仅供查看。"
    assert kiosk.idle.value() == 90
    for widget in (kiosk.idle, kiosk.questions_per_window, kiosk.questions_per_room_per_day,
                   kiosk.show_photo):
        assert not widget.isEnabled()
    assert kiosk.pin.state.text().startswith("尚未设置")
    assert kiosk.photo.thumb.text() == "未设置照片"
    for button in (kiosk.save, kiosk.pin.set_button, kiosk.pin.clear_button,
                   kiosk.photo.choose_button, kiosk.photo.remove_button):
        assert not button.isVisibleTo(kiosk)
