"""The rows of the 质疑 list: open questions first (nearest deadline on top),
then the answered ones; the answer deadline counts down like the desk's clocks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.ui.desk import labels as desk_labels
from desktop.ui.desk.desk_model import BACKGROUND, FOREGROUND
from desktop.ui.questions.labels import AnswerClock, answer_clock, due_text
from localdb.complaints.alerts import ClockState
from localdb.questions import QuestionRow

(COL_NUMBER, COL_CLOCK, COL_RECORD, COL_WHO, COL_TEXT, COL_ASKED, COL_STATE) = range(7)
CLOCK_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
               Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole]
AnyIndex = QModelIndex | QPersistentModelIndex


def _line(text: str) -> str:
    return " ".join(text.split())


class QuestionModel(QAbstractTableModel):
    def __init__(self, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QuestionRow] = []
        self._now = now
        self._clocks: dict[int, AnswerClock] = {}
        self._bg = {state: QBrush(QColor(c)) for state, c in BACKGROUND.items()}
        self._fg = {state: QBrush(QColor(c)) for state, c in FOREGROUND.items()}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [self.tr("编号"), self.tr("答复期限"), self.tr("质疑的记录"), self.tr("住户"),
                         self.tr("质疑内容"), self.tr("提出时间"), self.tr("答复")]

    def set_rows(self, rows: list[QuestionRow], now: datetime) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._now = now
        self._clocks.clear()
        self.endResetModel()

    def row_of(self, question_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == question_id), None)

    def tick(self, now: datetime) -> None:
        """Move the countdowns on; repaint the cells whose text or tint changed."""
        self._now = now
        for i, row in enumerate(self.rows):
            old = self._clocks.get(row.id)
            if old != answer_clock(row, now):
                self._clocks.pop(row.id, None)
                index = self.index(i, COL_CLOCK)
                self.dataChanged.emit(index, index, CLOCK_ROLES)

    def clock(self, row: QuestionRow) -> AnswerClock:
        found = self._clocks.get(row.id)
        if found is None:
            found = self._clocks[row.id] = answer_clock(row, self._now)
        return found

    # -- Qt ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if col == COL_CLOCK:
            return self._clock_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TEXT, COL_STATE, COL_RECORD, COL_WHO):
            return self._tip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and row.answered_at is not None and col != COL_STATE:
            return QBrush(QColor("#52606d"))
        return None

    def _text(self, row: QuestionRow, col: int) -> str:
        if col == COL_NUMBER:
            return row.number
        if col == COL_RECORD:
            return row.record_title
        if col == COL_WHO:
            return "　".join(p for p in (row.room, row.phone) if p) or "—"
        if col == COL_TEXT:
            return _line(row.text)
        if col == COL_ASKED:
            return desk_labels.local_short(row.asked_at)
        if row.answered_at is None:
            return self.tr("未答复")
        shown = self.tr("已公开") if row.shown_publicly else self.tr("未公开")
        who = row.answered_by or self.tr("已")  # 已答复 when the answerer's account is gone
        return self.tr("{answerer}答复，{shown}").format(answerer=who, shown=shown)

    def _tip(self, row: QuestionRow, col: int) -> str | None:
        if col == COL_STATE and row.answered_at is not None:
            shown = self.tr("答复已在查询台随记录公开") if row.shown_publicly else self.tr("答复未公开")
            return self.tr("{at} 答复：{answer}\n{shown}").format(
                at=desk_labels.local_full(row.answered_at), answer=row.answer, shown=shown)
        text = {COL_TEXT: row.text, COL_RECORD: row.record_title, COL_WHO: self._text(row, COL_WHO)}.get(col)
        return text or None

    def _clock_data(self, row: QuestionRow, role: int) -> Any:
        clock = self.clock(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return clock.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._bg.get(clock.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._fg.get(clock.state)
        if role == Qt.ItemDataRole.FontRole and clock.state is ClockState.OVERDUE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("截止 {due}").format(due=due_text(row.answer_due, row.unconfirmed_calendar))
        return None
