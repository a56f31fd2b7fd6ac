"""打印 on the review screen: the review PDF of ``desktop.printing`` for the
figures on screen (same period, same moment), through the print preview.

The build reads the store on the preview's own thread with its own session
(``desktop.printing.kinds.builder``); the window only hands over the callable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.printing import kinds
from desktop.ui.desk.guard import guard
from desktop.ui.printing.preview_dialog import PreviewDialog
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from localdb.engine import Store

ReviewBuilder = Callable[[Path, Callable[[int, int], None], Callable[[], bool]], object]


def review_builder(store: Store, start: date, end: date, now: datetime) -> ReviewBuilder:
    request = kinds.PrintRequest(start=start, end=end, now=now)
    return kinds.builder(store, kinds.BY_NAME["review"], request)


def open_review_preview(parent: QWidget, worker: DbWorker, start: date, end: date, now: datetime,
                        title: str, file_name: str,
                        on_error: Callable[[BaseException], None]) -> None:
    """Open the preview once the worker has handed over a builder bound to the store."""

    def show(builder: ReviewBuilder) -> None:
        dialog = PreviewDialog(title, builder, file_name=file_name, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.setProperty("previewDialog", dialog)  # tests and screenshots find it here
        dialog.open()

    worker.run(lambda store: review_builder(store, start, end, now), guard(parent, show),
               guard(parent, on_error))
