"""A resident questions a record at the kiosk: room on the number pad, text
typed, stored as a kiosk question with its deadline, which the screen shows
with the reference number; a bad room is refused on the form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.ui.kiosk.window import KioskWindow
from desktop.ui.query import labels
from localdb.engine import Store
from localdb.models import RecordQuestion
from tests.desktop.conftest import type_text
from tests.localdb.kiosk.bait import Bait


def _open_form(kiosk: KioskWindow, bait: Bait, wait: Callable[[], None]) -> None:
    kiosk.show_record(bait.document_id)
    wait()
    kiosk.record.ask_button.click()
    assert kiosk.current() == "ask"


def test_a_question_is_stored_with_its_deadline(qtbot: Any, store: Store, bait: Bait, kiosk: KioskWindow,
                                                wait: Callable[[], None]) -> None:
    _open_form(kiosk, bait, wait)
    form = kiosk.ask
    form.building.setCurrentIndex(1)
    qtbot.mouseClick(form.room, Qt.MouseButton.LeftButton)
    for key in "1502":
        form.keypad.buttons[key].click()  # type: ignore[attr-defined]
    form.keypad.target = form.phone
    for key in "13912345678":
        form.keypad.buttons[key].click()  # type: ignore[attr-defined]
    type_text(form.text, "装修公告的时间与实际不符")
    with qtbot.waitSignal(kiosk.shown, check_params_cb=lambda name: name == "asked", timeout=10_000):
        form.send.click()
    with store.read() as s:
        q = s.execute(select(RecordQuestion).where(RecordQuestion.channel == "kiosk")
                      .order_by(RecordQuestion.id.desc())).scalars().first()
    assert q is not None and q.record_id == bait.document_id and q.text == "装修公告的时间与实际不符"
    assert q.phone == "13912345678" and q.room_id is not None and q.answer_due > q.asked_at
    assert q.number in form.result.text() and labels.local_time(q.answer_due) in form.result.text()
    assert "13912345678" not in form.result.text() and form.phone.text() == ""


def test_an_unknown_room_is_refused_on_the_form(qtbot: Any, bait: Bait, kiosk: KioskWindow,
                                                wait: Callable[[], None]) -> None:
    _open_form(kiosk, bait, wait)
    kiosk.ask.room.setText("9999")
    type_text(kiosk.ask.text, "问题")
    kiosk.ask.send.click()
    wait()
    assert kiosk.ask.error.isVisible() and "9999" in kiosk.ask.error.text()
    assert kiosk.ask.send.isEnabled() and not kiosk.ask.result.isVisible()
