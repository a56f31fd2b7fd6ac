"""The whole start-up path: setup on first start, login, lock, switch user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.ui.app_session import AppSession
from desktop.ui.login_panel import LoginPanel
from desktop.ui.setup_panel import SetupPanel
from desktop.ui.worker import DbWorker
from localdb import audit
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.services.setup import needs_setup
from localdb.url import to_url
from tests.desktop.conftest import PASSWORD, press, type_text


@pytest.fixture
def session(qtbot: Any, db_path: Path, demo_store: Store, qsettings: QSettings) -> Iterator[AppSession]:
    worker = DbWorker()
    s = AppSession(worker, lambda: open_store(to_url(str(db_path))), qsettings)
    screens: list[str] = []
    s.screen_changed.connect(screens.append)
    s.screens = screens  # type: ignore[attr-defined]
    yield s
    s.window.close()
    worker.shutdown()


def wait_screen(qtbot: Any, session: AppSession, name: str) -> None:
    screens: list[str] = session.screens  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(screens) and screens[-1] == name, timeout=10_000)


def test_first_start_shows_setup_then_main_window(qtbot: Any, session: AppSession, demo_store: Store) -> None:
    session.start()
    assert session.window.isVisible()  # at once, before the store is open
    wait_screen(qtbot, session, "setup")
    dialog = session.panel
    assert isinstance(dialog, SetupPanel)
    qtbot.waitUntil(lambda: dialog.name.text() == "阳光花园")  # prefilled from the demo community
    dialog.name.clear()
    type_text(dialog.name, "锦城花园")
    type_text(dialog.password, "short")
    type_text(dialog.confirm, "short")
    press(dialog.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.admin_errors._fields["password"][1].isVisible())
    # Nothing typed is lost and nothing was saved.
    assert dialog.name.text() == "锦城花园"
    with demo_store.read() as s:
        assert needs_setup(s)
    dialog.password.clear()
    dialog.confirm.clear()
    type_text(dialog.password, PASSWORD)
    type_text(dialog.confirm, PASSWORD)
    press(dialog.confirm, Qt.Key.Key_Return)
    wait_screen(qtbot, session, "main")
    assert session.work_area is not None
    assert "王强" in session.window.status.user_label.text()
    assert "同步" in session.window.status.sync_label.text()
    with demo_store.read() as s:
        assert not needs_setup(s)
        assert audit.verify(s).ok


def test_setup_rejects_bad_phone_inline(qtbot: Any, session: AppSession) -> None:
    session.start()
    assert session.window.isVisible()  # at once, before the store is open
    wait_screen(qtbot, session, "setup")
    dialog = session.panel
    assert isinstance(dialog, SetupPanel)
    qtbot.waitUntil(lambda: dialog.phone.text() != "")
    dialog.phone.clear()
    type_text(dialog.phone, "12345")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.confirm, PASSWORD)
    dialog.finish.click()
    label = dialog.errors._fields["service_phone"][1]
    qtbot.waitUntil(label.isVisible)
    assert "12345" in label.text() and "格式不正确" in label.text()
    assert session.screens[-1] == "setup"  # type: ignore[attr-defined]


def test_login_lock_unlock_and_switch_user(qtbot: Any, session: AppSession, admin: Any) -> None:
    session.start()
    wait_screen(qtbot, session, "login")
    login = session.panel
    assert isinstance(login, LoginPanel)
    type_text(login.username, "admin")
    type_text(login.password, "wrong-password")
    press(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(login.error.isVisible)
    assert "用户名或密码错误" in login.error.text()
    assert login.password.text() == ""
    assert login.username.text() == "admin"
    type_text(login.password, PASSWORD)
    press(login.password, Qt.Key.Key_Return)
    wait_screen(qtbot, session, "main")
    area = session.work_area
    assert area is not None

    session.lock()
    wait_screen(qtbot, session, "locked")
    assert session.work_area is None  # the staff screens are gone, not just covered
    locked = session.panel
    assert isinstance(locked, LoginPanel)
    assert locked.username.text() == "admin" and not locked.username.isEnabled()
    type_text(locked.password, "wrong-password")
    press(locked.password, Qt.Key.Key_Return)
    qtbot.waitUntil(locked.error.isVisible)
    assert session.screens[-1] == "locked"  # type: ignore[attr-defined]
    type_text(locked.password, PASSWORD)
    press(locked.password, Qt.Key.Key_Return)
    wait_screen(qtbot, session, "main")
    assert session.work_area is not None

    session.lock()
    wait_screen(qtbot, session, "locked")
    locked = session.panel
    assert isinstance(locked, LoginPanel)
    locked.switch_user.emit()  # 切换用户
    wait_screen(qtbot, session, "login")
    assert session.actor is None and session.work_area is None


def test_idle_session_locks_itself(qtbot: Any, session: AppSession, admin: Any) -> None:
    session.auto_login = ("admin", PASSWORD)
    session.start()
    wait_screen(qtbot, session, "main")
    session.idle.set_minutes(0.005)  # 300 ms
    session.idle.start()
    for _ in range(8):  # someone typing: the session stays open
        type_text(session.window, "x")
        qtbot.wait(100)
    assert session.screens[-1] == "main"  # type: ignore[attr-defined]
    wait_screen(qtbot, session, "locked")
    assert session.work_area is None


def test_store_that_cannot_open_is_reported(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"PK\x03\x04 not sqlite")
    worker = DbWorker()
    s = AppSession(worker, lambda: open_store(to_url(str(bad))), qsettings)
    with qtbot.waitSignal(s.open_failed) as blocker:
        s.start()
    s.window.close()
    worker.shutdown()
    assert "不是阳光台的数据库" in blocker.args[0]
    assert bad.read_bytes() == b"PK\x03\x04 not sqlite"
