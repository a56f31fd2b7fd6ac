"""Photo thumbnails in the detail pane; the bytes come from the ``blob``
table through the worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.ui.desk.guard import guard
from desktop.ui.worker import DbWorker, reading
from localdb.models import Blob

THUMB = 96


def photo_bytes(session: Session, hashes: Sequence[str]) -> dict[str, bytes]:
    """The stored bytes of these photos, by sha256."""
    if not hashes:
        return {}
    rows = session.execute(select(Blob.sha256, Blob.data).where(Blob.sha256.in_(list(hashes))))
    return {sha: bytes(data) for sha, data in rows}


class PhotoStrip(QWidget):
    """A row of thumbnails; the file name is each one's tooltip."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._wanted: tuple[tuple[str, str], ...] = ()
        self._lay = QHBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._lay.addStretch(1)

    def show_photos(self, photos: tuple[tuple[str, str], ...]) -> None:
        if photos == self._wanted:
            return
        self._wanted = photos
        self._clear()
        self.setVisible(bool(photos))
        if not photos:
            return
        hashes = [sha for sha, _name in photos]
        self._worker.run(reading(lambda s: photo_bytes(s, hashes)),
                         guard(self, lambda found: self._show(photos, found)))

    def _clear(self) -> None:
        while self._lay.count() > 1:
            item = self._lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show(self, photos: tuple[tuple[str, str], ...], found: dict[str, bytes]) -> None:
        if photos != self._wanted:
            return  # another complaint was chosen meanwhile
        for i, (sha, name) in enumerate(photos):
            thumb = QLabel()
            thumb.setObjectName("photoThumb")
            thumb.setFixedSize(THUMB, THUMB)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pixmap = QPixmap()
            if sha in found and pixmap.loadFromData(found[sha]):
                thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            else:
                thumb.setText(self.tr("无法显示"))
            thumb.setToolTip(name)
            self._lay.insertWidget(i, thumb)
