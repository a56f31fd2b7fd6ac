"""The 质疑 list: open questions first with answer countdowns tinted like the
desk's; answering through the dialog; a manager shows an answer at the query
desk (and stops it); desk staff answer but cannot show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from desktop.ui.desk.desk_model import BACKGROUND
from desktop.ui.questions import question_model as qm
from desktop.ui.questions.answer_dialog import AnswerDialog
from desktop.ui.questions.panel import QuestionsPanel
from desktop.ui.worker import DbWorker
from localdb import questions
from localdb.complaints.alerts import ClockState
from localdb.engine import Store
from localdb.errors import PermissionDenied
from localdb.roles import Actor
from tests.desktop.conftest import type_text
from tests.desktop.ui.questions.conftest import ASKED, DUE, stored_questions

Settle = Callable[[], None]


def ask(store: Store, actor: Actor, record_id: int, text: str, *, days_ago: int = 0) -> int:
    with store.write() as s:
        qid, _n, _due = questions.raise_question(s, actor, record_id, None, "13812345678", text, "desk",
                                                 ASKED - timedelta(days=days_ago))
    return qid


def make_panel(qtbot: Any, worker: DbWorker, actor: Actor, settle: Settle,
               now: Callable[[], Any]) -> QuestionsPanel:
    panel = QuestionsPanel(worker, actor, now)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    settle()
    return panel


def answer_through_dialog(qtbot: Any, panel: QuestionsPanel, settle: Settle, text: str, *,
                          show: bool | None = None) -> bool:
    """Answer the selected question; whether the dialog offered to show the answer."""
    panel.answer_selected()
    dialog = panel.dialog
    assert isinstance(dialog, AnswerDialog)
    dialog.answer.clear()
    type_text(dialog.answer, text)
    offered = dialog.shown.isVisibleTo(dialog)
    if show is not None:
        dialog.shown.setChecked(show)
    dialog.submit()
    settle()
    assert panel.dialog is None  # saved and closed
    return offered


def test_open_questions_come_first_with_tinted_countdowns(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor,
        record_id: int) -> None:
    late = ask(demo_store, clerk, record_id, "上个月的停车收益为何没公示？", days_ago=20)
    fresh = ask(demo_store, clerk, record_id, "电梯费为什么比去年高？")
    panel = make_panel(qtbot, worker, clerk, settle, lambda: ASKED + timedelta(hours=1))
    counts: list[tuple[int, int]] = []
    panel.counted.connect(lambda n, over: counts.append((n, over)))
    panel.reload()
    settle()
    model = panel.model_
    assert [r.id for r in model.rows] == [late, fresh]  # the nearest deadline first
    assert counts[-1] == (2, 1)
    assert panel.summary.text() == "未答复 2 件，其中已超过答复期限 1 件"
    over = model.index(0, qm.COL_CLOCK)
    assert str(model.data(over)).startswith("超时 ")
    assert model.data(over, 8).color().name() == BACKGROUND[ClockState.OVERDUE]  # BackgroundRole
    left = model.index(1, qm.COL_CLOCK)
    assert model.data(left) == "剩 13天"  # to Oct 13 18:00, hours no longer shown past a week
    assert model.data(model.index(1, qm.COL_STATE)) == "未答复"
    assert DUE - (ASKED + timedelta(hours=1)) == timedelta(days=13, hours=7)


def test_desk_staff_answer_but_cannot_show_an_answer(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor,
        record_id: int) -> None:
    qid = ask(demo_store, clerk, record_id, "停车收益去了哪里？")
    panel = make_panel(qtbot, worker, clerk, settle, lambda: ASKED + timedelta(days=1))
    assert not panel.show_button.isVisibleTo(panel)
    offered = answer_through_dialog(qtbot, panel, settle, "停车收益已计入共有部分经营收益，见十月收支表。")
    assert not offered
    [q] = stored_questions(demo_store)
    assert q.answer == "停车收益已计入共有部分经营收益，见十月收支表。"
    assert q.answered_by == clerk.user_id and not q.shown_publicly
    panel.toggle_shown()  # not offered; and doing it anyway changes nothing
    settle()
    assert not stored_questions(demo_store)[0].shown_publicly
    with pytest.raises(PermissionDenied), demo_store.write() as s:
        questions.set_shown(s, clerk, qid, True, ASKED)


def test_manager_answers_shows_and_hides_an_answer(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, manager: Actor, clerk: Actor,
        record_id: int) -> None:
    qid = ask(demo_store, clerk, record_id, "电梯费为什么比去年高？")
    panel = make_panel(qtbot, worker, manager, settle, lambda: ASKED + timedelta(days=1))
    assert panel.show_button.isVisibleTo(panel) and not panel.show_button.isEnabled()  # not answered yet
    assert answer_through_dialog(qtbot, panel, settle, "电梯年检费用上调，详见收费标准说明。", show=True)
    [q] = stored_questions(demo_store)
    assert q.answer == "电梯年检费用上调，详见收费标准说明。" and q.shown_publicly

    # The answered question stays in the list, after the open ones, with its flag.
    row = panel.model_.row_of(qid)
    assert row is not None and panel.selected() is not None and panel.selected().id == qid  # type: ignore[union-attr]
    assert panel.model_.data(panel.model_.index(row, qm.COL_CLOCK)) == "已答复"
    assert panel.model_.data(panel.model_.index(row, qm.COL_STATE)) == "王强答复，已公开"
    assert panel.show_button.isEnabled() and panel.show_button.isChecked()
    panel.show_button.click()  # stop showing it
    settle()
    assert not stored_questions(demo_store)[0].shown_publicly
    assert not panel.show_button.isChecked()
    panel.show_button.click()
    settle()
    assert stored_questions(demo_store)[0].shown_publicly
