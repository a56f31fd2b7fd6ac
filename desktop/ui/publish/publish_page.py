"""公开管理: the tabs 草稿 / 待审核 / 已发布 / 公开时限.

Ctrl+N starts a record, Enter opens the selected one (a draft in the editor,
anything else read-only with its review actions), Del discards a draft after
asking. Every read and write goes through the DbWorker; a write that changed
records (``Changes.records``) reloads the lists and the board."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.ui import errors
from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.guard import guard
from desktop.ui.publish.actions import ReviewActions
from desktop.ui.publish.board import BoardTab
from desktop.ui.publish.editor import RecordEditor
from desktop.ui.publish.editor_data import Catalogue, Prefill, load_catalogue
from desktop.ui.publish.lists import DraftsTab, PublishedTab, ReviewTab
from desktop.ui.publish.record_dialog import RecordDialog
from desktop.ui.publish.style import PUBLISH_STYLE
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.disclosure import schedule
from localdb.disclosure.schedule import BoardRow, BoardState
from localdb.records import worklist
from localdb.records.states import RecordState
from localdb.records.worklist import PublishedFilter, PublishedList, WorkItem
from localdb.roles import Actor, Permission

DRAFTS, REVIEW, PUBLISHED, BOARD = range(4)
POLL_MS = 60_000


@dataclass(frozen=True)
class _Lists:
    drafts: list[WorkItem]
    waiting: list[WorkItem]
    published: PublishedList


def _load_lists(session: Session, author_id: int | None, f: PublishedFilter) -> _Lists:
    return _Lists(worklist.drafts(session, author_id), worklist.waiting(session),
                  worklist.published(session, f))


class PublishPage(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, now: Now = wall_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishPage")
        self.setStyleSheet(PUBLISH_STYLE)
        self._worker = worker
        self._actor = actor
        self._now = now
        self.catalogue: Catalogue | None = None
        # Editors asked for before the catalogue arrived.
        self._pending: list[tuple[int | None, Prefill | None]] = []
        self.editor: RecordEditor | None = None
        self.record_dialog: RecordDialog | None = None
        self.lists: _Lists | None = None
        can_edit = actor.can(Permission.EDIT_RECORDS)
        can_review = actor.can(Permission.PUBLISH_RECORDS)

        self.title = QLabel(self.tr("公开管理"))
        self.title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("新建公开记录（Ctrl+N）"))
        self.new_button.setAutoDefault(False)
        self.new_button.setVisible(can_edit)
        self.new_button.clicked.connect(lambda: self.new_record())
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.new_button)
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.drafts = DraftsTab()
        self.review = ReviewTab(can_review)
        self.published = PublishedTab(can_edit, can_review)
        self.board = BoardTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.drafts, self.tr("草稿"))
        self.tabs.addTab(self.review, self.tr("待审核"))
        self.tabs.addTab(self.published, self.tr("已发布"))
        self.tabs.addTab(self.board, self.tr("公开时限"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 8, 20, 12)
        lay.addLayout(header)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)

        self.review_actions = ReviewActions(worker, actor, now, self)
        self.review_actions.message.connect(self.show_message)
        self.review_actions.correction_started.connect(lambda rid: self.edit(rid))
        self.drafts.new_requested.connect(lambda: self.new_record())
        self.drafts.opened.connect(self.open_item)
        self.drafts.discard_requested.connect(lambda item: self.review_actions.discard(item))
        self.review.opened.connect(self.open_item)
        self.review.publish_requested.connect(lambda item: self.review_actions.publish(item))
        self.review.return_requested.connect(lambda item: self.review_actions.return_to_author(item))
        self.published.opened.connect(self.open_item)
        self.published.correct_requested.connect(lambda item: self.review_actions.correct(item))
        self.published.withdraw_requested.connect(lambda item: self.review_actions.withdraw(item))
        self.published.filter_changed.connect(self.reload_lists)
        self.board.opened.connect(self.open_board_row)
        self.board.counted.connect(self._board_counted)
        self.tabs.currentChanged.connect(lambda _i: self.message.hide())

        if can_edit:
            QShortcut(QKeySequence.StandardKey.New, self).activated.connect(lambda: self.new_record())
        worker.changed.connect(self._on_changed)  # dropped with self
        # Other PCs of the centre write to the same server without telling this worker.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_now)
        self._poll.start()
        self._load_catalogue()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.reload_lists()
        self.reload_board()

    def reload_lists(self) -> None:
        author, f = self._actor.user_id, self.published.filter()
        self._worker.run(reading(lambda s: _load_lists(s, author, f)), guard(self, self._show_lists),
                         guard(self, self._failed))

    def _show_lists(self, lists: _Lists) -> None:
        self.lists = lists
        self.drafts.set_items(lists.drafts)
        self.review.set_items(lists.waiting)
        self.published.set_list(lists.published)
        returned = sum(1 for d in lists.drafts if d.returned_reason)
        self.tabs.setTabText(DRAFTS, self.tr("草稿（{n}）").format(n=len(lists.drafts)) if not returned
                             else self.tr("草稿（{n}，退回 {r}）").format(n=len(lists.drafts), r=returned))
        self.tabs.setTabText(REVIEW, self.tr("待审核（{n}）").format(n=len(lists.waiting)))

    def reload_board(self) -> None:
        today = schedule.local_today(self._now())
        self._worker.run(reading(lambda s: schedule.board(s, today)),
                         guard(self, lambda rows: self.board.set_rows(rows, self.tr("今天 {day}").format(
                             day=today.isoformat()))), guard(self, self._failed))

    def _board_counted(self, overdue: int) -> None:
        self.tabs.setTabText(BOARD, self.tr("公开时限（逾期 {n}）").format(n=overdue) if overdue
                             else self.tr("公开时限"))

    def _load_catalogue(self) -> None:
        self._worker.run(reading(load_catalogue), guard(self, self._show_catalogue),
                         guard(self, self._failed))

    def _show_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.published.set_categories(catalogue.categories)
        pending, self._pending = self._pending, []
        for record_id, prefill in pending:
            self._open_editor(record_id, prefill)

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalogue:
            self._load_catalogue()
        if changes.records or changes.catalogue:
            self.reload()

    def _poll_now(self) -> None:
        if self.isVisible():
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.show_message(errors.message(exc), True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().polish(self.message)
        self.message.show()

    def show_board(self) -> None:
        """The disclosure-deadline board (the desk's overdue banner opens it)."""
        self.tabs.setCurrentIndex(BOARD)
        self.board.table.setFocus()

    # -- opening ------------------------------------------------------------------------
    def new_record(self, prefill: Prefill | None = None) -> None:
        """Ctrl+N: the editor on a new draft."""
        if self._actor.can(Permission.EDIT_RECORDS):
            self._open_editor(None, prefill)

    def edit(self, record_id: int) -> None:
        self._open_editor(record_id, None)

    def _open_editor(self, record_id: int | None, prefill: Prefill | None) -> None:
        if self.editor is not None:  # one at a time: finish (or close) that one first
            self.editor.raise_()
            self.editor.activateWindow()
            return
        if self.catalogue is None:
            self._pending.append((record_id, prefill))
            return
        editor = RecordEditor(self._worker, self._actor, self.catalogue, self._now, record_id, prefill, self)
        self.editor = editor
        editor.submitted.connect(self._submitted)
        editor.finished.connect(lambda _code: self._editor_closed(editor))
        editor.open()

    def _editor_closed(self, editor: RecordEditor) -> None:
        if self.editor is editor:
            self.editor = None
        if editor.record_id is not None and editor.result() != RecordEditor.DialogCode.Accepted:
            self.tabs.setCurrentIndex(DRAFTS)
            self.drafts.table.select_id(editor.record_id)
        editor.deleteLater()

    def _submitted(self, record_id: int) -> None:
        self.show_message(self.tr("已提交审核，等待项目经理发布。"))
        self.tabs.setCurrentIndex(REVIEW)
        self.review.table.select_id(record_id)

    def open_item(self, item: WorkItem) -> None:
        """Enter on a list: a draft opens in the editor, anything else read-only."""
        if item.state == RecordState.DRAFT.value:
            self.edit(item.id)
            return
        if self.record_dialog is not None:
            self.record_dialog.close()
        dialog = RecordDialog(self._worker, self._actor, self.review_actions, item, self)
        self.record_dialog = dialog
        dialog.open_other.connect(self.open_record_id)
        dialog.finished.connect(lambda _code: self._record_closed(dialog))
        dialog.open()

    def _record_closed(self, dialog: RecordDialog) -> None:
        if self.record_dialog is dialog:
            self.record_dialog = None
        dialog.deleteLater()

    def open_record_id(self, record_id: int) -> None:
        self._worker.run(reading(lambda s: worklist.item(s, record_id)), guard(self, self.open_item),
                         guard(self, self._failed))

    def open_board_row(self, row: BoardRow) -> None:
        """An item of the board: its last record when this period is published;
        otherwise the draft already started for the period, or a new one."""
        if row.state == BoardState.PUBLISHED.value and row.last_record_id is not None:
            self.open_record_id(row.last_record_id)
            return
        code, start, end = row.item_code, row.period_start, row.period_end

        def found(open_record: tuple[int, str] | None) -> None:
            if open_record is None:
                self.new_record(Prefill(category_code=row.category_code, item_code=code,
                                        period_start=start, period_end=end))
            else:
                self.open_record_id(open_record[0])

        self._worker.run(reading(lambda s: worklist.open_record_for(s, code, start, end)),
                         guard(self, found), guard(self, self._failed))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.tabs.currentWidget()
        table = getattr(current, "table", None)
        if isinstance(table, QWidget):
            table.setFocus()
