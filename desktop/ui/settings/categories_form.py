"""Settings → 投诉类别: the complaint category catalogue (managers and admins edit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.settings.policy_common import can_edit, read_only_note, set_editable, urgency_labels
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.complaints import policy, queries
from localdb.engine import Store
from localdb.roles import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NAME_FIELD = "类别名称"  # the field localdb.complaints.policy.add_category reports


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    urgency: str
    active: bool


def load_categories(session: Session) -> list[CategoryRow]:
    # queries.categories has no active flag: the active ones are a second call.
    active = {i for i, _, _ in queries.categories(session, active_only=True)}
    return [CategoryRow(i, name, urgency, i in active)
            for i, name, urgency in queries.categories(session, active_only=False)]


class CategoriesForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._rows: list[CategoryRow] = []
        self._select_id: int | None = None
        self._labels = urgency_labels()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("紧急程度"), self.tr("状态")])
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
        self.name.setPlaceholderText(self.tr("例如：电梯故障"))
        self.urgency = self._urgency_combo()
        self.add_button = QPushButton(self.tr("添加类别"))
        self.add_button.clicked.connect(self._add)
        add_form = QFormLayout()
        self.errors = FieldErrors(add_form)
        self.errors.add(NAME_FIELD, self.tr("类别名称"), self.name)
        self.errors.add("urgency", self.tr("紧急程度"), self.urgency)
        add_box = QGroupBox(self.tr("添加类别"))
        add_lay = QVBoxLayout(add_box)
        add_lay.addLayout(add_form)
        add_lay.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.selected_name = QLabel(self.tr("请先在表格中选择一个类别。"))
        self.selected_name.setWordWrap(True)
        self.new_urgency = self._urgency_combo()
        self.urgency_button = QPushButton(self.tr("更改紧急程度"))
        self.urgency_button.clicked.connect(self._change_urgency)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self._toggle_active)
        change_row = QHBoxLayout()
        change_row.addWidget(self.new_urgency)
        change_row.addWidget(self.urgency_button)
        change_row.addStretch(1)
        edit_box = QGroupBox(self.tr("所选类别"))
        edit_lay = QVBoxLayout(edit_box)
        edit_lay.addWidget(self.selected_name)
        edit_lay.addLayout(change_row)
        edit_lay.addWidget(self.active_button, alignment=Qt.AlignmentFlag.AlignLeft)

        hint = QLabel(self.tr("紧急程度决定新投诉的处理时限；已受理的投诉保持受理时的紧急程度。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(edit_box)
        side.addWidget(hint)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(360)

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.note = read_only_note(actor)
        editable = can_edit(actor)
        set_editable(editable, self.name, self.urgency, self.new_urgency)
        add_box.setVisible(editable)
        edit_box.setVisible(editable)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(side_box)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addWidget(self.note)
        lay.addLayout(body, 1)
        lay.addWidget(self.status)
        self._selection_changed()
        worker.changed.connect(self._on_changed)
        self.refresh()

    def _urgency_combo(self) -> QComboBox:
        combo = QComboBox()
        for value, label in self._labels.items():
            combo.addItem(label, value)
        combo.setCurrentIndex(1)  # 一般: what most categories are
        return combo

    # -- reading ------------------------------------------------------------
    def refresh(self) -> None:
        self._worker.run(reading(load_categories), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh()

    def _show(self, rows: list[CategoryRow]) -> None:
        keep = self._select_id if self._select_id is not None else getattr(self.selected(), "id", None)
        self._select_id = None
        self._rows = rows
        self.table.setRowCount(len(rows))
        grey = QBrush(QColor("#9aa5b1"))
        for i, row in enumerate(rows):
            state = self.tr("启用") if row.active else self.tr("已停用")
            for col, text in enumerate((row.name, self._labels.get(row.urgency, row.urgency), state)):
                item = QTableWidgetItem(text)
                if not row.active:
                    item.setForeground(grey)
                self.table.setItem(i, col, item)
            if row.id == keep:
                self.table.setCurrentCell(i, 0)
        self._selection_changed()

    def selected(self) -> CategoryRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        editable = can_edit(self._actor)
        for w in (self.new_urgency, self.urgency_button, self.active_button):
            w.setEnabled(row is not None and editable)
        if row is None:
            self.selected_name.setText(self.tr("请先在表格中选择一个类别。"))
            return
        self.selected_name.setText(row.name)
        self.new_urgency.setCurrentIndex(max(self.new_urgency.findData(row.urgency), 0))
        self.active_button.setText(self.tr("停用此类别") if row.active else self.tr("重新启用此类别"))

    # -- writing ------------------------------------------------------------
    def _add(self) -> None:
        self.errors.clear()
        self.status.clear()
        name, urgency, actor = self.name.text(), str(self.urgency.currentData()), self._actor

        def job(store: Store) -> tuple[Changes, int]:
            with store.write() as session:
                return policy.add_category(session, actor, name, urgency)

        def done(new_id: int) -> None:
            self._select_id = new_id
            self.name.clear()
            self.status.setText(self.tr("已添加类别“{name}”。").format(name=name.strip()))

        self._select_id = None
        self._worker.write(job, done, lambda exc: self.errors.report(exc, self.status))

    def _change_urgency(self) -> None:
        row = self.selected()
        if row is None:
            return
        urgency, actor = str(self.new_urgency.currentData()), self._actor
        label = self._labels[urgency]
        self._worker.write(
            writing(lambda s: policy.update_category(s, actor, row.id, urgency=urgency)),
            lambda _: self.status.setText(self.tr(
                "已更改：此后受理的“{name}”投诉按“{urgency}”计时，已受理的不变。"
            ).format(name=row.name, urgency=label)),
            self._report,
        )

    def _toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.active:
            answer = QMessageBox.question(
                self, self.tr("停用类别"),
                self.tr("停用“{name}”？\n停用后新投诉不能再选此类别，已有投诉不受影响。").format(name=row.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor, active = self._actor, not row.active
        self._worker.write(
            writing(lambda s: policy.update_category(s, actor, row.id, active=active)),
            lambda _: self._toggled(row.name, active),
            self._report,
        )

    def _toggled(self, name: str, active: bool) -> None:
        text = self.tr("已重新启用“{name}”。") if active else self.tr("已停用“{name}”。")
        self.status.setText(text.format(name=name))

    def _report(self, exc: BaseException) -> None:
        self.status.setText(errors.message(exc))
