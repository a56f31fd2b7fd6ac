"""Photos for a new complaint: from files ("添加照片…") or pasted from the
clipboard (Ctrl+V, stored as PNG). Delete removes the selected one."""

from __future__ import annotations

import mimetypes
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localdb.complaints.intake import PhotoInput

ICON = 64


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
    buffer.close()
    return bytes(data.data())


class _List(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            owner = self.parent()
            if isinstance(owner, PhotoList):
                owner.remove(self.currentRow())
                return
        super().keyPressEvent(event)


class PhotoList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos: list[PhotoInput] = []
        self.list = _List(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setFixedHeight(ICON + 34)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.hide()
        self.add_button = QPushButton(self.tr("添加照片…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.message = QLabel(self.tr("也可以按 Ctrl+V 粘贴截图；选中照片按 Delete 移除"))
        self.message.setObjectName("muted")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.list)

    def photos(self) -> tuple[PhotoInput, ...]:
        return tuple(self._photos)

    def _add(self, photo: PhotoInput, image: QImage) -> None:
        self._photos.append(photo)
        thumb = QPixmap.fromImage(image.scaled(ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        item = QListWidgetItem(QIcon(thumb), "")
        item.setToolTip(photo.filename)
        self.list.addItem(item)
        self.list.show()
        self.changed.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._photos):
            del self._photos[index]
            self.list.takeItem(index)
            self.list.setVisible(bool(self._photos))
            self.changed.emit()

    def add_image(self, image: QImage, name: str) -> None:
        self._add(PhotoInput(name, png_bytes(image), "image/png"), image)

    def add_file(self, path: Path) -> bool:
        data = path.read_bytes()
        image = QImage.fromData(data)
        if image.isNull():
            self.message.setText(self.tr("无法识别图片“{name}”。").format(name=path.name))
            return False
        mime = mimetypes.guess_type(path.name)[0] or "image/jpeg"
        self._add(PhotoInput(path.name, data, mime), image)
        return True

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("添加照片"), "", self.tr("图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
        for path in paths:
            self.add_file(Path(path))

    def paste(self) -> bool:
        """Take an image from the clipboard; False when it holds none."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage():
            return False
        image = QImage(mime.imageData())
        if image.isNull():
            return False
        name = self.tr("粘贴图片-{time}.png").format(time=datetime.now().strftime("%H%M%S"))
        self.add_image(image, name)
        return True
