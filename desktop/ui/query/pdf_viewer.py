"""A PDF inside the app (QtPdf): page up/down, zoom in/out, fit width.

The bytes arrive from the worker; the document reads them from a buffer it
owns, so nothing touches the disk on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.desk.guard import alive

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class PdfViewer(QWidget):
    #: The document is ready (carries its page count) or failed (carries 0).
    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.previous = _button(self.tr("上一页"), self.tr("上一页（PgUp）"))
        self.next = _button(self.tr("下一页"), self.tr("下一页（PgDn）"))
        self.page = QLabel()
        self.page.setObjectName("muted")
        self.zoom_out = _button(self.tr("缩小"), self.tr("缩小（Ctrl+-）"))
        self.zoom_in = _button(self.tr("放大"), self.tr("放大（Ctrl++）"))
        self.fit = _button(self.tr("适合宽度"), self.tr("适合宽度（Ctrl+0）"))
        self.fit.setCheckable(True)
        self.zoom = QLabel()
        self.zoom.setObjectName("muted")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.previous, self.next, self.page):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom, self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(w)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.view, 1)

        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() * ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() / ZOOM_STEP))
        self.fit.clicked.connect(lambda _checked: self.fit_width())
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageUp), self.previous.click),
            (QKeySequence(Qt.Key.Key_PageDown), self.next.click),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in.click),
            (QKeySequence("Ctrl+="), self.zoom_in.click),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out.click),
            (QKeySequence("Ctrl+0"), self.fit.click),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.document.statusChanged.connect(self._status)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_bar())
        self.view.zoomFactorChanged.connect(lambda _z: self._update_bar())
        self.view.zoomModeChanged.connect(lambda _m: self._update_bar())
        self._update_bar()

    # -- loading ----------------------------------------------------------------
    def load(self, data: bytes) -> None:
        self.message.hide()
        self.document.close()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._status(self.document.status())

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.go_to(0)
            self.loaded.emit(self.page_count())
        elif status == QPdfDocument.Status.Error:
            self.message.setText(self.tr("无法打开此 PDF 文件：文件已损坏或设有密码。"))
            self.message.show()
            self.loaded.emit(0)
        self._update_bar()

    def clear(self) -> None:
        self.document.close()
        self._update_bar()

    # -- reading ------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())
        self._update_bar()

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(factor, ZOOM_MAX)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_bar(self) -> None:
        if not alive(self.document):  # the view may signal while the viewer is torn down
            return
        count = self.page_count()
        page = self.current_page() if count else -1
        self.page.setText(self.tr("第 {page} / {count} 页").format(page=page + 1, count=count)
                          if count else "")
        self.previous.setEnabled(count > 0 and page > 0)
        self.next.setEnabled(count > 0 and page < count - 1)
        for w in (self.zoom_in, self.zoom_out, self.fit):
            w.setEnabled(count > 0)
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit.setChecked(fitted)
        self.zoom.setText("" if fitted else f"{self.view.zoomFactor() * 100:.0f}%")
