"""One category's records: filters (sub-category, period from/to, and for
staff the state) above a lazy table. Up/Down move, Enter opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.query import record_model as rm
from desktop.ui.query.record_model import RecordListModel
from desktop.ui.worker import DbWorker
from localdb.records.queries import (
    DRAFT,
    PUBLIC_STATES,
    PUBLISHED,
    STATES,
    SUBMITTED,
    SUPERSEDED,
    WITHDRAWN,
    CategoryTile,
    RecordFilter,
    SubcategoryInfo,
)

FILTER_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the date edits' "不限"
WIDTHS = {rm.COL_SUB: 150, rm.COL_PERIOD: 130, rm.COL_STATE: 90, rm.COL_VERSION: 60,
          rm.COL_PUBLISHED: 100, rm.COL_FILES: 50}


def _date_edit(tip: str, any_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(any_text)
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    edit.setMinimumWidth(120)
    return edit


def _value(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


class RecordTable(QTableView):
    opened = Signal(int)

    def __init__(self, model: RecordListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryRecords")
        self.setModel(model)
        self.model_ = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(34)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            self.setColumnWidth(col, width)
        header.setSectionResizeMode(rm.COL_TITLE, QHeaderView.ResizeMode.Stretch)  # titles are long
        self.activated.connect(self._activated)
        model.modelReset.connect(self._select_first)

    def _activated(self, index: QModelIndex) -> None:
        rid = self.model_.id_at(index.row())
        if rid is not None:
            self.opened.emit(rid)

    def _select_first(self) -> None:
        if self.model_.rowCount() and not self.currentIndex().isValid():
            self.selectRow(0)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.model_.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> None:
        row = self.model_.row_of(record_id)
        if row is not None:
            self.selectRow(row)
            self.scrollTo(self.model_.index(row, 0))


class RecordList(QWidget):
    opened = Signal(int)
    back = Signal()

    def __init__(self, worker: DbWorker, *, public: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category: CategoryTile | None = None
        self._public = public
        self.back_button = QPushButton(self.tr("← 返回"))
        self.back_button.setToolTip(self.tr("返回上一屏（Alt+←）"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.count.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)

        self.subcategory = QComboBox()
        self.subcategory.setMinimumContentsLength(12)
        self.period_from = _date_edit(self.tr("期间从（含）；不限则不按起始日期筛选"), self.tr("不限"))
        self.period_to = _date_edit(self.tr("期间到（含）；不限则不按截止日期筛选"), self.tr("不限"))
        self.state = QComboBox()
        for text, states in ((self.tr("公开中"), PUBLIC_STATES), (self.tr("已发布"), (PUBLISHED,)),
                             (self.tr("已被更正"), (SUPERSEDED,)), (self.tr("已撤回"), (WITHDRAWN,)),
                             (self.tr("待审核"), (SUBMITTED,)), (self.tr("草稿"), (DRAFT,)),
                             (self.tr("全部状态"), STATES)):
            self.state.addItem(text, states)
        self.state.setVisible(not public)
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("子类")))
        bar.addWidget(self.subcategory)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("期间")))
        bar.addWidget(self.period_from)
        bar.addWidget(QLabel(self.tr("至")))
        bar.addWidget(self.period_to)
        bar.addSpacing(12)
        state_label = QLabel(self.tr("状态"))
        state_label.setVisible(not public)
        bar.addWidget(state_label)
        bar.addWidget(self.state)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)

        self.model_ = RecordListModel(worker, parent=self)
        self.table = RecordTable(self.model_)
        self.table.opened.connect(self.opened)
        self.empty = QLabel(self.tr("没有符合条件的记录。"))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.model_.loaded.connect(self._loaded)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        for combo in (self.subcategory, self.state):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())

    # -- what is shown ----------------------------------------------------------
    def show_category(self, category: CategoryTile, subcategories: list[SubcategoryInfo]) -> None:
        """A new category: its sub-categories, filters reset, ids loaded."""
        changed = self.category is None or self.category.id != category.id
        self.category = category
        self.title.setText(category.name)
        self.set_subcategories(subcategories)
        if changed:
            self._reset_filters()
        self.reload()

    def set_subcategories(self, subcategories: list[SubcategoryInfo]) -> None:
        current = self.subcategory.currentData()
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("全部子类"), None)
        for sub in subcategories:
            self.subcategory.addItem(self.tr("{name}（{n}）").format(name=sub.name, n=sub.published), sub.id)
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(current), 0))
        self.subcategory.blockSignals(False)

    def _reset_filters(self) -> None:
        for w in (self.subcategory, self.state, self.period_from, self.period_to):
            w.blockSignals(True)
        self.subcategory.setCurrentIndex(0)
        self.state.setCurrentIndex(0)
        self.period_from.setDate(NO_DATE)
        self.period_to.setDate(NO_DATE)
        for w in (self.subcategory, self.state, self.period_from, self.period_to):
            w.blockSignals(False)

    def clear_filters(self) -> None:
        self._reset_filters()
        self.reload()

    def record_filter(self) -> RecordFilter:
        states = PUBLIC_STATES if self._public else self.state.currentData()
        return RecordFilter(
            category_id=self.category.id if self.category else None,
            subcategory_id=self.subcategory.currentData(),
            period_from=_value(self.period_from), period_to=_value(self.period_to),
            states=tuple(states),
        )

    def reload(self) -> None:
        self._debounce.stop()
        if self.category is not None:
            self.model_.set_filter(self.record_filter())

    def _loaded(self, n: int) -> None:
        self.count.setText(self.tr("共 {n} 份").format(n=n))
        self.empty.setVisible(n == 0)
