"""A draft's attachments: the files it has, 添加附件… (PDF, images, Office
files) and 移除附件. The editor does the writes; this box asks and shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.query.labels import file_size
from localdb.records.attachments import TYPES
from localdb.records.worklist import AttachedFile

ID_ROLE = Qt.ItemDataRole.UserRole
PATTERNS = " ".join(f"*{ext}" for ext in TYPES)


class AttachmentsBox(QWidget):
    #: A file was chosen to attach.
    add_requested = Signal(Path)
    #: An attachment (its id) is to be removed.
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = QListWidget()
        self.files.setObjectName("editorAttachments")
        self.files.setMaximumHeight(76)
        self.add_button = QPushButton(self.tr("添加附件…"))
        self.remove_button = QPushButton(self.tr("移除附件"))
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self._pick)
        self.remove_button.clicked.connect(self.remove_selected)
        hint = QLabel(self.tr("PDF、图片和 Office 文件，相同内容只保存一份"))
        hint.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.files)
        lay.addLayout(buttons)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("添加附件"), "",
            self.tr("PDF、图片和 Office 文件 ({patterns})").format(patterns=PATTERNS))
        if path:
            self.add_requested.emit(Path(path))

    def remove_selected(self) -> None:
        entry = self.files.currentItem()
        if entry is not None:
            self.remove_requested.emit(int(entry.data(ID_ROLE)))

    def show_files(self, files: tuple[AttachedFile, ...]) -> None:
        self.files.clear()
        for f in files:
            entry = QListWidgetItem(f"{f.filename}（{file_size(f.size)}）")
            entry.setData(ID_ROLE, f.id)
            self.files.addItem(entry)

    def names(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def set_enabled(self, on: bool) -> None:
        self.add_button.setEnabled(on)
        self.remove_button.setEnabled(on)
