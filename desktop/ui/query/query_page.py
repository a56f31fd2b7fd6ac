"""查询台: category tiles → a category's records → one record, with a search
box on top. Alt+← or Backspace goes back a screen, Ctrl+F searches.

Every screen asks the worker for plain data; a write that changed records
(``Changes.records``) reloads what is on screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.query.record_list import RecordList
from desktop.ui.query.record_view import RecordView
from desktop.ui.query.search_panel import SearchBox, SearchResults
from desktop.ui.query.style import QUERY_STYLE
from desktop.ui.query.tiles import CategoryTiles
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.records import queries
from localdb.records.queries import CategoryTile, SubcategoryInfo

TILES, LIST, RECORD, SEARCH = range(4)
POLL_MS = 60_000


@dataclass(frozen=True)
class Screen:
    page: int
    category: CategoryTile | None = None
    record_id: int | None = None
    query: str = ""


class QueryPage(QWidget):
    def __init__(self, worker: DbWorker, *, public: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryPage")
        self.setStyleSheet(QUERY_STYLE)
        self._worker = worker
        self._public = public
        self.history: list[Screen] = []
        self.current = Screen(TILES)

        self.title = QLabel(self.tr("查询台"))
        self.title.setObjectName("pageTitle")
        self.search = SearchBox()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.search, 2)
        self.hint = QLabel(self.tr("选择类别查阅已公开的记录：方向键选择，Enter 打开；Alt+← 或退格键返回。"))
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)

        self.tiles = CategoryTiles()
        self.list = RecordList(worker, public=public)
        self.record = RecordView(worker, public=public)
        self.results = SearchResults(worker)
        tiles_page = QWidget()
        tiles_lay = QVBoxLayout(tiles_page)
        tiles_lay.setContentsMargins(0, 0, 0, 0)
        tiles_lay.addWidget(self.hint)
        tiles_lay.addWidget(self.tiles, 1)
        self.stack = QStackedWidget()
        for w in (tiles_page, self.list, self.record, self.results):
            self.stack.addWidget(w)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 8, 20, 12)
        lay.addLayout(header)
        lay.addWidget(self.message)
        lay.addWidget(self.stack, 1)

        self.tiles.opened.connect(self.open_category)
        self.list.opened.connect(self.open_record)
        self.list.back.connect(self.go_back)
        self.record.back.connect(self.go_back)
        self.record.open_record.connect(self.open_record)
        self.results.opened.connect(self.open_record)
        self.search.searched.connect(self._searched)
        self.search.down.connect(self.results.focus_hits)
        # The platform's Back may already include Backspace (Windows): one shortcut
        # per distinct key, or the duplicate makes both ambiguous and neither fires.
        back_keys = {k.toString(): k for k in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Back),
                                               QKeySequence(Qt.Key.Key_Backspace))}
        for keys in back_keys.values():
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.go_back)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        worker.changed.connect(self._on_changed)  # dropped with self
        # Other PCs write to a shared server without telling this worker.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_now)
        self._poll.start()
        self.load_tiles()

    # -- data ---------------------------------------------------------------------
    def load_tiles(self) -> None:
        self._worker.run(reading(queries.tiles), guard(self, self._show_tiles), guard(self, self._failed))

    def _show_tiles(self, tiles: list[CategoryTile]) -> None:
        self.message.hide()
        self.tiles.set_tiles(tiles)
        if self.stack.currentIndex() == TILES and self.isVisible():
            self.tiles.focus_first()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(errors.message(exc))
        self.message.show()

    def _on_changed(self, changes: Changes) -> None:
        if changes.records or changes.catalogue:
            self.refresh()

    def _poll_now(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload what is on screen (and the tiles' counts under it)."""
        self.load_tiles()
        page = self.stack.currentIndex()
        if page == LIST and self.current.category is not None:
            self._load_subcategories(self.current.category, refresh_only=True)
        elif page == RECORD:
            self.record.reload()
        elif page == SEARCH and self.results.query:
            self.results.search(self.results.query)

    # -- navigation -------------------------------------------------------------------
    def _go(self, screen: Screen) -> None:
        if screen != self.current:
            self.history.append(self.current)
        self._show(screen)

    def _show(self, screen: Screen) -> None:
        self.current = screen
        self.stack.setCurrentIndex(screen.page)
        if screen.page == TILES:
            self.tiles.focus_first()
        elif screen.page == LIST and screen.category is not None:
            self._load_subcategories(screen.category)
            self.list.table.setFocus()
        elif screen.page == RECORD and screen.record_id is not None:
            self.record.show_record(screen.record_id)
            self.record.focus_content()
        elif screen.page == SEARCH:
            if self.results.query != screen.query:
                self.results.search(screen.query)
            self.results.focus_hits()

    def _load_subcategories(self, category: CategoryTile, refresh_only: bool = False) -> None:
        cid = category.id

        def show(subs: list[SubcategoryInfo]) -> None:
            if refresh_only:
                self.list.set_subcategories(subs)
                self.list.model_.refresh()
            else:
                self.list.show_category(category, subs)

        self._worker.run(reading(lambda s: queries.subcategories(s, cid)), guard(self, show),
                         guard(self, self._failed))

    def open_category(self, category: CategoryTile) -> None:
        self._go(Screen(LIST, category=category))

    def open_record(self, record_id: int) -> None:
        category = self.current.category
        self._go(Screen(RECORD, category=category, record_id=record_id))

    def go_back(self) -> None:
        if self.record.attachment.isVisible() and self.stack.currentIndex() == RECORD:
            self.record.attachment.close_pane()
            return
        if not self.history:
            return
        self._show(self.history.pop())

    def go_home(self) -> None:
        self.history.clear()
        self._show(Screen(TILES))

    def _searched(self, text: str) -> None:
        if not text:
            if self.current.page == SEARCH:
                self.go_back()
            return
        if self.current.page == SEARCH:
            self.current = Screen(SEARCH, query=text)  # refine in place: one step back leaves search
            self.results.search(text)
        else:
            self.history.append(self.current)
            self.current = Screen(SEARCH, query=text)
            self.stack.setCurrentIndex(SEARCH)
            self.results.search(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
