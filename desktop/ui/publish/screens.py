"""Disclosure-management screens for ``sunshine-desk screenshots``: the
disclosure-deadline board, the review list, a submitted record with its
review actions, and the editor on a correction of the latest published
common-income table (its computed money table below the form)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.ui.publish.publish_page import BOARD, REVIEW, PublishPage
from desktop.ui.worker import DbWorker, reading
from localdb.models import Record
from localdb.records import worklist
from localdb.records.states import RecordState
from localdb.records.worklist import WorkItem

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]


def latest_money(session: Session) -> WorkItem | None:
    """The latest published common-income table (the demo has twelve)."""
    rid = session.execute(
        select(Record.id).where(Record.state == RecordState.PUBLISHED.value,
                                Record.body_kind == "money_common_income")
        .order_by(Record.period_end.desc(), Record.id.desc()).limit(1)).scalar()
    return worklist.item(session, rid) if rid is not None else None


def render(page: PublishPage, window: QWidget, worker: DbWorker, settle: Settle, grab: Grab,
           out: Path) -> list[Path]:
    page.reload()
    settle()
    page.tabs.setCurrentIndex(BOARD)
    settle()
    written = [grab(window, out / "22-publish-board.png")]
    page.tabs.setCurrentIndex(REVIEW)
    settle()
    written.append(grab(window, out / "23-publish-review.png"))
    waiting = page.review.model_.item_at(0)
    if waiting is not None:
        page.open_item(waiting)
        settle()
        settle()
        dialog = page.record_dialog
        if dialog is not None:
            written.append(grab(dialog, out / "24-publish-record.png"))
            dialog.reject()
            settle()
    found: list[WorkItem | None] = []
    worker.run(reading(latest_money), found.append)
    settle()
    money = found[0] if found else None
    if money is not None:
        page.review_actions.correct(money)  # opens the editor on the new draft
        settle()
        settle()
        settle()
        editor = page.editor
        if editor is not None:
            editor.scroller.verticalScrollBar().setValue(editor.table.y() - 40)
            settle()
            written.append(grab(editor, out / "25-publish-editor-money.png"))
            editor.reject()
            settle()
    page.tabs.setCurrentIndex(0)
    settle()
    return written
