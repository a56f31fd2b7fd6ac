"""Printing a built PDF on its own thread: each page rendered to an image and
drawn on the printer (Qt allows painting on a QPrinter outside the GUI
thread), so a 500-page ledger does not freeze the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.widgets.background import BackgroundJob

log = logging.getLogger(__name__)
PRINT_DPI = 300  # enough for text and charts; a 600 dpi A4 bitmap is 140 MB


class PrinterUnavailable(Exception):
    """The printer could not be opened for painting."""


class PrintJob(BackgroundJob):
    def __init__(self, pdf: Path, printer: QPrinter, pages: range) -> None:
        super().__init__()
        self.pdf = pdf
        self.printer = printer  # used only by this thread until it finishes
        self.pages = pages

    def run(self) -> None:
        document = QPdfDocument()  # this thread's own: the preview's belongs to the GUI
        try:
            document.load(str(self.pdf))
            self._print(document)
        except BaseException as exc:
            log.warning("printing failed", exc_info=True)
            self.failed.emit(exc)
            return
        finally:
            document.close()
        (self.cancelled if self.cancel_requested else self.succeeded).emit()

    def _print(self, document: QPdfDocument) -> None:
        printer = self.printer
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable
        try:
            target = painter.viewport()
            for n, page in enumerate(self.pages):
                if self.cancel_requested:
                    printer.abort()
                    return
                if n:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                # The paint engine scales (a PDF or a printer driver keeps the image's own pixels).
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
                self.report(n + 1, len(self.pages))
        finally:
            painter.end()
