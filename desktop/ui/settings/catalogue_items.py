"""查询台目录 → 信息公开清单: what must be disclosed, in which category, how
often, how many days after a period ends, on which notice-board column and
on what basis. A manager edits an item, adds one, or switches it off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.guard import guard
from desktop.ui.publish.labels import frequency_label
from desktop.ui.settings import catalogue_common as cc
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.records import catalogue_edit as edit
from localdb.records.catalogue import DisclosureItemRow
from localdb.roles import Actor

(COL_NAME, COL_CATEGORY, COL_FREQUENCY, COL_DUE, COL_COLUMN, COL_BASIS, COL_STATE) = range(7)


class ItemsTab(QWidget):
    status = Signal(str)

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.data: cc.CatalogueData | None = None
        self._keep: int | None = None
        editable = cc.can_edit(actor)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("事项"), self.tr("类别 · 子类别"), self.tr("频率"), self.tr("时限"), self.tr("公开栏目"),
            self.tr("依据"), self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_CATEGORY, COL_FREQUENCY, COL_DUE, COL_COLUMN, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_BASIS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_BASIS, 120)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：公共水电分摊情况"))
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(lambda _i: self._fill_subcategories())
        self.subcategory = QComboBox()
        self.frequency = cc.frequency_combo()
        self.due_days = QSpinBox()
        self.due_days.setRange(*edit.DUE_DAYS)
        self.due_days.setSuffix(self.tr(" 天"))
        self.due_days.setToolTip(self.tr("期间结束（或发生变更）后多少天内须公开"))
        self.column = QComboBox()
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("例如：民法典第九百四十三条"))
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("名称", self.tr("事项名称"), self.name)
        self.errors.add("类别", self.tr("类别"), self.category)
        self.errors.add("子类别", self.tr("子类别"), self.subcategory)
        self.errors.add("frequency", self.tr("公开频率"), self.frequency)
        self.errors.add("due_days", self.tr("公开时限"), self.due_days)
        self.errors.add("公开栏目", self.tr("公开栏目"), self.column)
        self.errors.add("依据", self.tr("依据"), self.basis)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save_selected)
        self.add_button = QPushButton(self.tr("添加为新事项"))
        self.add_button.clicked.connect(self.add_item)
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
        box = QGroupBox(self.tr("事项"))
        box_lay = QVBoxLayout(box)
        box_lay.addLayout(form)
        box_lay.addWidget(self.general)
        box_lay.addLayout(buttons)
        hint = QLabel(self.tr("公开时限板按这里的频率和时限计算每个事项的截止日期；停用的事项不再提醒。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(box)
        side.addWidget(hint)
        side.addStretch(1)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setFixedWidth(400)
        cc.set_enabled(editable, self.name, self.category, self.subcategory, self.frequency,
                       self.due_days, self.column, self.basis)
        for b in (self.save_button, self.add_button, self.active_button):
            b.setVisible(editable)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.side)
        self._selection_changed()

    # -- showing ------------------------------------------------------------------
    def set_data(self, data: cc.CatalogueData) -> None:
        keep = self._keep if self._keep is not None else getattr(self.selected(), "id", None)
        self._keep = None
        self.data = data
        self.category.blockSignals(True)
        self.category.clear()
        off = self.tr("{name}（已停用）")
        for cat in data.categories:
            self.category.addItem(cat.name if cat.active else off.format(name=cat.name), cat.id)
        self.category.blockSignals(False)
        self.column.clear()
        self.column.addItem(self.tr("（不上公开栏）"), None)
        for col in data.columns:
            self.column.addItem(col.name if col.active else off.format(name=col.name), col.id)
        rows = []
        for item in data.items:
            where = f"{item.category_name} · {item.subcategory_name}" if item.subcategory_name \
                else item.category_name
            rows.append(([item.name, where, frequency_label(item.frequency),
                          self.tr("{n} 天").format(n=item.due_days), item.column_name or "—", item.basis,
                          cc.status_text(item.active)], item.active))
        cc.fill_table(self.table, rows)
        row = next((i for i, item in enumerate(data.items) if item.id == keep), None)
        if row is not None:
            self.table.setCurrentCell(row, 0)
        self._selection_changed()

    def selected(self) -> DisclosureItemRow | None:
        row = self.table.currentRow()
        items = self.data.items if self.data else []
        return items[row] if 0 <= row < len(items) else None

    def select(self, name: str) -> bool:
        items = self.data.items if self.data else []
        row = next((i for i, item in enumerate(items) if item.name == name), None)
        if row is not None:
            self.table.setCurrentCell(row, 0)
        return row is not None

    def _fill_subcategories(self, wanted: int | None = None) -> None:
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("（不限子类别）"), None)
        cid = self.category.currentData()
        for cat in self.data.categories if self.data else []:
            if cat.id != cid:
                continue
            for sub in cat.subcategories:
                if sub.active or sub.id == wanted:
                    self.subcategory.addItem(sub.name, sub.id)
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(wanted), 0))

    def _selection_changed(self) -> None:
        self.errors.clear()
        self.general.hide()
        item = self.selected()
        editable = cc.can_edit(self._actor)
        self.save_button.setEnabled(item is not None and editable)
        self.active_button.setEnabled(item is not None and editable)
        if item is None:
            self._fill_subcategories()
            return
        self.name.setText(item.name)
        cid = next((c.id for c in self.data.categories if c.code == item.category_code), None) \
            if self.data else None
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(self.category.findData(cid), 0))
        self.category.blockSignals(False)
        sub_id = None
        for cat in self.data.categories if self.data else []:
            sub_id = next((s.id for s in cat.subcategories if s.code == item.subcategory_code), sub_id)
        self._fill_subcategories(sub_id)
        self.frequency.setCurrentIndex(max(self.frequency.findData(item.frequency), 0))
        self.due_days.setValue(item.due_days)
        col_id = next((c.id for c in self.data.columns if c.code == item.column_code), None) \
            if self.data else None
        self.column.setCurrentIndex(max(self.column.findData(col_id), 0))
        self.basis.setText(item.basis)
        self.active_button.setText(self.tr("停用") if item.active else self.tr("重新启用"))

    # -- writing ------------------------------------------------------------------
    def _input(self, *, sort_key: int, active: bool) -> edit.DisclosureItemInput:
        return edit.DisclosureItemInput(
            name=self.name.text(), category_id=int(self.category.currentData() or 0),
            frequency=str(self.frequency.currentData()), due_days=self.due_days.value(),
            subcategory_id=self.subcategory.currentData(), notice_column_id=self.column.currentData(),
            basis=self.basis.text(), sort_key=sort_key, active=active)

    def save_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        data = self._input(sort_key=item.sort_key, active=item.active)
        self._save(data, item.id, self.tr("已保存“{name}”。").format(name=data.name.strip()))

    def add_item(self) -> None:
        keys = (i.sort_key for i in self.data.items) if self.data else iter(())
        data = self._input(sort_key=cc.next_sort_key(keys), active=True)
        self._save(data, None, self.tr("已添加公开事项“{name}”。").format(name=data.name.strip()))

    def toggle_active(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.active:
            answer = QMessageBox.question(self, self.tr("停用公开事项"), self.tr(
                "停用“{name}”？\n停用后公开时限板不再列出它，也不再提醒；已公开的记录不受影响。"
            ).format(name=item.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        # The stored values: switching off does not save a half-made edit.
        cid = next((c.id for c in self.data.categories if c.code == item.category_code), 0) \
            if self.data else 0
        subs = [s for c in self.data.categories for s in c.subcategories] if self.data else []
        cols = self.data.columns if self.data else []
        data = edit.DisclosureItemInput(
            name=item.name, category_id=cid, frequency=item.frequency, due_days=item.due_days,
            subcategory_id=next((s.id for s in subs if s.code == item.subcategory_code), None),
            notice_column_id=next((c.id for c in cols if c.code == item.column_code), None),
            basis=item.basis, sort_key=item.sort_key, active=not item.active)
        text = self.tr("已停用“{name}”。") if item.active else self.tr("已重新启用“{name}”。")
        self._save(data, item.id, text.format(name=item.name))

    def _save(self, data: edit.DisclosureItemInput, item_id: int | None, done: str) -> None:
        self.errors.clear()
        self.general.hide()
        actor = self._actor

        def saved(new_id: int) -> None:
            self._keep = new_id
            self.status.emit(done)

        self._keep = item_id
        self._worker.write(cc.saving(lambda s: edit.save_disclosure_item(s, actor, data, item_id)),
                           guard(self, saved), guard(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        self._keep = None
        self.status.emit("")
        self.errors.report(exc, self.general)

