"""A money table as the query desk shows it: the lines, the figures under
them (opening balance, totals, closing balance — all computed by
localdb.money, never typed) and, for the lump-sum model, expense by class."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.query import labels
from localdb.money.table import MoneyTable, Total

ROW_HEIGHT = 30
MAX_VISIBLE_ROWS = 18  # longer tables scroll inside their own frame


def money_label(text: str) -> str:
    """Labels of directions, models and figures arrive from localdb as data."""
    return QCoreApplication.translate("money_labels", text)


def fit_height(table: QTableWidget, rows: int) -> None:
    """Tall enough for ``rows`` rows (up to MAX_VISIBLE_ROWS), so a short table
    needs no scroll bar of its own inside the record's scroll area."""
    shown = min(max(rows, 1), MAX_VISIBLE_ROWS)
    header = table.horizontalHeader().sizeHint().height()
    table.setFixedHeight(header + shown * ROW_HEIGHT + 2 * table.frameWidth() + 2)


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class MoneyBody(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MoneyTable | None = None
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        columns = [self.tr("序号"), self.tr("日期"), self.tr("科目"), self.tr("类别"), self.tr("摘要"),
                   self.tr("金额（元）"), self.tr("备注")]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("moneyLines")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in enumerate((50, 100, 190, 80, 0, 120, 180)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the description
        self.figures = QFrame()
        self.figures.setObjectName("moneyFigures")
        self._figures = QGridLayout(self.figures)
        self._figures.setHorizontalSpacing(24)
        self._figures.setVerticalSpacing(2)
        self.opening_note = QLabel()
        self.opening_note.setObjectName("muted")
        self.opening_note.setWordWrap(True)
        self.classes_title = QLabel(self.tr("按类别"))
        self.classes_title.setObjectName("sectionTitle")
        self.classes = QTableWidget(0, 2)
        self.classes.setHorizontalHeaderLabels([self.tr("类别"), self.tr("金额（元）")])
        self.classes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.classes.verticalHeader().hide()
        self.classes.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.classes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.classes.setColumnWidth(1, 140)
        self.classes.setMaximumWidth(420)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.heading)
        lay.addWidget(self.table)
        lay.addWidget(self.figures)
        lay.addWidget(self.opening_note)
        lay.addWidget(self.classes_title)
        lay.addWidget(self.classes)

    def show_table(self, data: MoneyTable) -> None:
        self.data = data
        period = labels.period_text(data.period_start, data.period_end)
        self.heading.setText(self.tr("{model}收支表 · {period}").format(
            model=money_label(data.model_label), period=period) if period
            else self.tr("{model}收支表").format(model=money_label(data.model_label)))
        self.table.setRowCount(len(data.lines))
        for r, line in enumerate(data.lines):
            values = (str(line.line_no), line.occurred_on.isoformat(), line.account_name,
                      money_label(line.direction_label), line.description, labels.yuan(line.amount),
                      line.note)
            for c, value in enumerate(values):
                self.table.setItem(r, c, _item(value, right=c in (0, 5)))
        fit_height(self.table, len(data.lines))
        self.table.setColumnHidden(6, not any(line.note for line in data.lines))  # 备注 only when used
        self._show_figures(data.summary)
        if data.opening_source == "previous":
            self.opening_note.setText(self.tr("期初结余承接上一期已发布的同类收支表的期末结余。"))
        elif data.opening_source == "stated":
            self.opening_note.setText(self.tr("期初结余为本表首期填报的数额。"))
        else:
            self.opening_note.setText("")
        self.opening_note.setVisible(bool(self.opening_note.text()))
        lump_sum = data.model == "lump_sum"
        self.classes_title.setVisible(lump_sum and bool(data.by_class))
        self.classes.setVisible(lump_sum and bool(data.by_class))
        if lump_sum:
            self.classes.setRowCount(len(data.by_class))
            for r, total in enumerate(data.by_class):
                self.classes.setItem(r, 0, _item(total.label))
                self.classes.setItem(r, 1, _item(labels.yuan(total.amount), right=True))
            fit_height(self.classes, len(data.by_class))

    def _show_figures(self, summary: tuple[Total, ...]) -> None:
        while self._figures.count():
            item = self._figures.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, total in enumerate(summary):
            caption = QLabel(money_label(total.label))
            caption.setObjectName("muted")
            value = QLabel(labels.yuan(total.amount))
            value.setObjectName("moneyFigure")
            value.setProperty("key", total.key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._figures.addWidget(caption, 0, i)
            self._figures.addWidget(value, 1, i)
        self._figures.setColumnStretch(len(summary), 1)

    def figure(self, key: str) -> str:
        """The shown text of one summary figure (tests and printing read it)."""
        for i in range(self._figures.count()):
            item = self._figures.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.property("key") == key:
                return widget.text()
        return ""
