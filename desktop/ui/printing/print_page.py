"""台账打印: every print kind in one list — pick one, its period (last month by
default) and options (栏目, 作业类别, 清册类别), 公开版 if it goes on the notice
board, then 预览… opens the print preview.

The build reads the store on the preview's own thread through its own session
(``desktop.printing.kinds.builder``); this page only hands over the request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing import kinds
from desktop.ui.desk.guard import guard
from desktop.ui.errors import message
from desktop.ui.printing.preview_dialog import PreviewDialog
from desktop.ui.worker import DbWorker, reading
from localdb.records.catalogue import NoticeColumnRow, notice_columns

Builder = Callable[[Path, Callable[[int, int], None], Callable[[], bool]], int]


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PrintPage(QWidget):
    def __init__(self, worker: DbWorker, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        heading = QLabel(self.tr("台账打印"))
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "选择要打印的台账、海报或公示牌，设定统计期间和选项，预览后打印或另存为 PDF。"))
        intro.setWordWrap(True)

        self.kinds = QListWidget()
        self.kinds.setObjectName("printKinds")
        for kind in kinds.KINDS:
            item = QListWidgetItem(kind.zh)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
            self.kinds.addItem(item)
        self.kinds.setMinimumWidth(260)

        start, end = last_month(today())
        self.start = QDateEdit(_qdate(start))
        self.end = QDateEdit(_qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("起始日期"), self.start)
        form.addRow(self.tr("结束日期"), self.end)
        labels = {"column": self.tr("公开栏栏目"), "work_kind": self.tr("作业类别"),
                  "register_kind": self.tr("清册类别")}
        for option in (kinds.COLUMN, kinds.WORK_KIND, kinds.REGISTER_KIND):
            combo = QComboBox()
            if option.choices:
                combo.addItem(self.tr("全部"), "")
                for value, label in option.choices:
                    combo.addItem(label, value)
            self.combos[option.key] = combo
            form.addRow(labels[option.key], combo)
        self.form = form
        self.public = QCheckBox(self.tr("公开版（隐去个人信息）"))
        form.addRow("", self.public)
        self.preview_button = QPushButton(self.tr("预览…"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        right.addLayout(buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.kinds, 1)
        body.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 16)
        lay.addWidget(heading)
        lay.addWidget(intro)
        lay.addLayout(body, 1)

        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.preview)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.itemDoubleClicked.connect(lambda _: self.preview())
        self.kinds.setCurrentRow(0)
        worker.run(reading(notice_columns), guard(self, self._columns), guard(self, self._error))

    def _columns(self, columns: list[NoticeColumnRow]) -> None:
        combo = self.combos["column"]
        combo.clear()
        for column in columns:
            combo.addItem(column.name, column.code)

    def kind(self) -> kinds.Kind:
        item = self.kinds.currentItem()
        return kinds.BY_NAME[item.data(Qt.ItemDataRole.UserRole)] if item else kinds.KINDS[0]

    def choose(self, name: str) -> None:
        self.kinds.setCurrentRow(next(i for i, k in enumerate(kinds.KINDS) if k.name == name))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.start.setEnabled(kind.period)
        self.end.setEnabled(kind.period)
        wanted = {o.key for o in kind.options}
        for key, combo in self.combos.items():
            self.form.setRowVisible(combo, key in wanted)
        self.hint.setText("" if kind.period else self.tr("此项不按统计期间打印。"))

    def request(self) -> kinds.PrintRequest:
        kind = self.kind()
        options = tuple((o.key, str(self.combos[o.key].currentData() or "")) for o in kind.options)
        start, end = _date(self.start.date()), _date(self.end.date())
        return kinds.PrintRequest(start if kind.period else None, end if kind.period else None,
                                  self.public.isChecked(), options=options)

    def preview(self) -> None:
        kind, request = self.kind(), self.request()
        if kind.period and request.start and request.end and request.end < request.start:
            QMessageBox.warning(self, self.tr("台账打印"), self.tr("结束日期不能早于起始日期。"))
            return
        period = f"_{request.start}_{request.end}" if kind.period else ""
        file_name = f"{kind.zh}{period}{'_公开版' if request.public else ''}.pdf"
        for bad in "（）/ ":
            file_name = file_name.replace(bad, "")

        def show(builder: Builder) -> None:
            dialog = PreviewDialog(kind.zh, builder, file_name=file_name, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.setProperty("previewDialog", dialog)  # tests and screenshots find it here
            dialog.open()

        self._worker.run(lambda store: kinds.builder(store, kind, request), guard(self, show),
                         guard(self, self._error))

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("台账打印"), message(exc))
