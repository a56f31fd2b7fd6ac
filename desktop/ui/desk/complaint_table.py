"""The list view of complaints: lazy model, a one-second countdown tick for
the rows on screen, and a selection that survives every refresh."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.desk import desk_model as dm
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.desk_model import ComplaintTableModel, IdSource
from desktop.ui.worker import DbWorker

WIDTHS = {dm.COL_NUMBER: 150, dm.COL_STATUS: 64, dm.COL_CHANNEL: 64, dm.COL_CATEGORY: 130,
          dm.COL_PLACE: 125, dm.COL_SUMMARY: 240, dm.COL_RESPONSE: 108,
          dm.COL_RESOLUTION: 108, dm.COL_HANDLER: 64}
#: On screen the countdowns come right after the state, so they stay in view
#: beside the detail pane; the model keeps the documented column order.
VISUAL_ORDER = (dm.COL_NUMBER, dm.COL_STATUS, dm.COL_RESPONSE, dm.COL_RESOLUTION,
                dm.COL_CATEGORY, dm.COL_PLACE, dm.COL_SUMMARY, dm.COL_CHANNEL, dm.COL_HANDLER)


class ComplaintTable(QTableView):
    #: The current complaint changed by the user (None: nothing selected).
    current_changed = Signal(object)
    #: Enter (or a double click) on a row.
    opened = Signal(int)

    def __init__(self, worker: DbWorker, source: IdSource, now: Now, *,
                 follow_on_removal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        # Where the selection goes when its complaint leaves the list: the row
        # that took its place (working down a list), or nowhere.
        self._follow = follow_on_removal
        self._keep: tuple[int | None, int] = (None, -1)
        self._pending: int | None = None
        self.model_ = ComplaintTableModel(worker, source, now(), parent=self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never asks rows off screen for their size.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for col, width in WIDTHS.items():
            self.setColumnWidth(col, width)
        for visual, col in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(col), visual)
        header.setStretchLastSection(True)
        self.model_.modelAboutToBeReset.connect(self._remember)
        self.model_.modelReset.connect(self._restore)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(self._row_changed)
        self.activated.connect(self._activated)
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- selection ------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.model_.id_at(index.row()) if index.isValid() else None

    def select_id(self, complaint_id: int) -> bool:
        """Select a complaint; if the list does not hold it yet, select it when it does."""
        row = self.model_.row_of(complaint_id)
        if row is None:
            self._pending = complaint_id
            return False
        self._pending = None
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model_.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def _remember(self) -> None:
        index = self.currentIndex()
        self._keep = (self.current_id(), index.row() if index.isValid() else -1)
        self._restoring = True

    def _restore(self) -> None:
        kept, old_row = self._keep
        wanted = self._pending if self._pending is not None else kept
        self._pending = None  # one chance: a complaint filtered out must not jump in later
        row = self.model_.row_of(wanted) if wanted is not None else None
        if row is not None:
            self._select_row(row)
            self._restoring = False
            if wanted != kept:
                self.current_changed.emit(wanted)
            return
        self._restoring = False
        count = self.model_.rowCount()
        if self._follow and old_row >= 0 and count:
            self._select_row(min(old_row, count - 1))  # emits current_changed

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self.current_changed.emit(self.model_.id_at(current.row()) if current.isValid() else None)

    def _activated(self, index: QModelIndex) -> None:
        cid = self.model_.id_at(index.row())
        if cid is not None:
            self.opened.emit(cid)

    # -- the clock ------------------------------------------------------------
    def visible_rows(self) -> tuple[int, int]:
        first = self.rowAt(0)
        if first < 0:
            return -1, -1
        last = self.rowAt(self.viewport().height() - 1)
        return first, last if last >= 0 else self.model_.rowCount() - 1

    def tick(self) -> None:
        if self.isVisible():
            first, last = self.visible_rows()
            self.model_.tick(self._now(), first, last)
