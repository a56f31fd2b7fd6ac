"""The query desk's record view offers 提出质疑 on a public version: the dialog
opens on that record and the question is stored against it; a draft offers
nothing to question; a raised question shows once answered and allowed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from desktop.ui.query.record_view import RecordView
from desktop.ui.questions.raise_dialog import RaiseQuestionDialog
from desktop.ui.questions.record_hook import attach_question_button
from desktop.ui.worker import DbWorker, writing
from localdb import questions
from localdb.engine import Store
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from tests.desktop.conftest import type_text
from tests.desktop.ui.questions.conftest import ASKED, DUE, TITLE, clock, stored_questions

Settle = Callable[[], None]


def make_view(qtbot: Any, worker: DbWorker, actor: Actor) -> tuple[RecordView, Any]:
    view = RecordView(worker)
    qtbot.addWidget(view)
    hook = attach_question_button(view, worker, actor, clock)
    view.resize(1000, 700)
    view.show()
    return view, hook


def test_raise_a_question_from_the_record_view(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor, manager: Actor,
        record_id: int) -> None:
    view, hook = make_view(qtbot, worker, clerk)
    assert hook is not None and not hook.button.isEnabled()  # nothing shown yet
    view.show_record(record_id)
    settle()
    assert hook.button.isVisible() and hook.button.isEnabled()
    hook.button.click()
    dialog = hook.dialog
    assert isinstance(dialog, RaiseQuestionDialog)
    assert dialog.record_id == record_id and dialog.record.text() == TITLE
    type_text(dialog.text, "收费标准里的车位管理费依据是什么？")
    dialog.submit()
    settle()
    [q] = stored_questions(demo_store)
    assert (q.record_id, q.text, q.answer_due) == (record_id, "收费标准里的车位管理费依据是什么？", DUE)
    dialog.accept()
    settle()
    assert hook.dialog is None

    # Answered, then allowed by a manager (on another screen): the record view shows it
    # under 质疑与答复 without being asked to.
    assert not view.questions.isVisible()
    with demo_store.write() as s:
        questions.answer(s, clerk, q.id, "依据市发改委备案的收费标准。", ASKED + timedelta(days=1))
    worker.write(writing(lambda s: questions.set_shown(s, manager, q.id, True, ASKED + timedelta(days=1))))
    settle()
    settle()
    assert view.questions.isVisible() and "依据市发改委备案的收费标准。" in view.questions.text()


def test_a_draft_cannot_be_questioned(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor) -> None:
    with demo_store.write() as s:
        rid = lifecycle.create_draft(s, clerk, RecordDraft(
            category_code="rules", subcategory_code="procedures", title="装修管理规定"), ASKED)
    view, hook = make_view(qtbot, worker, clerk)
    view.show_record(rid)
    settle()
    assert hook is not None and not hook.button.isEnabled()
    hook.open_dialog()
    assert hook.dialog is None
