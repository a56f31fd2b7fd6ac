"""A table model that holds only ids (as Anki's browser table): the ids come
from one query, in its order; rows are fetched through the worker in blocks
when the view first asks for them, and cached by id. Subclasses say how to
read the ids and a block of rows, and how a row shows in each column."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy.orm import Session

from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading

Index = QModelIndex | QPersistentModelIndex
IdQuery = Callable[[Session], list[int]]
RowQuery = Callable[[Session], dict[int, Any]]

BLOCK = 200
ID_ROLE = Qt.ItemDataRole.UserRole


class LazyIdTableModel(QAbstractTableModel):
    #: The ids were (re)loaded; carries how many there are.
    loaded = Signal(int)
    #: A query failed; carries the exception.
    failed = Signal(object)

    def __init__(self, worker: DbWorker, headers: list[str], block: int = BLOCK,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._headers = headers
        self._block = block
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, Any] = {}
        self._requested: set[int] = set()  # blocks asked for since the ids were loaded
        self._generation = 0

    # -- what a subclass says ---------------------------------------------------
    def id_query(self) -> IdQuery | None:
        """The ids in list order; None: nothing to show yet."""
        raise NotImplementedError

    def row_query(self, ids: list[int]) -> RowQuery:
        """The rows of these ids, by id."""
        raise NotImplementedError

    def row_value(self, row: Any, col: int, role: int) -> Any:
        """What a fetched row shows in ``col`` for ``role``."""
        raise NotImplementedError

    def rows_changed(self, ids: set[int] | None) -> None:
        """Rows were fetched again (None: the whole list was replaced)."""

    # -- ids ----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the ids; cached rows stay on screen until their block is fetched again."""
        query = self.id_query()
        if query is None:
            return
        self._generation += 1
        generation = self._generation
        self._worker.run(reading(query), guard(self, lambda ids: self._apply_ids(generation, ids)),
                         guard(self, self.failed.emit))

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self._requested.clear()
        if ids == self._ids:
            if ids:  # same rows: repaint, which refetches the visible blocks
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, self._last_column()))
        else:
            self.beginResetModel()
            self._ids = list(ids)
            self._row_of = {rid: row for row, rid in enumerate(self._ids)}
            self._cache = {rid: r for rid, r in self._cache.items() if rid in self._row_of}
            self.rows_changed(None)
            self.endResetModel()
        self.loaded.emit(len(self._ids))

    # -- rows, lazily ---------------------------------------------------------
    def _request(self, block: int) -> None:
        if block in self._requested:
            return
        self._requested.add(block)
        query = self.row_query(self._ids[block * self._block:(block + 1) * self._block])
        self._worker.run(reading(query), guard(self, self._apply_rows), guard(self, self.failed.emit))

    def _apply_rows(self, found: dict[int, Any]) -> None:
        self._cache.update(found)
        self.rows_changed(set(found))
        rows = [self._row_of[rid] for rid in found if rid in self._row_of]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self._last_column()))

    def cached_row(self, row: int) -> Any:
        """The cached row (asking for its block when it is not fresh), or None."""
        if not 0 <= row < len(self._ids):
            return None
        self._request(row // self._block)
        return self._cache.get(self._ids[row])

    def cached_by_id(self, ident: int) -> Any:
        """The cached row of this id, without fetching anything."""
        return self._cache.get(ident)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ident: int) -> int | None:
        return self._row_of.get(ident)

    def ids(self) -> list[int]:
        return list(self._ids)

    def _last_column(self) -> int:
        return len(self._headers) - 1

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
        row = self.cached_row(index.row())
        if row is None:  # its block is on its way
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate("LazyIdTableModel", "加载中…")
            return None
        return self.row_value(row, index.column(), role)
