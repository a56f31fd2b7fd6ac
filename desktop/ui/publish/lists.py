"""The three record lists of 公开管理: 草稿 (mine, with the reason review sent
one back), 待审核 (waiting for a manager) and 已发布 (published, superseded and
withdrawn, filtered by category and period). Enter opens the selected record;
the buttons under each list act on it. The page loads the rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.publish.item_model import Column, ItemModel, Tint
from desktop.ui.publish.labels import RETURNED_COLOURS
from desktop.ui.query import labels as qlabels
from desktop.ui.query.record_list import NO_DATE, _date_edit, _value
from localdb.records.catalogue import CategoryRow
from localdb.records.worklist import DONE_STATES, PublishedFilter, PublishedList, WorkItem

FILTER_DELAY_MS = 250
ROW_HEIGHT = 32
TIME_WIDTH = 160  # 2026-11-10 10:00
COL_WITHDRAWN = 7  # the published list's 撤回原因, shown when a withdrawn record is listed


def _period(item: WorkItem) -> str:
    return qlabels.period_text(item.period_start, item.period_end)


def _state_tint(item: WorkItem) -> Tint:
    return qlabels.STATE_COLOURS.get(item.state, qlabels.STATE_COLOURS["draft"])


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    return b


class ItemTable(QTableView):
    opened = Signal(object)  # WorkItem

    def __init__(self, model: ItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishList")
        self.setModel(model)
        self.model_ = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for col, column in enumerate(model.columns):
            if column.width:
                self.setColumnWidth(col, column.width)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._activated)
        self._keep: int | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model_.item_at(index.row())
        if item is not None:
            self.opened.emit(item)

    def current_item(self) -> WorkItem | None:
        index = self.currentIndex()
        return self.model_.item_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> bool:
        row = self.model_.row_of(record_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.model_.index(row, 0))
        return True

    def _remember(self) -> None:
        item = self.current_item()
        self._keep = item.id if item is not None else None

    def _restore(self) -> None:
        if (self._keep is None or not self.select_id(self._keep)) and self.model_.rowCount():
            self.selectRow(0)


class ListTab(QWidget):
    """A list with a line above it (what it holds) and buttons below."""

    opened = Signal(object)  # WorkItem

    def __init__(self, columns: list[Column], note: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = ItemModel(columns, self)
        self.table = ItemTable(self.model_)
        self.table.opened.connect(self.opened)
        self.note = QLabel(note)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.empty_text = empty
        self.empty = QLabel(empty)
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.top = QHBoxLayout()
        self.top.addWidget(self.note, 1)
        self.buttons = QHBoxLayout()
        self.open_button = _button(self.tr("打开（Enter）"))
        self.open_button.clicked.connect(self._open_current)
        self.buttons.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addLayout(self.top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        lay.addLayout(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model_.modelReset.connect(self._update_buttons)

    def set_items(self, items: list[WorkItem]) -> None:
        self.model_.set_items(items)
        self.empty.setVisible(not items)

    def current(self) -> WorkItem | None:
        return self.table.current_item()

    def _emit(self, signal: SignalInstance) -> None:
        item = self.current()
        if item is not None:
            signal.emit(item)

    def _open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.opened.emit(item)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current() is not None)


class DraftsTab(ListTab):
    new_requested = Signal()
    discard_requested = Signal(object)  # WorkItem

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("状态"), self._state, 90, self._tint),
            Column(self.tr("标题"), lambda i: i.title),
            Column(self.tr("类别"), lambda i: i.category_name, 90),
            Column(self.tr("期间"), _period, 130),
            Column(self.tr("修改时间"), lambda i: qlabels.local_time(i.updated_at), TIME_WIDTH),
            Column(self.tr("退回原因"), lambda i: i.returned_reason, 240, self._tint),
        ]
        super().__init__(columns, self.tr("我起草的记录。审核退回的排在前面，退回原因见最后一列；"
                                          "改好后再次提交审核。"),
                         self.tr("没有草稿。按 Ctrl+N 新建一份公开记录。"), parent)
        self.new_button = _button(self.tr("新建（Ctrl+N）"))
        self.new_button.clicked.connect(self.new_requested)
        self.discard_button = _button(self.tr("删除草稿（Del）"))
        self.discard_button.clicked.connect(self._discard_current)
        self.buttons.insertWidget(0, self.new_button)
        self.buttons.addWidget(self.discard_button)
        self.buttons.addStretch(1)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._discard_current)
        self._update_buttons()

    def _state(self, item: WorkItem) -> str:
        if item.returned_reason:
            return self.tr("被退回")
        return self.tr("更正草稿") if item.is_correction else self.tr("草稿")

    @staticmethod
    def _tint(item: WorkItem) -> Tint | None:
        return RETURNED_COLOURS if item.returned_reason else None

    def _discard_current(self) -> None:
        item = self.current()
        if item is not None:
            self.discard_requested.emit(item)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "discard_button"):
            self.discard_button.setEnabled(self.current() is not None)


class ReviewTab(ListTab):
    publish_requested = Signal(object)  # WorkItem
    return_requested = Signal(object)

    def __init__(self, can_review: bool, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("标题"), lambda i: i.title),
            Column(self.tr("类别"), lambda i: i.category_name, 90),
            Column(self.tr("期间"), _period, 130),
            Column(self.tr("起草人"), lambda i: i.author_name, 80),
            Column(self.tr("提交时间"), lambda i: qlabels.local_time(i.submitted_at), TIME_WIDTH),
            Column(self.tr("版本"), self._version, 130),
        ]
        note = self.tr("等待审核的记录，先提交的在前。审核人不能是起草人；发布后住户在查询台可以看到。") \
            if can_review else self.tr("等待项目经理审核的记录。")
        super().__init__(columns, note, self.tr("没有等待审核的记录。"), parent)
        self.open_button.setText(self.tr("查看（Enter）"))
        self.publish_button = _button(self.tr("发布"))
        self.publish_button.clicked.connect(lambda: self._emit(self.publish_requested))
        self.return_button = _button(self.tr("退回修改…"))
        self.return_button.clicked.connect(lambda: self._emit(self.return_requested))
        for b in (self.publish_button, self.return_button):
            b.setVisible(can_review)
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self._update_buttons()

    def _version(self, item: WorkItem) -> str:
        return self.tr("第 {n} 版 · 更正").format(n=item.version) if item.is_correction \
            else self.tr("第 {n} 版").format(n=item.version)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        for name in ("publish_button", "return_button"):
            if hasattr(self, name):
                getattr(self, name).setEnabled(self.current() is not None)


class PublishedTab(ListTab):
    filter_changed = Signal()
    correct_requested = Signal(object)  # WorkItem
    withdraw_requested = Signal(object)

    def __init__(self, can_edit: bool, can_review: bool, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("状态"), lambda i: qlabels.state_label(i.state), 80, _state_tint),
            Column(self.tr("标题"), lambda i: i.title),
            Column(self.tr("类别"), lambda i: i.category_name, 90),
            Column(self.tr("期间"), _period, 130),
            Column(self.tr("版本"), lambda i: str(i.version), 50),
            Column(self.tr("发布时间"), lambda i: qlabels.local_time(i.published_at), TIME_WIDTH),
            Column(self.tr("审核人"), lambda i: i.reviewer_name, 70),
            Column(self.tr("撤回原因"), lambda i: i.withdrawn_reason, 180),
        ]
        super().__init__(columns, "", self.tr("没有符合条件的记录。"), parent)
        self.note.hide()
        self.open_button.setText(self.tr("查看（Enter）"))
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), None)
        for state in DONE_STATES:
            self.state.addItem(qlabels.state_label(state), state)
        self.period_from = _date_edit(self.tr("期间在此日期及以后"), self.tr("不限"))
        self.period_to = _date_edit(self.tr("期间在此日期及以前"), self.tr("不限"))
        self.count = QLabel()
        self.count.setObjectName("muted")
        for w in (QLabel(self.tr("类别")), self.category, QLabel(self.tr("状态")), self.state,
                  QLabel(self.tr("期间")), self.period_from, QLabel(self.tr("至")), self.period_to):
            self.top.addWidget(w)
        self.top.addStretch(1)
        self.top.addWidget(self.count)
        self.correct_button = _button(self.tr("更正…"))
        self.correct_button.setToolTip(self.tr("以此版本为底稿起草新版本；新版本发布后，此版本标为“已被更正”"))
        self.correct_button.clicked.connect(lambda: self._emit(self.correct_requested))
        self.withdraw_button = _button(self.tr("撤回…"))
        self.withdraw_button.clicked.connect(lambda: self._emit(self.withdraw_requested))
        self.correct_button.setVisible(can_edit)
        self.withdraw_button.setVisible(can_review)
        self.buttons.addWidget(self.correct_button)
        self.buttons.addWidget(self.withdraw_button)
        self.buttons.addStretch(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.filter_changed)
        self.category.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.state.currentIndexChanged.connect(lambda _i: self._debounce.start())
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self._update_buttons()

    def set_categories(self, categories: tuple[CategoryRow, ...]) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("全部类别"), None)
        for c in categories:
            self.category.addItem(c.name, c.code)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)

    def filter(self) -> PublishedFilter:
        state = self.state.currentData()
        return PublishedFilter(category_code=self.category.currentData(),
                               period_from=_value(self.period_from), period_to=_value(self.period_to),
                               states=(state,) if state else DONE_STATES)

    def set_period(self, start: date | None, end: date | None) -> None:
        for edit, day in ((self.period_from, start), (self.period_to, end)):
            edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))

    def set_list(self, found: PublishedList) -> None:
        self.set_items(list(found.items))
        self.table.setColumnHidden(COL_WITHDRAWN, not any(i.withdrawn_reason for i in found.items))
        shown = len(found.items)
        self.count.setText(self.tr("共 {n} 份").format(n=found.total) if shown == found.total
                           else self.tr("共 {n} 份，显示最近 {shown} 份").format(n=found.total, shown=shown))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        item = self.current()
        if hasattr(self, "withdraw_button"):
            published = item is not None and item.state == "published"
            self.correct_button.setEnabled(published)
            self.withdraw_button.setEnabled(published)
