"""Settings → 查询台目录: the query desk's categories and sub-categories, the
disclosure list and the notice-board columns. Managers edit (EDIT_CATALOGUE);
everyone else reads. Entries are switched off, never deleted."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.settings import catalogue_common as cc
from desktop.ui.settings.catalogue_categories import CategoriesTab
from desktop.ui.settings.catalogue_columns import ColumnsTab
from desktop.ui.settings.catalogue_items import ItemsTab
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.roles import Actor

CATEGORIES, ITEMS, COLUMNS = range(3)


class CatalogueForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.data: cc.CatalogueData | None = None
        self.note = cc.read_only_note(actor)
        self.categories = CategoriesTab(worker, actor)
        self.items = ItemsTab(worker, actor)
        self.columns = ColumnsTab(worker, actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.categories, self.tr("类别与子类别"))
        self.tabs.addTab(self.items, self.tr("信息公开清单"))
        self.tabs.addTab(self.columns, self.tr("公开栏目"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        for tab in (self.categories, self.items, self.columns):
            tab.status.connect(self.status.setText)
        self.tabs.currentChanged.connect(lambda _i: self.status.clear())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(self.note)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.status)
        worker.changed.connect(self._on_changed)  # dropped with self
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(cc.load), guard(self, self._show), guard(self, self._failed))

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalogue:
            self.refresh()

    def _show(self, data: cc.CatalogueData) -> None:
        self.data = data
        self.categories.set_rows(data.categories)
        self.items.set_data(data)
        self.columns.set_data(data)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(errors.message(exc))
