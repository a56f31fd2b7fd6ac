"""公开时限: the disclosure list as a board — for each item its current period,
due date and state (已公开 / 即将到期 / 已逾期 / 未到期) in calm tinted cells,
days left and when it was last published. Enter or a double click on an item
starts the draft it needs (or opens its last record when it is published)."""

from __future__ import annotations

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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.publish import labels
from desktop.ui.query import labels as qlabels
from localdb.disclosure.schedule import BoardRow, BoardState

Index = QModelIndex | QPersistentModelIndex
(COL_ITEM, COL_CATEGORY, COL_COLUMN, COL_FREQUENCY, COL_PERIOD, COL_DUE, COL_STATE, COL_LEFT,
 COL_LAST) = range(9)
WIDTHS = {COL_CATEGORY: 80, COL_COLUMN: 80, COL_FREQUENCY: 90, COL_PERIOD: 120, COL_DUE: 100,
          COL_STATE: 100, COL_LEFT: 100, COL_LAST: 100}
TINTED = (COL_STATE, COL_LEFT)


class BoardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BoardRow] = []
        self._headers = (self.tr("公开事项"), self.tr("类别"), self.tr("公开栏目"), self.tr("频率"),
                         self.tr("本期"), self.tr("截止日期"), self.tr("状态"), self.tr("剩余"),
                         self.tr("最近公开"))
        self._bg = {s: QBrush(QColor(bg)) for s, (bg, _fg) in labels.BOARD_COLOURS.items() if bg}
        self._fg = {s: QBrush(QColor(fg)) for s, (_bg, fg) in labels.BOARD_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BoardRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def state_text(self, row: BoardRow) -> str:
        text = labels.board_state_label(row.state)
        if row.state == BoardState.OVERDUE.value and row.missed > 1:
            return self.tr("{state}（{n} 期）").format(state=text, n=row.missed)
        return text

    def text(self, row: BoardRow, col: int) -> str:
        if col == COL_ITEM:
            return row.item_name
        if col == COL_CATEGORY:
            return row.category_name
        if col == COL_COLUMN:
            return row.column_name
        if col == COL_FREQUENCY:
            return labels.frequency_label(row.frequency)
        if col == COL_PERIOD:
            return row.period_label
        if col == COL_DUE:
            return labels.short_date(row.due)
        if col == COL_STATE:
            return self.state_text(row)
        if col == COL_LEFT:
            return "" if row.state == BoardState.PUBLISHED.value else labels.days_left_text(row.days_left)
        if col == COL_LAST:
            return qlabels.local_date(row.last_published_at)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row) if col == COL_ITEM else self.text(row, col)
        if col in TINTED:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._bg.get(row.state)
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._fg.get(row.state)
            if role == Qt.ItemDataRole.FontRole and row.state == BoardState.OVERDUE.value:
                return self._bold
        return None

    def _tip(self, row: BoardRow) -> str:
        if row.state == BoardState.PUBLISHED.value:
            return self.tr("{item}：本期已公开。Enter 打开最近一次公开的记录。").format(item=row.item_name)
        return self.tr("{item}：Enter 为“{period}”起草公开记录。").format(
            item=row.item_name, period=row.period_label or self.tr("本次变更"))


class BoardTable(QTableView):
    opened = Signal(object)  # BoardRow

    def __init__(self, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureBoard")
        self.setModel(model)
        self.model_ = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(32)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._activated)  # Enter, and a double click

    def _activated(self, index: QModelIndex) -> None:
        row = self.model_.row_at(index.row())
        if row is not None:
            self.opened.emit(row)

    def current_row(self) -> BoardRow | None:
        index = self.currentIndex()
        return self.model_.row_at(index.row()) if index.isValid() else None


class BoardTab(QWidget):
    opened = Signal(object)  # BoardRow
    #: How many items are overdue (the page puts it on the tab).
    counted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = BoardModel(self)
        self.table = BoardTable(self.model_)
        self.table.opened.connect(self.opened)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.today = QLabel()
        self.today.setObjectName("muted")
        legend = QLabel(self.tr("信息公开清单按民法典第九百四十三条等规定列出应公开的事项。"
                                "“本期”是最近一个已结束、应当公开的期间；即将到期为截止前 7 天内。"
                                "双击或按 Enter：为该事项起草本期记录，已公开的打开最近一次记录。"))
        legend.setObjectName("boardLegend")
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.today)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(legend)
        lay.addWidget(self.table, 1)

    def set_rows(self, rows: list[BoardRow], today_text: str) -> None:
        current = self.table.current_row()
        self.model_.set_rows(rows)
        counts = {state.value: sum(1 for r in rows if r.state == state.value) for state in BoardState}
        text = self.tr("已逾期 {overdue} 项 · 即将到期 {soon} 项 · 未到期 {later} 项 · 已公开 {done} 项")
        self.summary.setText(text.format(
            overdue=counts[BoardState.OVERDUE.value], soon=counts[BoardState.DUE_SOON.value],
            later=counts[BoardState.NOT_DUE.value], done=counts[BoardState.PUBLISHED.value]))
        self.today.setText(today_text)
        keep = next((i for i, r in enumerate(rows)
                     if current is not None and r.item_id == current.item_id), 0)
        if rows:
            self.table.selectRow(keep)
        self.counted.emit(counts[BoardState.OVERDUE.value])

    def state_of(self, item_code: str) -> str | None:
        return next((r.state for r in self.model_.rows if r.item_code == item_code), None)
