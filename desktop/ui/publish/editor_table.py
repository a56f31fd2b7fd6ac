"""The table part of a draft whose body is a table: import from Excel, export
a money table to Excel, and a read-only view of what the store computed
(money: lines, totals and balances; work records and registers: the rows).

Nothing here is typed in: a table comes from a sheet, and every figure under
it comes from localdb.money. The editor drives the writes (it saves the draft
first); this widget shows the buttons and the result."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.desk.guard import guard
from desktop.ui.query import rows_source
from desktop.ui.query.body_money import MoneyBody
from desktop.ui.query.body_rows import RowsBody
from desktop.ui.worker import DbWorker, reading
from localdb.money.importer import ImportReport
from localdb.roles import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.money.table import MoneyTable

MONEY, WORK, REGISTER = "money_", "work_", "register_"
Importer = Callable[["Session", Actor, int, Path, datetime], ImportReport]


def table_family(body_kind: str) -> str | None:
    """"money_", "work_" or "register_" for a table body, None for a document."""
    return next((p for p in (MONEY, WORK, REGISTER) if body_kind.startswith(p)), None)


def importer_for(body_kind: str) -> Importer:
    """B's Excel import for this kind of table (each refuses a sheet with any
    wrong row, naming the rows, and writes nothing)."""
    family = table_family(body_kind)
    if family == MONEY:
        from localdb.money import import_excel

        return import_excel
    from localdb.worklog import import_register_excel, import_work_excel

    return import_work_excel if family == WORK else import_register_excel


def fetch_money(session: Session, record_id: int) -> MoneyTable:
    from localdb.money import money_table

    return money_table(session, record_id)


class TableSection(QWidget):
    import_clicked = Signal()
    export_clicked = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.body_kind = ""
        self.record_id: int | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_clicked)
        self.export_button = QPushButton(self.tr("导出到 Excel…"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        self.money = MoneyBody()
        self.money.heading.hide()  # the section title says it already
        self.rows = RowsBody(worker)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.note)
        lay.addWidget(self.money)
        lay.addWidget(self.rows)
        self.money.hide()
        self.rows.hide()

    def set_kind(self, body_kind: str, record_id: int | None, saved_kind: str,
                 period: tuple[date | None, date | None]) -> None:
        """Show the section for ``body_kind``; the data only when the saved
        draft already has that kind (otherwise saving comes first)."""
        family = table_family(body_kind)
        self.setVisible(family is not None)
        self.body_kind = body_kind
        if family is None:
            return
        self.title.setText(self.tr("表格：{kind}").format(kind=rows_source.title(body_kind)))
        self.export_button.setVisible(family == MONEY)
        if family == MONEY:
            self.note.setText(self.tr(
                "从 Excel 导入收支明细（列：日期、科目、摘要、金额、备注）；合计、期初和期末结余由系统计算，"
                "不能手工填写。有任何一行出错时不导入，并列出出错的行。"))
        else:
            self.note.setText(self.tr(
                "从 Excel 导入表格的各行；有任何一行出错时不导入，并列出出错的行。"))
        showing = record_id is not None and saved_kind == body_kind
        self.record_id = record_id if showing else None
        if not showing:
            self.money.hide()
            self.rows.hide()
            self.rows.clear()
            self.note.setText(self.note.text() + self.tr("（保存草稿后在此显示表格。）"))
            return
        self.refresh(period)

    def refresh(self, period: tuple[date | None, date | None]) -> None:
        rid = self.record_id
        if rid is None:
            return
        if table_family(self.body_kind) == MONEY:
            self.rows.hide()
            self.money.show()
            self._worker.run(reading(lambda s: fetch_money(s, rid)), guard(self, self._show_money))
        else:
            self.money.hide()
            self.rows.show()
            self.rows.show_record(rid, self.body_kind, *period)

    def _show_money(self, table: MoneyTable) -> None:
        if table.record_id == self.record_id:
            self.money.show_table(table)
