"""查询台目录 → 类别与子类别: the five categories (and any added), each with
its sub-categories. Rename, give a sub-category its body kind (文档 or a
table), add, switch off; nothing is deleted (records keep pointing at it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import catalogue_common as cc
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.engine import Store
from localdb.records import catalogue_edit as edit
from localdb.records.catalogue import CategoryRow, SubcategoryRow
from localdb.roles import Actor

KEY_ROLE = Qt.ItemDataRole.UserRole
Job = Callable[[Store], tuple[Changes, int]]


@dataclass(frozen=True)
class Selected:
    category: CategoryRow
    sub: SubcategoryRow | None  # None: the category itself


class CategoriesTab(QWidget):
    #: A status line for the page (what was saved, or why not).
    status = Signal(str)

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.rows: list[CategoryRow] = []
        self._keep: tuple[str, int] | None = None
        editable = cc.can_edit(actor)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("类别 / 子类别"), self.tr("正文"), self.tr("状态")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())

        # The selected entry: rename, body kind (sub-categories), switch off.
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.name = QLineEdit()
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("给住户看的一句说明"))
        self.body_kind = cc.body_kind_combo()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("名称", self.tr("名称"), self.name)
        self.errors.add("说明", self.tr("说明"), self.description)
        self.errors.add("body_kind", self.tr("正文类型"), self.body_kind)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save_selected)
        self.active_button = QPushButton(self.tr("停用"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        edit_box = QGroupBox(self.tr("所选类别或子类别"))
        edit_lay = QVBoxLayout(edit_box)
        edit_lay.addWidget(self.selected_label)
        edit_lay.addLayout(form)
        edit_lay.addLayout(buttons)

        # Adding: a sub-category under the selected category, or a category.
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("例如：停车场管理协议"))
        self.new_kind = cc.body_kind_combo()
        add_form = QFormLayout()
        self.add_errors = FieldErrors(add_form)
        self.add_errors.add("名称", self.tr("名称"), self.new_name)
        self.add_errors.add("body_kind", self.tr("正文类型"), self.new_kind)
        self.add_sub_button = QPushButton(self.tr("添加为所选类别的子类别"))
        self.add_sub_button.clicked.connect(self.add_subcategory)
        self.add_category_button = QPushButton(self.tr("添加为新类别"))
        self.add_category_button.clicked.connect(self.add_category)
        add_box = QGroupBox(self.tr("添加"))
        add_lay = QVBoxLayout(add_box)
        add_lay.addLayout(add_form)
        add_lay.addWidget(self.add_sub_button, alignment=Qt.AlignmentFlag.AlignLeft)
        add_lay.addWidget(self.add_category_button, alignment=Qt.AlignmentFlag.AlignLeft)

        hint = QLabel(self.tr("停用的类别和子类别不再用于新记录，已有记录不受影响；可随时重新启用。"
                              "正文类型决定记录的正文是文档还是收支表、作业记录表或清册。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        side = QVBoxLayout()
        side.addWidget(self.general)
        side.addWidget(edit_box)
        side.addWidget(add_box)
        side.addWidget(hint)
        side.addStretch(1)
        self.side = QWidget()
        self.side.setLayout(side)
        self.side.setFixedWidth(380)
        self.side.setVisible(editable)

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.side)
        self._selection_changed()

    # -- showing ------------------------------------------------------------------
    def set_rows(self, rows: list[CategoryRow]) -> None:
        keep = self._keep or self._key(self.selected())
        self._keep = None
        self.rows = rows
        self.tree.clear()
        grey = QBrush(QColor(cc.GREY))
        current: QTreeWidgetItem | None = None
        for cat in rows:
            top = QTreeWidgetItem([cat.name, "", cc.status_text(cat.active)])
            top.setData(0, KEY_ROLE, ("category", cat.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for sub in cat.subcategories:
                child = QTreeWidgetItem([sub.name, cc.body_kind_label(sub.body_kind),
                                         cc.status_text(sub.active and cat.active)])
                child.setData(0, KEY_ROLE, ("sub", sub.id))
                if not (sub.active and cat.active):
                    for col in range(3):
                        child.setForeground(col, grey)
                top.addChild(child)
                if keep == ("sub", sub.id):
                    current = child
            if not cat.active:
                for col in range(3):
                    top.setForeground(col, grey)
            self.tree.addTopLevelItem(top)
            if keep == ("category", cat.id):
                current = top
        self.tree.expandAll()
        if current is not None:
            self.tree.setCurrentItem(current)
        self._selection_changed()

    @staticmethod
    def _key(selected: Selected | None) -> tuple[str, int] | None:
        if selected is None:
            return None
        return ("sub", selected.sub.id) if selected.sub else ("category", selected.category.id)

    def selected(self) -> Selected | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, ident = item.data(0, KEY_ROLE)
        for cat in self.rows:
            if kind == "category" and cat.id == ident:
                return Selected(cat, None)
            for sub in cat.subcategories:
                if kind == "sub" and sub.id == ident:
                    return Selected(cat, sub)
        return None

    def select(self, name: str) -> bool:
        """Select the entry of that name (tests, and after adding)."""
        found = self.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if found:
            self.tree.setCurrentItem(found[0])
        return bool(found)

    def _selection_changed(self) -> None:
        self.errors.clear()
        s = self.selected()
        editable = cc.can_edit(self._actor)
        for w in (self.name, self.save_button, self.active_button):
            w.setEnabled(s is not None and editable)
        self.add_sub_button.setEnabled(s is not None and editable)
        is_sub = s is not None and s.sub is not None
        self.body_kind.setEnabled(is_sub and editable)
        self.description.setEnabled(s is not None and not is_sub and editable)
        if s is None:
            self.selected_label.setText(self.tr("请先在左侧选择一个类别或子类别。"))
            self.name.clear()
            self.description.clear()
            return
        if s.sub is None:
            self.selected_label.setText(self.tr("类别：{name}").format(name=s.category.name))
            self.name.setText(s.category.name)
            self.description.setText(s.category.description)
            active = s.category.active
        else:
            self.selected_label.setText(self.tr("{category} 的子类别：{name}").format(
                category=s.category.name, name=s.sub.name))
            self.name.setText(s.sub.name)
            self.description.clear()
            self.body_kind.setCurrentIndex(max(self.body_kind.findData(s.sub.body_kind), 0))
            active = s.sub.active
        self.active_button.setText(self.tr("停用") if active else self.tr("重新启用"))
        self.add_sub_button.setText(self.tr("添加为“{name}”的子类别").format(name=s.category.name))

    # -- writing ------------------------------------------------------------------
    def save_selected(self) -> None:
        s = self.selected()
        if s is None:
            return
        self._write(s, self.name.text(), active=s.sub.active if s.sub else s.category.active,
                    done=self.tr("已保存“{name}”。").format(name=self.name.text().strip()))

    def toggle_active(self) -> None:
        s = self.selected()
        if s is None:
            return
        active = not (s.sub.active if s.sub else s.category.active)
        name = s.sub.name if s.sub else s.category.name
        if not active:
            what = self.tr("子类别") if s.sub else self.tr("类别")
            answer = QMessageBox.question(self, self.tr("停用{what}").format(what=what), self.tr(
                "停用“{name}”？\n停用后新记录不能再选它，已有记录和查询台上的公开内容不受影响。"
            ).format(name=name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = self.tr("已重新启用“{name}”。") if active else self.tr("已停用“{name}”。")
        # The stored name: a half-typed rename is not saved by switching off.
        self._write(s, name, active=active, done=text.format(name=name))

    def _write(self, s: Selected, name: str, *, active: bool, done: str) -> None:
        self.errors.clear()
        self.general.hide()
        actor = self._actor
        if s.sub is None:
            cat = s.category
            data = edit.CategoryInput(name=name, description=self.description.text(),
                                      sort_key=cat.sort_key, active=active)
            job = cc.saving(lambda session: edit.save_category(session, actor, data, cat.id))
        else:
            sub = s.sub
            kind = str(self.body_kind.currentData())
            sub_data = edit.SubcategoryInput(category_id=s.category.id, name=name, body_kind=kind,
                                             sort_key=sub.sort_key, active=active)
            job = cc.saving(lambda session: edit.save_subcategory(session, actor, sub_data, sub.id))
        self._keep = self._key(s)
        self._worker.write(job, lambda _id: self.status.emit(done),
                           lambda exc: self._failed(self.errors, exc))

    def add_subcategory(self) -> None:
        s = self.selected()
        if s is None:
            return
        self.add_errors.clear()
        cat, actor = s.category, self._actor
        data = edit.SubcategoryInput(
            category_id=cat.id, name=self.new_name.text(), body_kind=str(self.new_kind.currentData()),
            sort_key=cc.next_sort_key(x.sort_key for c in self.rows for x in c.subcategories))
        self._add(cc.saving(lambda session: edit.save_subcategory(session, actor, data)), "sub",
                  self.tr("已在“{category}”下添加子类别“{name}”。").format(category=cat.name,
                                                                      name=data.name.strip()))

    def add_category(self) -> None:
        self.add_errors.clear()
        actor = self._actor
        data = edit.CategoryInput(name=self.new_name.text(),
                                  sort_key=cc.next_sort_key(c.sort_key for c in self.rows))
        self._add(cc.saving(lambda session: edit.save_category(session, actor, data)), "category",
                  self.tr("已添加类别“{name}”。").format(name=data.name.strip()))

    def _add(self, job: Job, kind: str, done: str) -> None:
        self.general.hide()

        def added(new_id: int) -> None:
            self._keep = (kind, new_id)
            self.new_name.clear()
            self.status.emit(done)

        self._worker.write(job, added, lambda exc: self._failed(self.add_errors, exc))

    def _failed(self, errors_: FieldErrors, exc: BaseException) -> None:
        self._keep = None
        self.status.emit("")
        errors_.report(exc, self.general)
