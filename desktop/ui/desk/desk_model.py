"""The desk's complaint list as a table model (as Anki's browser table).

It holds only the ids, in the order a query gave them (most urgent first);
rows are fetched through the worker in blocks when the view first asks for
them, and cached by id. Countdowns are computed from the cached due times and
the ``now`` the model holds, so a once-a-second ``tick`` touches no database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Countdown, resolution_countdown, response_countdown
from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading
from localdb.complaints import queries
from localdb.complaints.alerts import ClockState
from localdb.complaints.queries import DeskRow
from localdb.deadlines import Urgency

log = logging.getLogger(__name__)

IdSource = Callable[[Session], list[int]]
Index = QModelIndex | QPersistentModelIndex

BLOCK = 200
ID_ROLE = Qt.ItemDataRole.UserRole
(COL_NUMBER, COL_STATUS, COL_CHANNEL, COL_CATEGORY, COL_PLACE, COL_SUMMARY,
 COL_RESPONSE, COL_RESOLUTION, COL_HANDLER) = range(9)
COUNTDOWN_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                   Qt.ItemDataRole.ToolTipRole]

#: Calm colours: tinted cells with dark text, readable on any screen.
BACKGROUND = {ClockState.WARNING: "#fff4d6", ClockState.OVERDUE: "#fde2e1",
              ClockState.PAUSED: "#eef2f7"}
FOREGROUND = {ClockState.WARNING: "#7a4b00", ClockState.OVERDUE: "#9b1c1c",
              ClockState.PAUSED: "#52606d", ClockState.MET: "#2f6f3e",
              ClockState.MISSED: "#9b1c1c"}


class ComplaintTableModel(QAbstractTableModel):
    #: The ids were (re)loaded; carries how many there are.
    loaded = Signal(int)
    #: A query failed; carries the exception.
    failed = Signal(object)

    def __init__(self, worker: DbWorker, source: IdSource, now: datetime,
                 block: int = BLOCK, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._source = source
        self._now = now
        self._block = block
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, DeskRow] = {}
        self._requested: set[int] = set()  # blocks asked for since the ids were loaded
        self._generation = 0
        # Countdowns at self._now, by (complaint id, column): a paint asks each cell
        # for several roles, and a tick compares against them to repaint only changes.
        self._clocks: dict[tuple[int, int], Countdown] = {}
        self._bg = {state: QBrush(QColor(c)) for state, c in BACKGROUND.items()}
        self._fg = {state: QBrush(QColor(c)) for state, c in FOREGROUND.items()}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [self.tr("编号"), self.tr("状态"), self.tr("渠道"), self.tr("类别"),
                         self.tr("地点/房号"), self.tr("摘要"), self.tr("响应"), self.tr("办结"),
                         self.tr("处理人")]

    # -- ids ----------------------------------------------------------------
    def set_source(self, source: IdSource) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        """Reload the ids; cached rows stay on screen until their block is fetched again."""
        self._generation += 1
        generation = self._generation
        self._worker.run(reading(self._source),
                         guard(self, lambda ids: self._apply_ids(generation, ids)),
                         guard(self, self.failed.emit))

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self._requested.clear()
        if ids == self._ids:
            if ids:  # same rows: repaint, which refetches the visible blocks
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, COL_HANDLER))
        else:
            self.beginResetModel()
            self._ids = list(ids)
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
            self._cache = {cid: r for cid, r in self._cache.items() if cid in self._row_of}
            self._clocks.clear()
            self.endResetModel()
        self.loaded.emit(len(self._ids))

    # -- rows, lazily ---------------------------------------------------------
    def _request(self, block: int) -> None:
        if block in self._requested:
            return
        self._requested.add(block)
        wanted = self._ids[block * self._block:(block + 1) * self._block]
        self._worker.run(reading(lambda s: queries.rows(s, wanted)),
                         guard(self, self._apply_rows), guard(self, self.failed.emit))

    def _apply_rows(self, found: dict[int, DeskRow]) -> None:
        self._cache.update(found)
        for key in [k for k in self._clocks if k[0] in found]:
            del self._clocks[key]
        rows = [self._row_of[cid] for cid in found if cid in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COL_HANDLER))

    def row_data(self, row: int) -> DeskRow | None:
        """The cached row (asking for its block when it is not fresh)."""
        if not 0 <= row < len(self._ids):
            return None
        self._request(row // self._block)
        return self._cache.get(self._ids[row])

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, complaint_id: int) -> int | None:
        return self._row_of.get(complaint_id)

    def now(self) -> datetime:
        return self._now

    # -- the clock ------------------------------------------------------------
    def tick(self, now: datetime, first_row: int, last_row: int) -> None:
        """A new ``now``: repaint the countdown cells of the rows on screen only,
        and only when what they say changed (texts move by the minute)."""
        self._now = now
        last_row = min(last_row, len(self._ids) - 1)
        if first_row < 0 or last_row < first_row:
            self._clocks.clear()
            return
        fresh: dict[tuple[int, int], Countdown] = {}
        changed: list[int] = []
        for r in range(first_row, last_row + 1):
            row = self._cache.get(self._ids[r])
            if row is None:
                continue
            for col in (COL_RESPONSE, COL_RESOLUTION):
                clock = fresh[(row.id, col)] = self._compute(row, col)
                if self._clocks.get((row.id, col)) != clock:
                    changed.append(r)
        self._clocks = fresh  # only what is on screen: the cache stays small
        if changed:
            self.dataChanged.emit(self.index(min(changed), COL_RESPONSE),
                                  self.index(max(changed), COL_RESOLUTION), COUNTDOWN_ROLES)

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        row = self.row_data(index.row())
        col = index.column()
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and col == COL_NUMBER:
                return self.tr("加载中…")
            return None
        if col in (COL_RESPONSE, COL_RESOLUTION):
            return self._countdown_data(row, col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole and col == COL_CATEGORY and row.urgency == Urgency.URGENT:
            return self._bold
        return None

    def _text(self, row: DeskRow, col: int) -> str:
        if col == COL_NUMBER:
            return row.number
        if col == COL_STATUS:
            return labels.status_label(row.status)
        if col == COL_CHANNEL:
            return labels.channel_label(row.channel)
        if col == COL_CATEGORY:
            return self.tr("{category}（重复）").format(category=row.category) if row.repeat \
                else row.category
        if col == COL_PLACE:
            return row.place
        if col == COL_SUMMARY:
            return row.summary
        return row.handler

    def _tooltip(self, row: DeskRow, col: int) -> str | None:
        tips: list[str] = []
        if col in (COL_NUMBER, COL_CATEGORY) and row.repeat:
            tips.append(self.tr("重复投诉：近30天同户或同地点同类别已有投诉"))
        if col == COL_CATEGORY:
            tips.append(labels.urgency_label(row.urgency))
        if col == COL_SUMMARY:
            tips.append(row.summary)
        if row.unconfirmed_calendar:
            tips.append(self._calendar_note())
        return "\n".join(tips) or None

    def _calendar_note(self) -> str:
        return self.tr("截止时间所在年份的放假安排尚未公布，按周末和法定节假日推算，可能变化")

    def _compute(self, row: DeskRow, col: int) -> Countdown:
        if col == COL_RESPONSE:
            return response_countdown(row, self._now, labels.countdown_tr)
        return resolution_countdown(row, self._now, labels.countdown_tr)

    def countdown(self, row: DeskRow, col: int) -> Countdown:
        key = (row.id, col)
        clock = self._clocks.get(key)
        if clock is None:
            clock = self._clocks[key] = self._compute(row, col)
        return clock

    def _countdown_data(self, row: DeskRow, col: int, role: int) -> Any:
        clock = self.countdown(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return clock.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._bg.get(clock.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._fg.get(clock.state)
        if role == Qt.ItemDataRole.FontRole and clock.state is ClockState.OVERDUE:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and clock.due is not None:
            tip = self.tr("挂起中：截止时间随挂起顺延") if clock.state is ClockState.PAUSED \
                else self.tr("截止 {due}").format(due=labels.local_full(clock.due))
            if row.unconfirmed_calendar:
                tip += "\n" + self._calendar_note()
            return tip
        return None
