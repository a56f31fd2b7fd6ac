"""督办: complaints the housing authority (or our own response clock) put
under supervision. Enter opens the complaint on the 待处理 tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import local_full
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.complaints import alerts
from localdb.complaints.alerts import SupervisionView


class SupervisionPage(QWidget):
    #: Open this complaint (Enter or double click on its row).
    open_complaint = Signal(int)
    #: How many open supervisions there are now.
    counted = Signal(int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.rows: list[SupervisionView] = []
        # SupervisionView does not say where a supervision came from (local or
        # city), so there is no 来源 column yet.
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("投诉编号"), self.tr("督办原因"), self.tr("督办时间")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 190), (2, 150)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addWidget(self.note)
        worker.changed.connect(self._on_changed)  # dropped with self
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(alerts.supervisions), guard(self, self._show),
                         guard(self, lambda exc: self.note.setText(errors.message(exc))))

    def _on_changed(self, changes: Changes) -> None:
        if changes.alerts or changes.complaints:
            self.refresh()

    def _show(self, rows: list[SupervisionView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, sup in enumerate(rows):
            for col, text in enumerate((sup.number, sup.reason, local_full(sup.created_at))):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.note.setText(self.tr("共 {n} 条未处理的督办。按 Enter 打开对应投诉。").format(n=len(rows))
                          if rows else self.tr("没有督办。"))
        self.counted.emit(len(rows))

    def count(self) -> int:
        return len(self.rows)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_complaint.emit(self.rows[row].complaint_id)
