"""The record list as a lazy id table model (as the desk's): the ids in list
order, rows fetched in blocks when the view first asks for them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui.query import labels
from desktop.ui.widgets.lazy_model import BLOCK, ID_ROLE, IdQuery, LazyIdTableModel, RowQuery
from desktop.ui.worker import DbWorker
from localdb.records import queries
from localdb.records.queries import RecordFilter, RecordRow

__all__ = ["ID_ROLE", "RecordListModel"]
COL_TITLE, COL_SUB, COL_PERIOD, COL_STATE, COL_VERSION, COL_PUBLISHED, COL_FILES = range(7)


class RecordListModel(LazyIdTableModel):
    def __init__(self, worker: DbWorker, block: int = BLOCK, parent: QObject | None = None) -> None:
        super().__init__(worker, [self.tr("标题"), self.tr("子类"), self.tr("期间"), self.tr("状态"),
                                  self.tr("版本"), self.tr("发布日期"), self.tr("附件")], block, parent)
        self._filter: RecordFilter | None = None
        self._brushes = {state: (QBrush(QColor(bg)), QBrush(QColor(fg)))
                         for state, (bg, fg) in labels.STATE_COLOURS.items()}

    def set_filter(self, f: RecordFilter) -> None:
        self._filter = f
        self.refresh()

    def id_query(self) -> IdQuery | None:
        f = self._filter
        return None if f is None else (lambda s: queries.record_ids(s, f))

    def row_query(self, ids: list[int]) -> RowQuery:
        return lambda s: queries.record_rows(s, ids)

    def row_data(self, row: int) -> RecordRow | None:
        found: RecordRow | None = self.cached_row(row)
        return found

    def row_value(self, row: RecordRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return row.title
        if col == COL_STATE and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = self._brushes.get(row.state, self._brushes["draft"])
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_VERSION, COL_FILES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: RecordRow, col: int) -> str:
        if col == COL_TITLE:
            return row.title
        if col == COL_SUB:
            return row.subcategory
        if col == COL_PERIOD:
            return labels.period_text(row.period_start, row.period_end)
        if col == COL_STATE:
            return labels.state_label(row.state)
        if col == COL_VERSION:
            return self.tr("第{n}版").format(n=row.version)
        if col == COL_PUBLISHED:
            return labels.local_date(row.published_at)
        return str(row.attachments) if row.attachments else ""
