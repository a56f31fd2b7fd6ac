"""Nothing leaves the kiosk: escape keys, closing, context menus and links
are swallowed; only the staff PIN behind five corner taps ends it, and five
wrong PINs lock the pad. Idle, it goes home and forgets what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.kiosk.window import KioskWindow
from localdb.engine import Store
from localdb.kiosk import settings
from localdb.roles import SYSTEM
from tests.desktop.conftest import type_text

pytestmark = pytest.mark.usefixtures("fast_password_hashing")
PIN = "246810"


def _key(widget: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods))


def test_escape_attempts_leave_the_kiosk_on_screen(qtbot: Any, kiosk: KioskWindow) -> None:
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    type_text(kiosk.home.query, "电梯")
    for target in (kiosk, kiosk.home.query):
        _key(target, Qt.Key.Key_Escape)
        _key(target, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        _key(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        _key(target, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(kiosk.home.query, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(kiosk.home.query, Qt.Key.Key_Escape)
    assert kiosk.close() is False
    at = QPoint(5, 5)
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, kiosk.home.query.mapToGlobal(at))
    QApplication.sendEvent(kiosk.home.query, menu)
    QDesktopServices.openUrl(QUrl("https://example.cn/"))
    QDesktopServices.openUrl(QUrl.fromLocalFile("/etc/passwd"))
    qtbot.wait(50)
    assert kiosk.isVisible() and not kiosk.is_unlocked
    assert QApplication.activePopupWidget() is None and QApplication.activeModalWidget() is None
    assert kiosk.home.query.text() == "电梯"  # Esc did not clear or leave anything either
    assert kiosk.lockdown is not None and kiosk.lockdown.blocked >= 13


def _taps(qtbot: Any, kiosk: KioskWindow, n: int = 5) -> None:
    for _ in range(n):
        qtbot.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=QPoint(12, 12))


def _enter(qtbot: Any, kiosk: KioskWindow, wait: Callable[[], None], pin: str) -> None:
    for digit in pin:
        kiosk.pin.keypad.buttons[digit].click()  # type: ignore[attr-defined]
    kiosk.pin.ok.click()
    wait()


def test_five_corner_taps_open_the_pin_pad_and_the_pin_ends_the_kiosk(
        qtbot: Any, store: Store, kiosk: KioskWindow, wait: Callable[[], None]) -> None:
    with store.write() as s:
        settings.set_pin(s, SYSTEM, PIN)
    _taps(qtbot, kiosk, 4)
    assert kiosk.current() == "home"
    _taps(qtbot, kiosk, 1)
    wait()
    assert kiosk.current() == "pin" and kiosk.pin.pin.isEnabled()
    with qtbot.waitSignal(kiosk.unlocked, timeout=10_000):
        _enter(qtbot, kiosk, wait, PIN)
    assert not kiosk.isVisible()


def test_five_wrong_pins_lock_the_pad(qtbot: Any, store: Store, kiosk: KioskWindow,
                                      wait: Callable[[], None]) -> None:
    with store.write() as s:
        settings.set_pin(s, SYSTEM, PIN)
    kiosk.show_pin()
    wait()
    for i in range(5):
        _enter(qtbot, kiosk, wait, "1111")
        if i < 4:
            assert str(4 - i) in kiosk.pin.message.text()
    assert not kiosk.pin.ok.isEnabled() and "分钟后再试" in kiosk.pin.message.text()
    kiosk._check_pin(PIN)  # even the right PIN while locked
    wait()
    assert kiosk.isVisible() and not kiosk.is_unlocked
    assert kiosk.pin_lock.locked_until is not None
    kiosk.pin_lock.locked_until -= timedelta(minutes=6)  # the lock ran out
    kiosk._pin_state()
    assert kiosk.pin.ok.isEnabled()
    with qtbot.waitSignal(kiosk.unlocked, timeout=10_000):
        _enter(qtbot, kiosk, wait, PIN)


def test_without_a_pin_the_pad_says_only_the_os_ends_it(kiosk: KioskWindow, wait: Callable[[], None]) -> None:
    kiosk.show_pin()
    wait()
    assert "操作系统" in kiosk.pin.message.text() and not kiosk.pin.pin.isEnabled()


def test_idle_goes_home_and_clears_what_was_typed(qtbot: Any, kiosk: KioskWindow,
                                                  wait: Callable[[], None]) -> None:
    type_text(kiosk.home.query, "停车")
    kiosk.show_category(kiosk.home.tiles[0])
    wait()
    kiosk.show_record(kiosk.list.row_ids[0])
    wait()
    assert kiosk.record.record is not None
    kiosk.show_ask(kiosk.record.record)
    type_text(kiosk.ask.text, "这笔费用是怎么算的")
    kiosk.ask.room.setText("1502")
    kiosk.idle.setInterval(300)
    kiosk.idle.start()
    qtbot.waitUntil(lambda: kiosk.current() == "home", timeout=5000)
    assert kiosk.home.query.text() == ""
    assert kiosk.ask.text.toPlainText() == "" and kiosk.ask.room.text() == ""


def test_unreachable_store_keeps_data_and_recovers(qtbot: Any, kiosk: KioskWindow, wait: Callable[[], None],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import desktop.ui.kiosk.window as window_module

    real = window_module._home_data
    tiles = list(kiosk.home.tiles)
    assert "数据更新于" in kiosk.updated.text()

    outage = [True]

    def flaky(session: Any) -> Any:
        if outage[0]:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))
        return real(session)

    monkeypatch.setattr(window_module, "_home_data", flaky)
    kiosk.load_home()
    wait()
    assert "正在重新连接" in kiosk.updated.text() and kiosk.data.retry.isActive()
    assert kiosk.home.tiles == tiles  # still showing the last data
    outage[0] = False  # the server is back: the retry timer's next round succeeds
    kiosk.data.retry_now()
    wait()
    assert "正在重新连接" not in kiosk.updated.text() and not kiosk.data.retry.isActive()
