"""The record list as a table model (as the desk's): it holds the ids in list
order and fetches rows through the worker in blocks when the view first asks
for them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.ui.desk.guard import guard
from desktop.ui.query import labels
from desktop.ui.worker import DbWorker, reading
from localdb.records import queries
from localdb.records.queries import RecordFilter, RecordRow

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200
ID_ROLE = Qt.ItemDataRole.UserRole
COL_TITLE, COL_SUB, COL_PERIOD, COL_STATE, COL_VERSION, COL_PUBLISHED, COL_FILES = range(7)


class RecordListModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, worker: DbWorker, block: int = BLOCK, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._block = block
        self._filter: RecordFilter | None = None
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, RecordRow] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self._brushes = {state: (QBrush(QColor(bg)), QBrush(QColor(fg)))
                         for state, (bg, fg) in labels.STATE_COLOURS.items()}
        self._headers = [self.tr("标题"), self.tr("子类"), self.tr("期间"), self.tr("状态"),
                         self.tr("版本"), self.tr("发布日期"), self.tr("附件")]

    def set_filter(self, f: RecordFilter) -> None:
        self._filter = f
        self.refresh()

    def refresh(self) -> None:
        f = self._filter
        if f is None:
            return
        self._generation += 1
        generation = self._generation
        self._worker.run(reading(lambda s: queries.record_ids(s, f)),
                         guard(self, lambda ids: self._apply_ids(generation, ids)),
                         guard(self, self.failed.emit))

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._requested.clear()
        if ids == self._ids:
            if ids:  # same rows: repaint, which refetches the visible blocks
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, COL_FILES))
        else:
            self.beginResetModel()
            self._ids = list(ids)
            self._row_of = {rid: row for row, rid in enumerate(self._ids)}
            self._cache = {rid: r for rid, r in self._cache.items() if rid in self._row_of}
            self.endResetModel()
        self.loaded.emit(len(self._ids))

    def _request(self, block: int) -> None:
        if block in self._requested:
            return
        self._requested.add(block)
        wanted = self._ids[block * self._block:(block + 1) * self._block]
        self._worker.run(reading(lambda s: queries.record_rows(s, wanted)),
                         guard(self, self._apply_rows), guard(self, self.failed.emit))

    def _apply_rows(self, found: dict[int, RecordRow]) -> None:
        self._cache.update(found)
        rows = [self._row_of[rid] for rid in found if rid in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), COL_FILES))

    def row_data(self, row: int) -> RecordRow | None:
        if not 0 <= row < len(self._ids):
            return None
        self._request(row // self._block)
        return self._cache.get(self._ids[row])

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def ids(self) -> list[int]:
        return list(self._ids)

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
            if role == Qt.ItemDataRole.DisplayRole and col == COL_TITLE:
                return self.tr("加载中…")
            return None
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
