"""The desk's complaint list as a lazy id table model (as Anki's browser
table): the ids in the order a query gave them (most urgent first), rows
fetched in blocks when the view first asks for them. Countdowns are computed
from the cached due times and the ``now`` the model holds, so a once-a-second
``tick`` touches no database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from desktop.ui.desk import labels
from desktop.ui.desk.countdown import Countdown, resolution_countdown, response_countdown
from desktop.ui.widgets.lazy_model import BLOCK, ID_ROLE, IdQuery, LazyIdTableModel, RowQuery
from desktop.ui.worker import DbWorker
from localdb.complaints import queries
from localdb.complaints.alerts import ClockState
from localdb.complaints.queries import DeskRow
from localdb.deadlines import Urgency

log = logging.getLogger(__name__)

IdSource = Callable[[Session], list[int]]
__all__ = ["BLOCK", "ID_ROLE", "ComplaintTableModel", "IdSource"]
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


class ComplaintTableModel(LazyIdTableModel):
    def __init__(self, worker: DbWorker, source: IdSource, now: datetime,
                 block: int = BLOCK, parent: QObject | None = None) -> None:
        super().__init__(worker, [self.tr("编号"), self.tr("状态"), self.tr("渠道"), self.tr("类别"),
                                  self.tr("地点/房号"), self.tr("摘要"), self.tr("响应"), self.tr("办结"),
                                  self.tr("处理人")], block, parent)
        self._source = source
        self._now = now
        # Countdowns at self._now, by (complaint id, column): a paint asks each cell
        # for several roles, and a tick compares against them to repaint only changes.
        self._clocks: dict[tuple[int, int], Countdown] = {}
        self._bg = {state: QBrush(QColor(c)) for state, c in BACKGROUND.items()}
        self._fg = {state: QBrush(QColor(c)) for state, c in FOREGROUND.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- ids and rows -----------------------------------------------------------
    def set_source(self, source: IdSource) -> None:
        self._source = source
        self.refresh()

    def id_query(self) -> IdQuery:
        return self._source

    def row_query(self, ids: list[int]) -> RowQuery:
        return lambda s: queries.rows(s, ids)

    def rows_changed(self, ids: set[int] | None) -> None:
        if ids is None:
            self._clocks.clear()
        else:
            for key in [k for k in self._clocks if k[0] in ids]:
                del self._clocks[key]

    def row_data(self, row: int) -> DeskRow | None:
        """The cached row (asking for its block when it is not fresh)."""
        found: DeskRow | None = self.cached_row(row)
        return found

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
            row = self.cached_by_id(self._ids[r])
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

    # -- how a row shows ----------------------------------------------------------
    def row_value(self, row: DeskRow, col: int, role: int) -> Any:
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
