"""The intake form: the service's validation shown under each field with
nothing typed lost and nothing saved; drafts; photos; the repeat hint."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desktop.ui.desk.countdown import wall_clock
from desktop.ui.desk.guard import alive
from desktop.ui.desk.intake_panel import IntakeDialog
from desktop.ui.worker import DbWorker
from localdb.complaints import queries
from localdb.engine import Store
from localdb.models import Blob, Complaint, ComplaintDraft, ComplaintPhoto
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for, type_text
from tests.desktop.ui.desk.helpers import add_complaint, count_complaints

ROOM = "1-1-101"


@pytest.fixture
def clerk(demo_store: Store, admin: Actor) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


@pytest.fixture
def open_dialog(qtbot: Any, worker: DbWorker, demo_store: Store,
                clerk: Actor) -> Iterator[Any]:
    made: list[IntakeDialog] = []

    def make() -> IntakeDialog:
        with demo_store.read() as s:
            categories = queries.categories(s)
        dialog = IntakeDialog(worker, clerk, categories, wall_clock)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not worker.busy)
        made.append(dialog)
        return dialog

    yield make
    # Close them while the worker still runs: closing saves the draft through it.
    for dialog in made:
        if alive(dialog):
            dialog.reject()
    qtbot.waitUntil(lambda: not worker.busy)


def pick_room(demo_store: Store, dialog: IntakeDialog, text: str = ROOM) -> None:
    with demo_store.read() as s:
        choice = queries.room_choices(s, text)[0]
    dialog.room.set_choice(choice)
    dialog.room.chosen.emit(choice)


def choose_category(dialog: IntakeDialog, name: str = "公共设施报修") -> None:
    dialog.category.setCurrentIndex(next(
        i for i in range(dialog.category.count()) if dialog.category.itemText(i).startswith(name)))


def error_under(dialog: IntakeDialog, field: str) -> QLabel:
    return dialog.errors._fields[field][1]


def test_empty_description_is_refused_under_its_field(
    qtbot: Any, worker: DbWorker, demo_store: Store, open_dialog: Any
) -> None:
    dialog = open_dialog()
    pick_room(demo_store, dialog)
    choose_category(dialog)
    type_text(dialog.phone, "")
    before = count_complaints(demo_store)
    dialog.submit()
    label = error_under(dialog, "问题描述")
    qtbot.waitUntil(label.isVisible)
    assert label.text() == "请填写“问题描述”。"
    assert dialog.isVisible() and dialog.room.text() == "1栋-1单元-101" and dialog.contact.text()
    assert dialog.description.hasFocus()
    assert count_complaints(demo_store) == before


def test_overlong_description_is_refused_and_kept(
    qtbot: Any, worker: DbWorker, demo_store: Store, open_dialog: Any
) -> None:
    dialog = open_dialog()
    pick_room(demo_store, dialog)
    choose_category(dialog)
    text = "漏水" * 10_000  # 20,000 characters
    dialog.description.setPlainText(text)
    before = count_complaints(demo_store)
    dialog.submit()
    label = error_under(dialog, "问题描述")
    qtbot.waitUntil(label.isVisible)
    assert label.text() == "“问题描述”不能超过 2000 个字。"
    assert dialog.description.toPlainText() == text
    assert count_complaints(demo_store) == before


def test_malformed_phone_is_refused_and_kept(
    qtbot: Any, worker: DbWorker, demo_store: Store, open_dialog: Any
) -> None:
    dialog = open_dialog()
    pick_room(demo_store, dialog)
    choose_category(dialog)
    type_text(dialog.description, "门禁刷卡没反应")
    dialog.phone.clear()
    type_text(dialog.phone, "1380013")
    before = count_complaints(demo_store)
    dialog.submit()
    label = error_under(dialog, "联系电话")
    qtbot.waitUntil(label.isVisible)
    assert "1380013" in label.text() and "格式不正确" in label.text()
    assert dialog.phone.text() == "1380013" and dialog.description.toPlainText() == "门禁刷卡没反应"
    assert dialog.save.isEnabled()
    assert count_complaints(demo_store) == before


def test_room_typed_but_not_picked_and_no_category(
    qtbot: Any, worker: DbWorker, demo_store: Store, open_dialog: Any
) -> None:
    dialog = open_dialog()
    type_text(dialog.room, "9-9-999")
    type_text(dialog.description, "噪音")
    dialog.submit()
    room = error_under(dialog, "room")
    qtbot.waitUntil(room.isVisible)
    assert "9-9-999" in room.text()
    dialog.room.clear()
    type_text(dialog.location, "中心花园")
    dialog.submit()
    category = error_under(dialog, "category")
    qtbot.waitUntil(category.isVisible)
    assert category.text() == "请选择投诉类别。"
    assert not room.isVisible()


def test_draft_survives_closing_and_reopening_then_saving_clears_it(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, open_dialog: Any
) -> None:
    dialog = open_dialog()
    pick_room(demo_store, dialog)
    choose_category(dialog)
    type_text(dialog.description, "地下车库B区排水沟堵塞")
    dialog.phone.clear()
    type_text(dialog.phone, "13800138000")
    dialog.reject()  # closing asks nothing and keeps the draft
    qtbot.waitUntil(lambda: not worker.busy)
    with demo_store.read() as s:
        assert s.get(ComplaintDraft, clerk.user_id) is not None

    again = open_dialog()
    qtbot.waitUntil(again.restored.isVisible)
    assert again.restored.text() == "已恢复上次未保存的草稿。"
    assert again.description.toPlainText() == "地下车库B区排水沟堵塞"
    assert again.room.text() == "1栋-1单元-101" and again.room.room_id() is not None
    assert again.phone.text() == "13800138000"
    assert again.category.currentText().startswith("公共设施报修")
    saved: list[int] = []
    again.saved.connect(saved.append)
    again.submit()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    qtbot.waitUntil(lambda: not worker.busy)
    with demo_store.read() as s:
        assert s.get(ComplaintDraft, clerk.user_id) is None
        c = s.get(Complaint, saved[0])
        assert c is not None and c.description == "地下车库B区排水沟堵塞"
        assert c.contact_phone == "13800138000" and c.room_id == again.room.room_id()


def test_draft_is_saved_after_a_pause_in_typing(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, open_dialog: Any
) -> None:
    dialog = open_dialog()
    type_text(dialog.description, "电梯按钮失灵")

    def stored() -> bool:
        with demo_store.read() as s:
            draft = s.get(ComplaintDraft, clerk.user_id)
            return draft is not None and "电梯按钮失灵" in draft.data

    qtbot.waitUntil(stored, timeout=4000)  # no close needed: a crash loses nothing


def test_repeat_hint_and_pasted_photo_are_saved(
    qtbot: Any, worker: DbWorker, demo_store: Store, clerk: Actor, open_dialog: Any
) -> None:
    earlier = add_complaint(demo_store, clerk, room=ROOM, description="卫生间渗水")
    dialog = open_dialog()
    pick_room(demo_store, dialog)
    qtbot.waitUntil(dialog.repeats.isVisible, timeout=4000)
    with demo_store.read() as s:
        number = s.get(Complaint, earlier).number  # type: ignore[union-attr]
    assert "近30天同户/同地点投诉" in dialog.repeats.text() and number in dialog.repeats.text()

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0a500"))
    QGuiApplication.clipboard().setImage(image)
    dialog.description.setFocus()
    from PySide6.QtCore import Qt

    qtbot.keyClick(dialog.description, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.photo_list.photos()) == 1
    assert dialog.photo_list.photos()[0].data.startswith(b"\x89PNG")
    choose_category(dialog, "房屋渗漏")
    type_text(dialog.description, "卫生间又渗水了")
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    with demo_store.read() as s:
        c = s.get(Complaint, saved[0])
        assert c is not None and c.repeat_of_id is not None
        sha = s.execute(select(ComplaintPhoto.sha256).where(
            ComplaintPhoto.complaint_id == c.id)).scalar_one()
        blob = s.get(Blob, sha)
        assert blob is not None and blob.mime == "image/png"
