"""Reading a record's document at the kiosk: a PDF in QtPdf's view with big
page-turning and zoom buttons and pinch-to-zoom, or a picture. The bytes
come from the worker; nothing is saved, printed or opened elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QGestureEvent,
    QHBoxLayout,
    QPinchGesture,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk.guard import alive
from desktop.ui.kiosk.parts import button, label, scroller

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.3, 5.0


class DocumentPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "pageTitle")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.view.viewport().installEventFilter(self)
        QScroller.grabGesture(self.view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.picture = label(wrap=False)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pixmap: QPixmap | None = None
        self.pictures = scroller(self.picture)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.pictures)
        self.message = label("", "error")
        self.message.hide()

        self.previous = button(self.tr("◀ 上一页"))
        self.next = button(self.tr("下一页 ▶"))
        self.page = label("", wrap=False)
        self.zoom_out = button(self.tr("－ 缩小"))
        self.zoom_in = button(self.tr("＋ 放大"))
        self.fit = button(self.tr("适合宽度"))
        bar = QHBoxLayout()
        for w in (self.previous, self.page, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 16, 28, 16)
        lay.setSpacing(12)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        lay.addWidget(self.stack, 1)
        lay.addLayout(bar)
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit.clicked.connect(self.fit_width)
        self.document.statusChanged.connect(self._status)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update())
        self._zoom = 1.0
        self._update()

    # -- loading ------------------------------------------------------------------------
    def show_loading(self, title: str) -> None:
        self.title.setText(title)
        self.message.hide()
        self.clear()

    def show_pdf(self, data: bytes) -> None:
        self.stack.setCurrentWidget(self.view)
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

    def show_image(self, data: bytes) -> None:
        self.stack.setCurrentWidget(self.pictures)
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.show_error(self.tr("无法显示这张图片。"))
            return
        self._pixmap = pixmap
        self._zoom = 1.0
        self._scale_picture()
        self._update()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._update()

    def clear(self) -> None:
        self.document.close()
        self._pixmap = None
        self.picture.clear()
        self._update()

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            self.fit_width()
            self.go_to(0)
        elif status == QPdfDocument.Status.Error:
            self.show_error(self.tr("无法打开这份文件，请到服务中心前台查阅。"))
        self._update()

    # -- reading ------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            nav = self.view.pageNavigator()
            nav.jump(max(0, min(page, count - 1)), QPointF(0, 0), nav.currentZoom())
        self._update()

    def zoom_by(self, factor: float) -> None:
        if self.stack.currentWidget() is self.pictures:
            self._zoom = max(ZOOM_MIN, min(self._zoom * factor, ZOOM_MAX))
            self._scale_picture()
            return
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(current * factor, ZOOM_MAX)))
        self._update()

    def fit_width(self) -> None:
        if self.stack.currentWidget() is self.pictures:
            self._zoom = 1.0
            self._scale_picture()
            return
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update()

    def _scale_picture(self) -> None:
        if self._pixmap is None:
            return
        width = max(200, int((self.pictures.viewport().width() - 8) * self._zoom))
        self.picture.setPixmap(self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pinch to zoom on a touch screen."""
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                change = pinch.scaleFactor()
                if change and abs(change - 1.0) > 0.01:
                    self.zoom_by(change)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _update(self) -> None:
        if not alive(self.document):
            return
        pdf = self.stack.currentWidget() is self.view
        count = self.page_count() if pdf else 0
        page = self.current_page() if count else -1
        text = self.tr("第 {page} / {count} 页").format(page=page + 1, count=count)
        self.page.setText(text if count else "")
        self.previous.setEnabled(count > 0 and page > 0)
        self.next.setEnabled(count > 0 and page < count - 1)
        for w in (self.previous, self.next, self.page):
            w.setVisible(pdf)
        has = count > 0 or (not pdf and self._pixmap is not None)
        for w in (self.zoom_in, self.zoom_out, self.fit):
            w.setEnabled(has)
