"""查询台目录 → 公开栏目: the notice board's columns (收支公开, 人员信息 …).
Rename, add, switch off; disclosure items name the column they also feed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.guard import guard
from desktop.ui.settings import catalogue_common as cc
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.records import catalogue_edit as edit
from localdb.records.catalogue import NoticeColumnRow
from localdb.roles import Actor


class ColumnsTab(QWidget):
    status = Signal(str)

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.rows: list[NoticeColumnRow] = []
        self.used: dict[str, int] = {}  # column code -> active items feeding it
        self._keep: int | None = None
        editable = cc.can_edit(actor)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("栏目"), self.tr("公开事项"), self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：收支公开"))
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("名称", self.tr("栏目名称"), self.name)
        self.save_button = QPushButton(self.tr("改名"))
        self.save_button.clicked.connect(self.rename_selected)
        self.add_button = QPushButton(self.tr("添加为新栏目"))
        self.add_button.clicked.connect(self.add_column)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.add_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        box = QGroupBox(self.tr("栏目"))
        box_lay = QVBoxLayout(box)
        box_lay.addLayout(form)
        box_lay.addWidget(self.general)
        box_lay.addLayout(buttons)
        hint = QLabel(self.tr("物业管理事务公开栏共八个栏目；停用的栏目不再出现在公示海报上。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(box)
        side.addWidget(hint)
        side.addStretch(1)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setFixedWidth(380)
        self.side.setVisible(editable)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.side)
        self._selection_changed()

    def set_data(self, data: cc.CatalogueData) -> None:
        keep = self._keep if self._keep is not None else getattr(self.selected(), "id", None)
        self._keep = None
        self.rows = data.columns
        self.used = {}
        for item in data.items:
            if item.active and item.column_code:
                self.used[item.column_code] = self.used.get(item.column_code, 0) + 1
        cc.fill_table(self.table, [([c.name, self.tr("{n} 项").format(n=self.used.get(c.code, 0)),
                                     cc.status_text(c.active)], c.active) for c in self.rows])
        row = next((i for i, c in enumerate(self.rows) if c.id == keep), None)
        if row is not None:
            self.table.setCurrentCell(row, 0)
        self._selection_changed()

    def selected(self) -> NoticeColumnRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select(self, name: str) -> bool:
        row = next((i for i, c in enumerate(self.rows) if c.name == name), None)
        if row is not None:
            self.table.setCurrentCell(row, 0)
        return row is not None

    def _selection_changed(self) -> None:
        self.errors.clear()
        self.general.hide()
        col = self.selected()
        editable = cc.can_edit(self._actor)
        self.save_button.setEnabled(col is not None and editable)
        self.active_button.setEnabled(col is not None and editable)
        if col is None:
            return
        self.name.setText(col.name)
        self.active_button.setText(self.tr("停用") if col.active else self.tr("重新启用"))

    def rename_selected(self) -> None:
        col = self.selected()
        if col is not None:
            data = edit.NoticeColumnInput(name=self.name.text(), sort_key=col.sort_key, active=col.active)
            self._save(data, col.id, self.tr("已保存“{name}”。").format(name=data.name.strip()))

    def add_column(self) -> None:
        data = edit.NoticeColumnInput(name=self.name.text(),
                                      sort_key=cc.next_sort_key(c.sort_key for c in self.rows))
        self._save(data, None, self.tr("已添加栏目“{name}”。").format(name=data.name.strip()))

    def toggle_active(self) -> None:
        col = self.selected()
        if col is None:
            return
        if col.active:
            used = self.used.get(col.code, 0)
            text = self.tr("停用“{name}”？").format(name=col.name)
            if used:
                text += "\n" + self.tr(
                    "有 {n} 个公开事项仍归入此栏目，停用后它们在公示海报上不再出现于此栏。").format(n=used)
            if QMessageBox.question(self, self.tr("停用栏目"), text) != QMessageBox.StandardButton.Yes:
                return
        data = edit.NoticeColumnInput(name=col.name, sort_key=col.sort_key, active=not col.active)
        done = self.tr("已停用“{name}”。") if col.active else self.tr("已重新启用“{name}”。")
        self._save(data, col.id, done.format(name=col.name))

    def _save(self, data: edit.NoticeColumnInput, column_id: int | None, done: str) -> None:
        self.errors.clear()
        self.general.hide()
        actor = self._actor

        def saved(new_id: int) -> None:
            self._keep = new_id
            self.status.emit(done)

        self._keep = column_id
        self._worker.write(cc.saving(lambda s: edit.save_notice_column(s, actor, data, column_id)),
                           guard(self, saved), guard(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self._keep = None
        self.status.emit("")
        self.errors.report(exc, self.general)
