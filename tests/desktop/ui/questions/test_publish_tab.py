"""公开管理 → 质疑: the tab counts what is unanswered and late; 查看记录 opens
the questioned record in 公开管理's record dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from desktop.ui.publish.publish_page import PublishPage
from desktop.ui.questions.publish_tab import add_questions_tab
from desktop.ui.worker import DbWorker
from localdb import questions
from localdb.engine import Store
from localdb.roles import Actor
from tests.desktop.ui.questions.conftest import ASKED

Settle = Callable[[], None]


def test_questions_tab_counts_and_opens_the_record(
        qtbot: Any, worker: DbWorker, settle: Settle, demo_store: Store, clerk: Actor, manager: Actor,
        record_id: int) -> None:
    with demo_store.write() as s:
        for days_ago in (0, 10):
            questions.raise_question(s, clerk, record_id, None, "", "停车收益去了哪里？", "desk",
                                     ASKED - timedelta(days=days_ago))
    page = PublishPage(worker, manager, now=lambda: ASKED)
    qtbot.addWidget(page)
    panel = add_questions_tab(page, worker, manager, lambda: ASKED)
    page.resize(1100, 700)
    page.show()
    settle()
    index = page.tabs.indexOf(panel)
    assert index == page.tabs.count() - 1
    assert page.tabs.tabText(index) == "质疑（2，超时 1）"
    page.tabs.setCurrentIndex(index)
    panel.record_button.click()
    settle()
    settle()
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible() and dialog.item.id == record_id
