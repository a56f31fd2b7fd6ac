"""Work area: navigation by keyboard, pages refresh on what changed, roles."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings, Qt

from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.pages.home import HomePage
from desktop.ui.settings.community_form import CommunityForm
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.settings.users_page import UsersPage
from desktop.ui.work_area import WorkArea
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for, type_text


def make_window(qtbot: Any, worker: DbWorker, actor: Actor, qsettings: QSettings) -> WorkArea:
    window = WorkArea(worker, actor, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not worker.busy)
    return window


def test_areas_and_keyboard_navigation(
    qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings
) -> None:
    window = make_window(qtbot, worker, admin, qsettings)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["工作台", "查询台", "公开管理", "台账打印", "统计", "设置"]
    window.activateWindow()
    qtbot.waitActive(window)
    for i in range(6, 0, -1):
        qtbot.keyClick(window.nav, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == i - 1


def test_desk_shows_community_and_refreshes_after_profile_save(
    qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings
) -> None:
    window = make_window(qtbot, worker, admin, qsettings)
    desk = window.page(0)
    assert isinstance(desk, DeskPage)
    assert desk.title.text() == "阳光花园 · 工作台"
    settings = window.page(5)
    assert isinstance(settings, SettingsPage)
    form = settings.tabs.widget(0)
    assert isinstance(form, CommunityForm)
    form.name.clear()
    type_text(form.name, "阳光花园二期")
    form.save.click()
    qtbot.waitUntil(lambda: desk.title.text() == "阳光花园二期 · 工作台", timeout=5000)
    assert form.status.text() == "已保存。"


def test_home_figures_refresh_after_profile_save(
    qtbot: Any, worker: DbWorker, admin: Actor, demo_store: Store
) -> None:
    # The figures page is no longer in the navigation, but stays usable.
    home = HomePage(worker)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: home.figures["rooms"].value.text() == "432")
    assert home.title.text() == "阳光花园"
    from localdb.services.community import get_profile, save_profile

    with demo_store.write() as s:
        profile = get_profile(s)
        assert profile is not None
        save_profile(s, admin, replace(profile, name="阳光花园二期"))
    worker.changed.emit(Changes(community=True))
    qtbot.waitUntil(lambda: home.title.text() == "阳光花园二期", timeout=5000)


def test_profile_error_is_shown_inline_and_nothing_saved(
    qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings, demo_store: Store
) -> None:
    window = make_window(qtbot, worker, admin, qsettings)
    window.show_area(5)
    form = window.page(5).tabs.widget(0)  # type: ignore[attr-defined]
    form.name.clear()
    form.save.click()
    label = form.errors._fields["name"][1]
    qtbot.waitUntil(label.isVisible)
    assert "小区名称" in label.text()
    from localdb.services.community import get_profile

    with demo_store.read() as s:
        profile = get_profile(s)
    assert profile is not None and profile.name == "阳光花园"


def test_desk_staff_sees_settings_read_only(
    qtbot: Any, worker: DbWorker, demo_store: Store, admin: Actor, qsettings: QSettings
) -> None:
    desk = actor_for(demo_store, "zhangli", Role.DESK)
    window = make_window(qtbot, worker, desk, qsettings)
    settings = window.page(5)
    form = settings.tabs.widget(0)  # type: ignore[attr-defined]
    assert form.name.isReadOnly()
    assert not form.save.isVisibleTo(form)
    users_page = settings.tabs.widget(2)  # type: ignore[attr-defined]
    assert isinstance(users_page, UsersPage)
    assert not users_page.add_button.isEnabled()


def test_admin_adds_a_user(qtbot: Any, worker: DbWorker, admin: Actor, qsettings: QSettings) -> None:
    window = make_window(qtbot, worker, admin, qsettings)
    window.show_area(5)
    window.page(5).tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    users_page = window.page(5).tabs.widget(2)  # type: ignore[attr-defined]
    assert isinstance(users_page, UsersPage)
    before = users_page.table.rowCount()
    users_page.add_button.click()
    from desktop.ui.settings.user_dialogs import AddUserDialog

    dialog = next(w for w in users_page.children() if isinstance(w, AddUserDialog))
    type_text(dialog.username, "x")  # too short: inline error, dialog stays
    type_text(dialog.display_name, "赵敏")
    dialog.submitted()
    qtbot.waitUntil(lambda: dialog.errors._fields["username"][1].isVisible())
    assert dialog.isVisible()
    type_text(dialog.username, "iaomin")
    dialog.submitted()
    qtbot.waitUntil(lambda: users_page.table.rowCount() == before + 1, timeout=5000)
    names = [users_page.table.item(r, 1).text() for r in range(users_page.table.rowCount())]
    assert "赵敏" in names
