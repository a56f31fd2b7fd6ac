"""提出质疑 at the desk: stored with its number and a deadline five working days
on, which the dialog shows to tell the resident; bad input stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.questions.raise_dialog import RaiseQuestionDialog
from desktop.ui.worker import DbWorker
from localdb.complaints.queries import room_choices
from localdb.engine import Store
from localdb.roles import Actor
from tests.desktop.conftest import press, type_text
from tests.desktop.ui.questions.conftest import ASKED, DUE, TITLE, clock, stored_questions

Settle = Callable[[], None]


def open_dialog(qtbot: Any, worker: DbWorker, actor: Actor, record_id: int) -> RaiseQuestionDialog:
    dialog = RaiseQuestionDialog(worker, actor, record_id, TITLE, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # offscreen leaves no window active; shortcuts need one
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_question_is_stored_with_its_number_and_five_working_day_deadline(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor,
        record_id: int) -> None:
    with demo_store.read() as s:
        room = room_choices(s, "1-1-101", limit=1)[0]
    dialog = open_dialog(qtbot, worker, clerk, record_id)
    raised: list[Any] = []
    dialog.raised.connect(raised.append)
    dialog.room.set_choice(room)
    type_text(dialog.phone, "13812345678")
    type_text(dialog.text, "电梯费为什么比去年高？")
    press(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()

    [q] = stored_questions(demo_store)
    assert (q.record_id, q.room_id, q.phone, q.text, q.channel) == (
        record_id, room.room_id, "13812345678", "电梯费为什么比去年高？", "desk")
    assert q.asked_at == ASKED and q.answer_due == DUE
    assert q.number == "ZY20260930-0001" and q.created_by == clerk.user_id
    # The dialog now tells the resident the number and the deadline, and saves no more.
    assert dialog.outcome.isVisible()
    assert "ZY20260930-0001" in dialog.outcome.text()
    assert "2026-10-13 18:00" in dialog.outcome.text()
    assert not dialog.save.isVisible() and not dialog.form_box.isEnabled()
    assert [r.number for r in raised] == ["ZY20260930-0001"]
    dialog.submit()
    settle()
    assert len(stored_questions(demo_store)) == 1


def test_bad_phone_and_empty_text_are_refused_under_their_fields(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor,
        record_id: int) -> None:
    dialog = open_dialog(qtbot, worker, clerk, record_id)
    dialog.submit()
    settle()
    _widget, text_error = dialog.errors._fields["质疑内容"]
    assert text_error.isVisible() and "质疑内容" in text_error.text()

    type_text(dialog.text, "停车收益去了哪里？")
    type_text(dialog.phone, "12345")
    dialog.submit()
    settle()
    _widget, phone_error = dialog.errors._fields["联系电话"]
    assert phone_error.isVisible() and "格式不正确" in phone_error.text()
    assert dialog.text.toPlainText() == "停车收益去了哪里？"  # nothing typed is lost

    dialog.phone.clear()
    type_text(dialog.room, "不存在的房号")
    dialog.submit()
    settle()
    _widget, room_error = dialog.errors._fields["房号"]
    assert room_error.isVisible() and "找不到房号" in room_error.text()
    assert stored_questions(demo_store) == []

    dialog.room.clear()  # room and phone are optional
    dialog.submit()
    settle()
    [q] = stored_questions(demo_store)
    assert (q.room_id, q.phone, q.text) == (None, "", "停车收益去了哪里？")
