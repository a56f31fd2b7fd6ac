"""Beside a record: the attachment being read — a PDF or an image inside the
app; other files (Word, Excel) open in the PC's own program."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.paths import attachments_dir
from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.query import labels
from desktop.ui.query.files import attachment_bytes
from desktop.ui.query.image_viewer import ImageViewer
from desktop.ui.query.pdf_viewer import PdfViewer
from desktop.ui.worker import DbWorker
from localdb.records.queries import AttachmentInfo

if TYPE_CHECKING:
    from localdb.engine import Store

LOADING, PDF, IMAGE, OTHER = range(4)


def kind_of(mime: str, filename: str) -> int:
    name = filename.lower()
    if mime == "application/pdf" or name.endswith(".pdf"):
        return PDF
    if mime.startswith("image/") or name.endswith((".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")):
        return IMAGE
    return OTHER


def copy_for_opening(store: Store, sha256: str, filename: str) -> Path:
    """Runs on the worker: a copy under its own name (stored files have none),
    so the PC's program recognises the file type."""
    from localdb.records.files import FileStore

    folder = Path(tempfile.gettempdir()) / "sunshine-desk-open" / sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (Path(filename).name or sha256)
    shutil.copyfile(FileStore(attachments_dir(store.url)).path(sha256), target)
    return target


class AttachmentPane(QWidget):
    closed = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPane")
        self._worker = worker
        self.attachment: AttachmentInfo | None = None
        self.name = QLabel()
        self.name.setObjectName("sectionTitle")
        self.name.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("muted")
        self.close_button = QPushButton(self.tr("关闭（Esc）"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close_pane)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.info)
        top.addWidget(self.close_button)

        self.loading = QLabel(self.tr("正在打开…"))
        self.loading.setObjectName("muted")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.pdf = PdfViewer()
        self.image = ImageViewer()
        other = QWidget()
        self.other_text = QLabel(self.tr("此类文件无法在程序内预览，可以用电脑上的程序打开。"))
        self.other_text.setWordWrap(True)
        self.open_external = QPushButton(self.tr("用电脑上的程序打开"))
        self.open_external.setAutoDefault(False)
        self.open_external.clicked.connect(self._open_external)
        other_lay = QVBoxLayout(other)
        other_lay.addWidget(self.other_text)
        other_lay.addWidget(self.open_external, 0, Qt.AlignmentFlag.AlignLeft)
        other_lay.addStretch(1)
        self.stack = QStackedWidget()
        for w in (self.loading, self.pdf, self.image, other):
            self.stack.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_pane)

    def show_attachment(self, attachment: AttachmentInfo) -> None:
        self.attachment = attachment
        self.name.setText(attachment.filename)
        self.info.setText(labels.file_size(attachment.size))
        self.info.setToolTip(f"{attachment.mime}\nSHA-256 {attachment.sha256}")
        kind = kind_of(attachment.mime, attachment.filename)
        if kind == OTHER:
            self.stack.setCurrentIndex(OTHER)
            return
        self.loading.setText(self.tr("正在打开…"))
        self.stack.setCurrentIndex(LOADING)
        sha = attachment.sha256
        self._worker.run(lambda store: attachment_bytes(store, sha),
                         guard(self, lambda data: self._show(attachment, kind, data)),
                         guard(self, lambda exc: self._failed(attachment, exc)))

    def _show(self, attachment: AttachmentInfo, kind: int, data: bytes) -> None:
        if attachment != self.attachment:
            return  # another one was opened meanwhile
        if kind == PDF:
            self.pdf.load(data)
            self.stack.setCurrentIndex(PDF)
            self.pdf.view.setFocus()
        else:
            self.image.load(data)
            self.stack.setCurrentIndex(IMAGE)
            self.image.scroller.setFocus()

    def _failed(self, attachment: AttachmentInfo, exc: BaseException) -> None:
        if attachment != self.attachment:
            return
        self.loading.setText(self.tr("无法打开“{name}”：{reason}").format(
            name=attachment.filename, reason=errors.message(exc)))
        self.stack.setCurrentIndex(LOADING)

    def _open_external(self) -> None:
        attachment = self.attachment
        if attachment is None:
            return
        self._worker.run(lambda store: copy_for_opening(store, attachment.sha256, attachment.filename),
                         guard(self, lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))),
                         guard(self, lambda exc: self._failed(attachment, exc)))

    def close_pane(self) -> None:
        self.attachment = None
        self.pdf.clear()
        self.hide()
        self.closed.emit()
