"""An image attachment inside the app: fit to width, zoom in and out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

ZOOM_STEP = 1.25


class ImageViewer(QWidget):
    #: The image loaded (True) or could not be read (False).
    loaded = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.image = QImage()
        self._zoom: float | None = None  # None: fit the width
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label = QLabel()
        self.size_label.setObjectName("muted")
        self.zoom_out = QPushButton(self.tr("缩小"))
        self.zoom_in = QPushButton(self.tr("放大"))
        self.fit = QPushButton(self.tr("适合宽度"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.size_label)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit):
            button.setAutoDefault(False)
            bar.addWidget(button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.scroller, 1)
        self.zoom_in.clicked.connect(lambda: self._set_zoom(self.scale() * ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._set_zoom(self.scale() / ZOOM_STEP))
        self.fit.clicked.connect(lambda: self._set_zoom(None))
        for keys, button in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                             (QKeySequence("Ctrl+="), self.zoom_in),
                             (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                             (QKeySequence("Ctrl+0"), self.fit)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)

    def load(self, data: bytes) -> bool:
        self.image = QImage.fromData(data)
        ok = not self.image.isNull()
        self._zoom = None
        if ok:
            self.size_label.setText(f"{self.image.width()} × {self.image.height()}")
        else:
            self.size_label.setText(self.tr("无法显示此图片：文件已损坏或格式不受支持。"))
        self._render()
        self.loaded.emit(ok)
        return ok

    def scale(self) -> float:
        if self.image.isNull():
            return 1.0
        if self._zoom is not None:
            return self._zoom
        width = max(self.scroller.viewport().width() - 4, 50)
        return min(1.0, width / self.image.width())

    def _set_zoom(self, zoom: float | None) -> None:
        self._zoom = None if zoom is None else max(0.05, min(zoom, 8.0))
        self._render()

    def _render(self) -> None:
        if self.image.isNull():
            self.picture.setPixmap(QPixmap())
            return
        scale = self.scale()
        scaled = self.image.scaledToWidth(max(1, round(self.image.width() * scale)),
                                          Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None:
            self._render()
