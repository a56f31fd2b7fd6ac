"""Settings → 大堂自助机 → 项目经理照片: a thumbnail of the stored photo, choosing
a new one (PNG or JPEG) and removing it. The file is read and the image decoded
on the database worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.kiosk.settings import PHOTO_LIMIT_MB, manager_photo, set_manager_photo
from localdb.roles import Actor, Permission

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.engine import Store

FIELD = "项目经理"  # the field set_manager_photo's ValidationError names
THUMB = 112
MIMES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def thumbnail(session: Session) -> QImage | None:
    """The stored photo scaled for the form (a null image when it does not
    decode), or None when there is none."""
    stored = manager_photo(session)
    if stored is None:
        return None
    image = QImage.fromData(stored[0])
    if image.isNull():
        return image
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def read_photo(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its type by suffix. Reads at most one byte past the
    limit: a larger file is refused by the service without loading all of it."""
    with path.open("rb") as f:
        data = f.read(PHOTO_LIMIT_MB * 1024 * 1024 + 1)
    mime = MIMES.get(path.suffix.lower(), "")
    if mime and QImage.fromData(data).isNull():  # named .png but not a picture
        raise ValidationError("kiosk_photo_type", field=FIELD, limit=PHOTO_LIMIT_MB)
    return data, mime


def store_photo(actor: Actor, path: Path | None) -> Callable[[Store], tuple[Changes, None]]:
    """A worker job: store the photo at ``path`` (None removes it)."""

    def job(store: Store) -> tuple[Changes, None]:
        data, mime = read_photo(path) if path is not None else (None, "")
        with store.write() as session:
            return set_manager_photo(session, actor, data, mime), None

    return job


class PhotoBox(QGroupBox):
    """The thumbnail beside its buttons and a hint; an error under them."""

    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("项目经理照片"), parent)
        self._worker = worker
        self._actor = actor
        self.has_photo: bool | None = None
        self.thumb = QLabel()
        self.thumb.setObjectName("muted")
        self.thumb.setFixedSize(THUMB + 8, THUMB + 8)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("选择照片…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("移除照片"))
        self.remove_button.clicked.connect(self._remove)
        hint = QLabel(self.tr("JPG 或 PNG，不超过 {limit} MB。勾选“在自助机上显示项目经理照片”后，"
                              "自助机的小区信息页才显示它。").format(limit=PHOTO_LIMIT_MB))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        editable = actor.can(Permission.EDIT_COMMUNITY)
        self.choose_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        hint.setVisible(editable)  # what to choose: only for those who may
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(hint)
        side.addWidget(self.error)
        side.addWidget(self.status)
        side.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setSpacing(16)
        lay.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(side, 1)
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(thumbnail), self._show)

    def _show(self, image: QImage | None) -> None:
        self.has_photo = image is not None
        self.remove_button.setEnabled(self.has_photo)
        if image is None:
            self.thumb.clear()
            self.thumb.setText(self.tr("未设置照片"))
        elif image.isNull():
            self.thumb.clear()
            self.thumb.setText(self.tr("照片无法显示"))
        else:
            self.thumb.setPixmap(QPixmap.fromImage(image))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择项目经理照片"), "", self.tr("图片 (*.png *.jpg *.jpeg)"))
        if path:
            self._store(Path(path), self.tr("照片已保存。"))

    def _remove(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("移除照片"), self.tr("确定移除项目经理照片吗？自助机将不再显示照片。"))
        if answer == QMessageBox.StandardButton.Yes:
            self._store(None, self.tr("照片已移除。"))

    def _store(self, path: Path | None, done_text: str) -> None:
        self.error.hide()
        self.status.setText("")

        def done(_: None) -> None:
            self.status.setText(done_text)
            self.refresh()

        self._worker.write(store_photo(self._actor, path), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            text = self.tr("无法读取所选文件：{detail}").format(detail=exc.strerror or exc)
        else:
            text = errors.message(exc)
        self.error.setText(text)
        self.error.show()
