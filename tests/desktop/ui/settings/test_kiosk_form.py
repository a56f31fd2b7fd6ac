"""Settings → 大堂自助机: a manager sets the kiosk's limits, its staff PIN (typed
twice) and the project manager's photo; out-of-range values and mismatched
PINs are refused in Chinese and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from desktop.ui.settings.kiosk_form import IDLE, KioskForm
from desktop.ui.settings.kiosk_pin import FIELD as PIN_FIELD
from desktop.ui.settings.kiosk_pin import PinDialog
from localdb.engine import Store
from localdb.kiosk import settings as kiosk
from localdb.roles import Actor
from tests.desktop.ui.settings.conftest import OpenTab

Settle = Callable[[], None]
TAB = "大堂自助机"


def open_form(open_tab: OpenTab, actor: Actor) -> KioskForm:
    form = open_tab(actor, TAB)
    assert isinstance(form, KioskForm)
    return form


def error_of(errors: Any, field: str, within: Any) -> str:
    _widget, label = errors._fields[field]
    return str(label.text()) if label.isVisibleTo(within) else ""


def read(store: Store, fn: Callable[[Any], Any]) -> Any:
    with store.read() as s:
        return fn(s)


def test_manager_saves_the_kiosk_settings_and_they_are_read_back(
        open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    assert form.settings() == kiosk.KioskSettings()  # the defaults: nothing stored yet
    form.idle.setValue(120)
    form.questions_per_window.setValue(8)
    form.questions_per_room_per_day.setValue(2)
    form.show_photo.setChecked(True)
    form.save.click()
    settle()
    assert read(demo_store, kiosk.get_kiosk_settings) == kiosk.KioskSettings(120, 8, 2, True)
    assert form.status.text() == "已保存。"

    again = open_form(open_tab, manager)
    assert again.settings() == kiosk.KioskSettings(120, 8, 2, True)


def test_an_out_of_range_idle_time_is_refused_under_its_field(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    form.idle.setValue(5)
    form.questions_per_window.setValue(9)
    qtbot.keyClick(form.idle, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert error_of(form.errors, IDLE, form) == "“无操作返回首页（秒）”应在 15–3600 之间。"
    assert form.idle.value() == 5 and form.questions_per_window.value() == 9  # kept
    assert form.status.text() == ""
    assert read(demo_store, kiosk.get_kiosk_settings) == kiosk.KioskSettings()


def open_pin_dialog(form: KioskForm) -> PinDialog:
    form.pin.set_button.click()
    dialog = form.pin.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_pin_is_set_only_when_typed_twice_alike(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    assert form.pin.state.text().startswith("尚未设置")
    assert not form.pin.clear_button.isEnabled()

    dialog = open_pin_dialog(form)
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.confirm, "2469")
    dialog.ok_button.click()
    settle()
    assert error_of(dialog.errors, "confirm", dialog) == "两次输入的密码不一致，请重新输入。"
    assert dialog.isVisible()
    assert not read(demo_store, kiosk.pin_is_set)

    dialog.pin.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.pin, "12ab")  # digits only: the letters never arrive
    assert dialog.pin.text() == "12"
    qtbot.keyClicks(dialog.confirm, "12")
    dialog.ok_button.click()
    settle()
    assert error_of(dialog.errors, PIN_FIELD, dialog) == "管理密码应为 4–8 位数字。"
    assert error_of(dialog.errors, "confirm", dialog) == ""
    assert not read(demo_store, kiosk.pin_is_set)

    dialog.pin.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.confirm, "2468")
    dialog.ok_button.click()
    settle()
    assert not dialog.isVisible()
    assert read(demo_store, lambda s: kiosk.check_pin(s, "2468"))
    assert form.pin.state.text().startswith("已设置")
    assert form.pin.status.text() == "管理密码已设置。"
    assert form.pin.clear_button.isEnabled()


def test_clearing_the_pin_asks_first_and_removes_it(
        open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle,
        answer_yes: list[str]) -> None:
    with demo_store.write() as s:
        kiosk.set_pin(s, manager, "1357")
    form = open_form(open_tab, manager)
    assert form.pin.state.text().startswith("已设置")
    form.pin.clear_button.click()
    settle()
    assert len(answer_yes) == 1 and "确定清除吗" in answer_yes[0]
    assert not read(demo_store, kiosk.pin_is_set)
    assert form.pin.state.text().startswith("尚未设置")
    assert not form.pin.clear_button.isEnabled()


def png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    assert image.save(str(path), "PNG")
    return path


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "图片 (*.png *.jpg *.jpeg)"))


def test_manager_chooses_a_photo_and_removes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_tab: OpenTab, manager: Actor,
        demo_store: Store, settle: Settle, answer_yes: list[str]) -> None:
    form = open_form(open_tab, manager)
    assert form.photo.thumb.text() == "未设置照片"
    assert not form.photo.remove_button.isEnabled()
    photo = png(tmp_path / "经理.PNG")
    choose_file(monkeypatch, photo)
    form.photo.choose_button.click()
    settle()
    assert read(demo_store, kiosk.manager_photo) == (photo.read_bytes(), "image/png")
    assert not form.photo.thumb.pixmap().isNull()
    assert form.photo.status.text() == "照片已保存。"
    assert form.photo.remove_button.isEnabled()

    form.photo.remove_button.click()
    settle()
    assert len(answer_yes) == 1 and "移除项目经理照片" in answer_yes[0]
    assert read(demo_store, kiosk.manager_photo) is None
    assert form.photo.thumb.pixmap().isNull() and form.photo.thumb.text() == "未设置照片"


def test_a_file_that_is_not_a_picture_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_tab: OpenTab, manager: Actor,
        demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    fake = tmp_path / "photo.png"
    fake.write_text("not a picture")
    choose_file(monkeypatch, fake)
    form.photo.choose_button.click()
    settle()
    assert form.photo.error.isVisibleTo(form)
    assert form.photo.error.text() == "项目经理照片应为 JPG 或 PNG 图片，且不超过 2 MB。"
    assert read(demo_store, kiosk.manager_photo) is None

    choose_file(monkeypatch, png(tmp_path / "photo.gif"))  # a type the kiosk does not show
    form.photo.choose_button.click()
    settle()
    assert form.photo.error.text() == "项目经理照片应为 JPG 或 PNG 图片，且不超过 2 MB。"
    assert read(demo_store, kiosk.manager_photo) is None
