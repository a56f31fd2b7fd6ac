"""A table of records (WorkItem rows) for the 草稿 / 待审核 / 已发布 lists.

The lists are short (a centre's open work, the latest published records),
so the rows arrive whole from the worker; each column says how it reads a
row and, optionally, how it tints it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from localdb.records.worklist import WorkItem

Index = QModelIndex | QPersistentModelIndex
Tint = tuple[str | None, str]  # background (None: none), text colour


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[WorkItem], str]
    width: int = 0  # 0: this column stretches
    tint: Callable[[WorkItem], Tint | None] | None = None
    tip: Callable[[WorkItem], str] | None = None


class ItemModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.items: list[WorkItem] = []
        self._brushes: dict[str, QBrush] = {}

    def set_items(self, items: Sequence[WorkItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> WorkItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, item in enumerate(self.items) if item.id == record_id), None)

    def ids(self) -> list[int]:
        return [item.id for item in self.items]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip(item) if column.tip is not None else column.text(item)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and column.tint is not None:
            tint = column.tint(item)
            if tint is None:
                return None
            colour = tint[0] if role == Qt.ItemDataRole.BackgroundRole else tint[1]
            return self._brush(colour) if colour else None
        return None
