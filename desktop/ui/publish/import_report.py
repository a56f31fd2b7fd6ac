"""The row-level report of an Excel import that was refused: which row, which
column, what is wrong. Nothing was written; the person fixes the sheet and
imports it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localdb.complaints.importer_parse import RowError
from localdb.money.importer import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("导入未完成"))
        self.resize(760, 460)
        rows = report.error_rows
        self.summary = QLabel(self.tr(
            "文件“{name}”有 {rows} 行存在问题（共 {count} 处），未导入任何数据。"
            "请按下表改正后重新导入。").format(name=report.file_name, rows=rows, count=len(report.errors)))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("fieldError")
        self.table = QTableWidget(len(report.errors), 3)
        self.table.setObjectName("importErrors")
        self.table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("列"), self.tr("问题")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 90)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, error in enumerate(report.errors):
            self._put(r, error)
        self.table.resizeRowsToContents()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(box)

    def _put(self, r: int, error: RowError) -> None:
        number = QTableWidgetItem(str(error.row_number))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column = QTableWidgetItem(error.column or self.tr("整行"))
        message = QTableWidgetItem(error.message)
        message.setToolTip(error.message)
        for c, item in enumerate((number, column, message)):
            self.table.setItem(r, c, item)

    def rows(self) -> list[tuple[int, str, str]]:
        """What the table shows: (row number, column, message)."""
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            out.append((int(texts[0]), texts[1], texts[2]))
        return out
