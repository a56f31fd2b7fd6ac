"""待处理: the filter bar, the open complaints (most urgent first) and, beside
them, the detail of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.desk.complaint_table import ComplaintTable
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.desk_model import IdSource
from desktop.ui.desk.detail_pane import DetailPane
from desktop.ui.desk.filter_bar import FilterBar
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.complaints import queries
from localdb.roles import Actor


class OpenTab(QWidget):
    #: How many complaints the list holds now.
    counted = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, now: Now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._now = now
        self.filters = FilterBar()
        self.table = ComplaintTable(worker, self._source(), now)
        self.table.setObjectName("complaints")
        self.detail = DetailPane(worker, actor, now)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filters)
        lay.addWidget(self.splitter, 1)
        self.filters.changed.connect(self.reload)
        self.table.current_changed.connect(self.detail.show_id)
        self.table.opened.connect(lambda _cid: self.detail.focus_actions())
        self.table.timer.timeout.connect(self.detail.tick)
        self.table.model_.loaded.connect(self.counted)
        self.table.model_.failed.connect(
            lambda exc: self.detail.show_message(errors.message(exc)))
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.table.setFocus)  # Esc: from the detail back to the list
        worker.changed.connect(self._on_changed)  # dropped with self
        self.reload()

    def _source(self) -> IdSource:
        f = self.filters.desk_filter(self._actor.user_id, self._now())
        return lambda s: queries.open_ids(s, f)

    def reload(self) -> None:
        """Ask for the ids again with the filters as they are now."""
        self.table.model_.set_source(self._source())

    def _on_changed(self, changes: Changes) -> None:
        if changes.complaints:
            self.reload()

    def show_complaint(self, complaint_id: int) -> None:
        """Select it in the list (once the list holds it) and show its detail."""
        self.table.select_id(complaint_id)
        self.detail.show_id(complaint_id)
