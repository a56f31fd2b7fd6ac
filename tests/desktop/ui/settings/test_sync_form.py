"""设置 → 市平台同步: a manager sets the city's address and token (the token goes
to the keyring only), tests the connection; errors show under their field with
nothing typed lost; desk staff only read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.sync.token_store import SERVICE, get_token
from desktop.ui.settings.sync_form import SyncForm
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor, Role
from localdb.sync.settings import SyncSettings, get_sync_settings, save_sync_settings
from tests.citysim import CitySim
from tests.desktop.conftest import actor_for
from tests.desktop.sync.fake_keyring import FakeKeyring
from tests.desktop.sync.helpers import TOKEN
from tests.desktop.ui.settings.conftest import OpenTab

TAB = "市平台同步"


def sync_tab(open_tab: OpenTab, actor: Actor) -> SyncForm:
    form = open_tab(actor, TAB)
    assert isinstance(form, SyncForm)
    return form


def settings_of(store: Store) -> SyncSettings:
    with store.read() as session:
        return get_sync_settings(session)


def test_manager_saves_address_and_token_to_the_keyring_only(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, worker: DbWorker,
        city: CitySim, fake_keyring: FakeKeyring, settle: Callable[[], None]) -> None:
    form = sync_tab(open_tab, manager)
    assert "先填写市平台地址" in form.token_state.text()
    form.url.setText(city.url)
    form.token.setText(TOKEN)
    form.interval.setValue(120)
    broadcasts: list[Changes] = []
    worker.changed.connect(broadcasts.append)
    form.save.click()
    settle()
    assert settings_of(demo_store) == SyncSettings(city.url, "", 120, 200)
    assert get_token(city.url) == TOKEN
    assert form.token.text() == ""  # not kept on screen
    assert "已为该地址保存令牌" in form.token_state.text() and form.clear_token.isEnabled()
    assert any(c.sync and c.settings for c in broadcasts)  # the sync restarts with them
    with demo_store.read() as session:  # the token is nowhere in the store
        from sqlalchemy import text
        dumped = "\n".join(str(r) for r in session.execute(text("SELECT key, value FROM setting")))
    assert TOKEN not in dumped


def test_a_bad_address_is_refused_under_its_field_and_nothing_is_lost(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store,
        fake_keyring: FakeKeyring, settle: Callable[[], None]) -> None:
    form = sync_tab(open_tab, manager)
    form.url.setText("http://city.example.cn/open311/v2/")
    form.token.setText(TOKEN)
    form.save.click()
    settle()
    error = form.url.parentWidget().findChild(QWidget, "fieldError")
    assert error is not None and error.isVisibleTo(form) and "https://" in error.text()
    assert form.url.text() == "http://city.example.cn/open311/v2/" and form.token.text() == TOKEN
    assert settings_of(demo_store).city_url == "" and fake_keyring.memory == {}


def test_connection_test_reports_the_city_or_why_not(
        qtbot: Any, open_tab: OpenTab, manager: Actor, city: CitySim, fake_keyring: FakeKeyring) -> None:
    form = sync_tab(open_tab, manager)
    form.url.setText(city.url)
    form.token.setText(TOKEN)
    form.test.click()
    qtbot.waitUntil(lambda: form.test_job is None, timeout=10_000)
    assert form.status.text().startswith("连接成功：市平台提供 ") and "个服务类别" in form.status.text()
    form.token.setText("wrong-token")
    form.test.click()
    qtbot.waitUntil(lambda: form.test_job is None, timeout=10_000)
    assert "拒绝了访问令牌" in form.status.text() and "401" in form.status.text()
    form.token.clear()  # no token typed and none saved
    form.test.click()
    qtbot.waitUntil(lambda: form.test_job is None, timeout=10_000)
    assert "尚未保存访问市平台的令牌" in form.status.text()


def test_clearing_the_token_asks_first(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, city: CitySim,
        fake_keyring: FakeKeyring, settle: Callable[[], None], monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_store.write() as session:
        save_sync_settings(session, manager, SyncSettings(city_url=city.url))
    keyring.set_password(SERVICE, city.url.rstrip("/"), TOKEN)
    form = sync_tab(open_tab, manager)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    form.clear_token.click()
    settle()
    assert len(asked) == 1 and keyring.get_password(SERVICE, city.url.rstrip("/")) == TOKEN
    form.clear_token.click()
    settle()
    assert keyring.get_password(SERVICE, city.url.rstrip("/")) is None
    assert "尚未为该地址保存令牌" in form.token_state.text() and not form.clear_token.isEnabled()


def test_without_a_keyring_the_form_says_so(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, city: CitySim,
        settle: Callable[[], None]) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with demo_store.write() as session:
            save_sync_settings(session, manager, SyncSettings(city_url=city.url))
        form = sync_tab(open_tab, manager)
        assert "没有可用的系统密钥环" in form.token_state.text()
        form.token.setText(TOKEN)
        form.interval.setValue(300)
        form.save.click()
        settle()
        assert "密钥环" in form.status.text()
        assert form.token.text() == TOKEN  # kept for another try
        assert settings_of(demo_store).interval_seconds == 60  # nothing half-saved
    finally:
        keyring.set_keyring(previous)


def test_desk_staff_only_read(qtbot: Any, open_tab: OpenTab, demo_store: Store, city: CitySim,
                              fake_keyring: FakeKeyring) -> None:
    with demo_store.write() as session:
        from localdb.roles import SYSTEM
        save_sync_settings(session, SYSTEM, SyncSettings(city_url=city.url))
    desk = actor_for(demo_store, "zhangli", Role.DESK)
    form = sync_tab(open_tab, desk)
    assert form.url.text() == city.url and form.url.isReadOnly()
    assert not form.save.isVisibleTo(form) and not form.token.isVisibleTo(form)
    assert not form.interval.isEnabled()
    assert "仅供查看" in form.status.text()
