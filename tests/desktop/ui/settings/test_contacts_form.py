"""Settings → 投诉渠道: a manager sets the 码上办 address and the complaint phones;
the QR preview follows what is typed; a bad value is refused under its field
and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.settings.contacts_form import ContactsForm
from localdb.demo import DEMO_CONTACTS
from localdb.engine import Store
from localdb.roles import Actor
from localdb.services.complaint_contacts import ComplaintContacts, get_contacts
from tests.desktop.conftest import type_text
from tests.desktop.ui.settings.conftest import OpenTab

Settle = Callable[[], None]
TAB = "投诉渠道"
NEW_URL = "https://mashangban.example.cn/q/jinjiang-yuan"


def open_form(open_tab: OpenTab, actor: Actor) -> ContactsForm:
    form = open_tab(actor, TAB)
    assert isinstance(form, ContactsForm)
    return form


def error_of(form: ContactsForm, field: str) -> str:
    _widget, label = form.errors._fields[field]
    return str(label.text()) if label.isVisibleTo(form) else ""


def stored(store: Store) -> ComplaintContacts:
    with store.read() as s:
        return get_contacts(s)


def retype(edit: Any, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def test_manager_saves_the_contacts_and_the_preview_follows_the_address(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    assert form.qr_url.text() == DEMO_CONTACTS.qr_url
    assert form.authority_name.text() == "武侯区住房和城乡建设局"
    assert not form.preview.pixmap().isNull()

    form.qr_url.clear()
    assert not form.preview.pixmap().isNull()  # redrawn once typing pauses, not at once
    qtbot.waitUntil(lambda: form.preview.text() == "未设置")
    assert form.preview.pixmap().isNull()

    type_text(form.qr_url, NEW_URL)
    qtbot.waitUntil(lambda: not form.preview.pixmap().isNull())
    assert form.preview.text() == ""
    retype(form.project_phone, "028-85550001")
    retype(form.company_phone, "13800138000")
    retype(form.authority_name, "锦江区住房和城乡建设局")
    retype(form.authority_phone, "028 8666 5555")
    qtbot.keyClick(form.authority_phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert stored(demo_store) == ComplaintContacts(
        qr_url=NEW_URL, project_phone="028-85550001", company_phone="13800138000",
        authority_phone="02886665555", authority_name="锦江区住房和城乡建设局")
    assert form.status.text() == "已保存。"
    assert form.authority_phone.text() == "02886665555"  # shown as stored (spaces dropped)

    form.qr_url.clear()
    form.save.click()
    settle()
    assert stored(demo_store).qr_url == ""
    qtbot.waitUntil(lambda: form.preview.text() == "未设置")
    assert form.preview.pixmap().isNull()


def test_a_bad_address_or_phone_is_shown_under_its_field_and_kept(
        qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, settle: Settle) -> None:
    form = open_form(open_tab, manager)
    retype(form.qr_url, "mashangban.example.cn/q/无协议")
    retype(form.authority_name, "锦江区住房和城乡建设局")
    form.save.click()
    settle()
    assert error_of(form, "码上办二维码网址") == (
        "网址“mashangban.example.cn/q/无协议”不正确：应以 http:// 或 https:// 开头，且不含空格。")
    assert form.qr_url.text() == "mashangban.example.cn/q/无协议"
    assert form.authority_name.text() == "锦江区住房和城乡建设局"
    assert form.status.text() == ""
    assert stored(demo_store) == DEMO_CONTACTS

    retype(form.qr_url, NEW_URL)
    retype(form.company_phone, "12345")
    form.save.click()
    settle()
    assert error_of(form, "码上办二维码网址") == ""  # the old error is gone
    assert error_of(form, "企业投诉电话").startswith("电话号码“12345”格式不正确")
    assert form.company_phone.text() == "12345"
    assert stored(demo_store) == DEMO_CONTACTS
