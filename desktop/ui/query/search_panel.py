"""Search across the query desk (localdb.search on the worker): a box that
waits for the typing to pause, and a list of hits — Enter opens a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.query import labels
from desktop.ui.worker import DbWorker, reading

SEARCH_DELAY_MS = 300
LIMIT = 100
ID_ROLE = Qt.ItemDataRole.UserRole

SOURCE_LABELS = {
    "title": "标题", "summary": "摘要", "body": "正文", "table": "表格", "attachment": "附件",
}


def source_label(source: str) -> str:
    text = SOURCE_LABELS.get(source)
    return QCoreApplication.translate("search_sources", text) if text else source


def run_search(session: Any, text: str, public_only: bool) -> list[Any]:
    """Runs on the worker."""
    from localdb.search import search

    return list(search(session, text, public_only=public_only, limit=LIMIT))


class SearchBox(QLineEdit):
    """Emits ``searched`` with the text once typing pauses; Down moves to the hits."""

    searched = Signal(str)
    down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("querySearch")
        self.setPlaceholderText(self.tr("搜索标题、摘要、表格内容和 PDF 附件中的文字（Ctrl+F）"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.textChanged.connect(lambda _t: self._debounce.start())
        self.returnPressed.connect(self._enter)

    def search_now(self) -> None:
        self._debounce.stop()
        self.searched.emit(self.text().strip())

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.search_now()
        self.down.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchResults(QWidget):
    opened = Signal(int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        # Staff search what residents see: the query desk is about what is public
        # (drafts and withdrawn records are found through the list's state filter).
        self._public_only = True
        self.query = ""
        self._generation = 0
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.hits = QListWidget()
        self.hits.setObjectName("searchHits")
        self.hits.setWordWrap(True)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.itemActivated.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.status)
        lay.addWidget(self.hits, 1)

    def search(self, text: str) -> None:
        self.query = text
        self._generation += 1
        generation = self._generation
        self.title.setText(self.tr("搜索“{text}”").format(text=text))
        self.status.setText(self.tr("正在搜索…"))
        public_only = self._public_only
        self._worker.run(reading(lambda s: run_search(s, text, public_only)),
                         guard(self, lambda hits: self._show(generation, hits)),
                         guard(self, lambda exc: self._failed(generation, exc)))

    def _show(self, generation: int, hits: list[Any]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.hits.clear()
        for hit in hits:
            snippet = " ".join(str(hit.snippet).split())
            where = f"{hit.category_name} · {labels.state_label(hit.state)} · {source_label(hit.source)}"
            # A title hit shows the title already; elsewhere the words around the match.
            text = f"{hit.title}\n{where}" if hit.source == "title" else f"{hit.title}\n{where}：{snippet}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, hit.record_id)
            item.setToolTip(snippet)
            self.hits.addItem(item)
        if hits:
            self.status.setText(self.tr("找到 {n} 条，↑↓ 选择，Enter 打开。").format(n=len(hits))
                                if len(hits) < LIMIT else
                                self.tr("显示前 {n} 条，请输入更多文字缩小范围。").format(n=len(hits)))
            self.hits.setCurrentRow(0)
        else:
            self.status.setText(self.tr("没有找到包含“{text}”的公开记录。").format(text=self.query))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.hits.clear()
        if isinstance(exc, ModuleNotFoundError):
            self.status.setText(self.tr("全文搜索尚未启用。"))
        else:
            self.status.setText(errors.message(exc))

    def _activated(self, item: QListWidgetItem) -> None:
        rid = item.data(ID_ROLE)
        if isinstance(rid, int):
            self.opened.emit(rid)

    def focus_hits(self) -> None:
        self.hits.setFocus()
        if self.hits.currentRow() < 0 and self.hits.count():
            self.hits.setCurrentRow(0)

    def record_ids(self) -> list[int]:
        return [self.hits.item(i).data(ID_ROLE) for i in range(self.hits.count())]
