"""The complaints behind a figure: a title saying which figure, and a table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.labels import channel_label, local_short, status_label
from localdb.complaints.queries import DeskRow

ID_ROLE = Qt.ItemDataRole.UserRole  # the complaint behind a row


@dataclass(frozen=True)
class Drill:
    """What to list: ``ids``; for a rate, ``wider`` is every complaint it counts
    (``ids`` then being those that missed), shown when 全部计入 is ticked."""

    title: str
    ids: tuple[int, ...]
    wider_title: str = ""
    wider: tuple[int, ...] | None = None

    def shown(self, wide: bool) -> tuple[str, tuple[int, ...]]:
        if wide and self.wider is not None:
            return self.wider_title, self.wider
        return self.title, self.ids


class DrillPanel(QWidget):
    #: Double click or Enter on a complaint.
    open_complaint = Signal(int)
    #: The list to show changed (the page loads its rows).
    wanted = Signal(object)  # tuple of ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill: Drill | None = None
        self.ids: tuple[int, ...] = ()
        self.title = QLabel(self.tr("点击上方的数字或图表，查看背后的投诉"))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.wide = QCheckBox(self.tr("显示全部计入的投诉"))
        self.wide.setVisible(False)
        self.wide.toggled.connect(self._refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("受理时间"), self.tr("渠道"),
                                              self.tr("类别"), self.tr("状态"), self.tr("地点 / 摘要")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in ((0, 130), (1, 86), (2, 58), (3, 88), (4, 54)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.wide)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)

    def show_drill(self, drill: Drill) -> None:
        self.drill = drill
        self.wide.blockSignals(True)
        self.wide.setChecked(False)
        self.wide.blockSignals(False)
        self.wide.setVisible(drill.wider is not None)
        self._refresh()

    def _refresh(self) -> None:
        if self.drill is None:
            return
        title, self.ids = self.drill.shown(self.wide.isChecked())
        self.title.setText(title)
        self.table.setRowCount(0)
        self.wanted.emit(self.ids)

    def show_rows(self, ids: tuple[int, ...], rows: dict[int, DeskRow]) -> None:
        if ids != self.ids:
            return  # an older answer: the user has moved on
        found = [rows[i] for i in ids if i in rows]
        self.table.setRowCount(len(found))
        for r, row in enumerate(found):
            place = f"{row.place} · {row.summary}" if row.place else row.summary
            for c, text in enumerate((row.number, local_short(row.received_at), channel_label(row.channel),
                                      row.category, status_label(row.status), place)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(ID_ROLE, row.id)
                self.table.setItem(r, c, item)

    def shown_ids(self) -> list[int]:
        out: list[int] = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None:
                out.append(int(item.data(ID_ROLE)))
        return out

    def _activated(self, index: object) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_complaint.emit(int(item.data(ID_ROLE)))
