"""A work-record or register table inside a record: filters by period and
performer above a lazy table. A month of patrols can hold thousands of rows,
so the view holds the count and fetches blocks of rows (already turned into
display text on the worker) as they scroll into view."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.ui.desk.guard import guard
from desktop.ui.query import rows_source
from desktop.ui.query.printing import PrintableRows
from desktop.ui.query.record_list import NO_DATE, _date_edit, _value
from desktop.ui.query.rows_source import RowsQuery
from desktop.ui.worker import DbWorker, reading

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200
PRINT_LIMIT = 2000
FILTER_DELAY_MS = 250
ROW_HEIGHT = 30
VISIBLE_ROWS = 14


def is_rows_kind(body_kind: str) -> bool:
    return rows_source.is_rows_kind(body_kind)


@dataclass(frozen=True)
class _Loaded:
    generation: int
    count: int


class RowsModel(QAbstractTableModel):
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, worker: DbWorker, block: int = BLOCK, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._block = block
        self.query: RowsQuery | None = None
        self.headers: tuple[str, ...] = ()
        self._count = 0
        self._blocks: dict[int, list[tuple[str, ...]]] = {}
        self._requested: set[int] = set()
        self._generation = 0

    def set_query(self, query: RowsQuery | None) -> None:
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.query = query
        self.headers = rows_source.headers(query.body_kind) if query else ()
        self._count = 0
        self._blocks.clear()
        self._requested.clear()
        self.endResetModel()
        if query is None:
            return
        self._worker.run(reading(lambda s: rows_source.count(s, query)),
                         guard(self, lambda n: self._apply_count(generation, n)),
                         guard(self, self.failed.emit))

    def _apply_count(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = n
        self.endResetModel()
        self.loaded.emit(n)

    def _request(self, block: int) -> None:
        query = self.query
        if block in self._requested or query is None:
            return
        self._requested.add(block)
        generation = self._generation
        offset, limit = block * self._block, self._block
        self._worker.run(reading(lambda s: rows_source.block(s, query, offset, limit)),
                         guard(self, lambda rows: self._apply_block(generation, block, rows)),
                         guard(self, self.failed.emit))

    def _apply_block(self, generation: int, block: int, rows: list[tuple[str, ...]]) -> None:
        if generation != self._generation:
            return
        self._blocks[block] = rows
        first = block * self._block
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

    def row(self, r: int) -> tuple[str, ...] | None:
        if not 0 <= r < self._count:
            return None
        block = r // self._block
        rows = self._blocks.get(block)
        if rows is None:
            self._request(block)
            return None
        i = r - block * self._block
        return rows[i] if i < len(rows) else None

    def count(self) -> int:
        return self._count

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        if row is None:
            return self.tr("加载中…") if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
        return row[index.column()] if index.column() < len(row) else None


class RowsBody(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._base: RowsQuery | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.period_from = _date_edit(self.tr("只看此日期及以后"), self.tr("不限"))
        self.period_to = _date_edit(self.tr("只看此日期及以前"), self.tr("不限"))
        self.performer_label = QLabel(self.tr("执行人"))
        self.performer = QComboBox()
        self.performer.setMinimumContentsLength(8)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("日期")))
        dates.addWidget(self.period_from)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.period_to)
        bar.addWidget(self.dates)
        bar.addSpacing(12)
        bar.addWidget(self.performer_label)
        bar.addWidget(self.performer)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.model_ = RowsModel(worker, parent=self)
        self.table = QTableView()
        self.table.setObjectName("bodyRows")
        self.table.setModel(self.model_)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setHighlightSections(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.heading)
        lay.addLayout(bar)
        lay.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.performer.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.model_.loaded.connect(self._loaded)
        self.model_.modelReset.connect(self._fit)

    def show_record(self, record_id: int, body_kind: str, start: date | None, end: date | None) -> None:
        same = self._base is not None and self._base.record_id == record_id
        self._base = RowsQuery(record_id, body_kind)
        self.heading.setText(rows_source.title(body_kind))
        if not same:
            for w in (self.period_from, self.period_to, self.performer):
                w.blockSignals(True)
            self.period_from.setDate(NO_DATE)
            self.period_to.setDate(NO_DATE)
            self.performer.clear()
            self.performer.addItem(self.tr("全部"), None)
            for w in (self.period_from, self.period_to, self.performer):
                w.blockSignals(False)
            self.dates.setVisible(rows_source.has_dates(body_kind))
            has_performer = rows_source.has_performer(body_kind)
            self.performer_label.setVisible(has_performer)
            self.performer.setVisible(has_performer)
            if has_performer:
                base = self._base
                self._worker.run(reading(lambda s: rows_source.performers(s, base)),
                                 guard(self, lambda names: self._set_performers(base, names)))
        self.reload()

    def _set_performers(self, base: RowsQuery, names: list[str]) -> None:
        if self._base is None or self._base.record_id != base.record_id:
            return
        current = self.performer.currentData()
        self.performer.blockSignals(True)
        self.performer.clear()
        self.performer.addItem(self.tr("全部"), None)
        for name in names:
            self.performer.addItem(name, name)
        self.performer.setCurrentIndex(max(self.performer.findData(current), 0))
        self.performer.blockSignals(False)

    def query(self) -> RowsQuery | None:
        if self._base is None:
            return None
        kind = self._base.body_kind
        if not rows_source.has_dates(kind):
            return self._base
        return replace(self._base, start=_value(self.period_from), end=_value(self.period_to),
                       performer=self.performer.currentData() if rows_source.has_performer(kind) else None)

    def reload(self) -> None:
        self._debounce.stop()
        self.model_.set_query(self.query())

    def clear(self) -> None:
        self._base = None
        self.model_.set_query(None)

    def _loaded(self, n: int) -> None:
        self.count_label.setText(self.tr("共 {n} 行").format(n=n))

    def _fit(self) -> None:
        rows = min(max(self.model_.count(), 1), VISIBLE_ROWS)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * ROW_HEIGHT + 2 * self.table.frameWidth() + 2)
        if self._base is None:
            return
        columns = self.table.horizontalHeader()
        stretch = rows_source.stretch_column(self._base.body_kind)
        for col, width in enumerate(rows_source.widths(self._base.body_kind)):
            if col == stretch:
                columns.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                columns.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(col, width)

    def printable(self, rows: list[tuple[str, ...]], total: int) -> PrintableRows:
        assert self._base is not None
        return PrintableRows(rows_source.title(self._base.body_kind), self.model_.headers, tuple(rows), total)


def fetch_printable(session: Session, query: RowsQuery) -> tuple[list[tuple[str, ...]], int]:
    """Runs on the worker: the first PRINT_LIMIT rows of a filtered table and how many there are."""
    return rows_source.block(session, query, 0, PRINT_LIMIT), rows_source.count(session, query)
