"""The 质疑 list: open questions first with their answer countdowns, then the
answered ones. Enter answers the selected question; a manager allows (or
stops) showing its answer with the record at the query desk."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.ui import errors
from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.desk.guard import guard
from desktop.ui.questions import question_model as qm
from desktop.ui.questions.answer_dialog import AnswerDialog
from desktop.ui.questions.question_model import QuestionModel
from desktop.ui.questions.style import QUESTIONS_STYLE
from desktop.ui.worker import DbWorker, reading, writing
from localdb import questions
from localdb.changes import Changes
from localdb.questions import QuestionRow
from localdb.roles import Actor, Permission

TICK_MS = 30_000
POLL_MS = 60_000
WIDTHS = {qm.COL_NUMBER: 140, qm.COL_CLOCK: 100, qm.COL_RECORD: 200, qm.COL_WHO: 150,
          qm.COL_ASKED: 90, qm.COL_STATE: 130}


def load_questions(session: Session, now: datetime, *, open_only: bool = False) -> list[QuestionRow]:
    """Open questions (nearest deadline first), then the answered ones."""
    rows = questions.open_questions(session, now)
    if not open_only:
        rows += questions.answered_questions(session, now)
    return rows


class QuestionsPanel(QWidget):
    #: (unanswered, of which past their deadline): for the tab's label.
    counted = Signal(int, int)
    #: The user asked to see a question's record.
    open_record = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now = wall_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsPanel")
        self.setStyleSheet(QUESTIONS_STYLE)
        self._worker = worker
        self._actor = actor
        self._now = now
        self._select: int | None = None
        self.dialog: AnswerDialog | None = None
        self.can_show = actor.can(Permission.SHOW_ANSWERS)

        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.open_only = QCheckBox(self.tr("只看未答复"))
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.answer_button = QPushButton(self.tr("答复（Enter）"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.answer_button.setVisible(actor.can(Permission.ANSWER_QUESTIONS))
        self.show_button = QPushButton(self.tr("在查询台公开此答复"))
        self.show_button.setCheckable(True)
        self.show_button.setToolTip(self.tr("答复经项目经理同意后，随记录在查询台展示"))
        self.show_button.clicked.connect(self.toggle_shown)
        self.show_button.setVisible(self.can_show)
        self.record_button = QPushButton(self.tr("查看记录"))
        self.record_button.clicked.connect(self._open_record)
        for b in (self.answer_button, self.show_button, self.record_button):
            b.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_only)
        bar.addWidget(self.record_button)
        bar.addWidget(self.show_button)
        bar.addWidget(self.answer_button)

        self.model_ = QuestionModel(now(), self)
        self.table = QTableView()
        self.table.setObjectName("questions")
        self.table.setModel(self.model_)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        for col, width in WIDTHS.items():
            self.table.setColumnWidth(col, width)
        # The question takes what is left; the others keep their widths.
        self.table.horizontalHeader().setSectionResizeMode(qm.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.answer_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel(self.tr("没有质疑。住户在查询台或前台对公开记录提出的质疑会列在这里。"))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()
        # Another PC (or the kiosk) may add questions without telling this worker.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: self.reload() if self.isVisible() else None)
        self._poll.start()
        worker.changed.connect(self._on_changed)  # dropped with self
        self._row_changed()
        self.reload()

    # -- data -------------------------------------------------------------------
    def reload(self) -> None:
        now, open_only = self._now(), self.open_only.isChecked()
        self._worker.run(reading(lambda s: (load_questions(s, now, open_only=open_only),
                                            questions.count_open(s, now))),
                         guard(self, lambda got: self._show(now, *got)), guard(self, self._failed))

    def _show(self, now: datetime, rows: list[QuestionRow], counts: tuple[int, int]) -> None:
        keep = self._select if self._select is not None else getattr(self.selected(), "id", None)
        self._select = None
        self.message.hide()
        self.model_.set_rows(rows, now)
        open_, late = counts
        self.summary.setText(self.tr("未答复 {n} 件，其中已超过答复期限 {late} 件").format(n=open_, late=late)
                             if open_ else self.tr("没有未答复的质疑"))
        self.empty.setVisible(not rows)
        row = self.model_.row_of(keep) if keep is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model_.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._row_changed()
        self.counted.emit(open_, late)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(errors.message(exc))
        self.message.show()

    def _on_changed(self, changes: Changes) -> None:
        if changes.questions or changes.records:
            self.reload()

    def tick(self) -> None:
        if self.isVisible():
            self.model_.tick(self._now())

    # -- selection --------------------------------------------------------------
    def selected(self) -> QuestionRow | None:
        index = self.table.currentIndex()
        rows = self.model_.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select_id(self, question_id: int) -> None:
        row = self.model_.row_of(question_id)
        if row is None:
            self._select = question_id  # when the list has it
            return
        self.table.selectRow(row)

    def _row_changed(self, *_args: QModelIndex) -> None:
        row = self.selected()
        self.answer_button.setEnabled(row is not None)
        self.record_button.setEnabled(row is not None)
        answered = row is not None and row.answered_at is not None
        self.show_button.setEnabled(answered)
        self.show_button.setChecked(row is not None and row.shown_publicly)
        self.show_button.setToolTip(
            self.tr("答复经项目经理同意后，随记录在查询台展示") if answered or row is None
            else self.tr("先答复，才能公开答复"))

    # -- commands ---------------------------------------------------------------
    def answer_selected(self) -> None:
        row = self.selected()
        if row is None or not self._actor.can(Permission.ANSWER_QUESTIONS):
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = AnswerDialog(self._worker, self._actor, row, self._now, self)
        self.dialog = dialog
        dialog.answered.connect(self._answered)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: AnswerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _answered(self, question_id: int) -> None:
        self._select = question_id
        self.reload()

    def toggle_shown(self) -> None:
        """在查询台公开此答复 (managers): flips what the selected row shows."""
        row = self.selected()
        if row is None or not self.can_show or row.answered_at is None:
            self._row_changed()
            return
        actor, qid, shown, now = self._actor, row.id, not row.shown_publicly, self._now()
        self._select = qid
        self._worker.write(writing(lambda s: questions.set_shown(s, actor, qid, shown, now)),
                           None, guard(self, self._toggle_failed))

    def _toggle_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        self._row_changed()

    def _open_record(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_record.emit(row.record_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model_.tick(self._now())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
