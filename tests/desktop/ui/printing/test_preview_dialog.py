"""打印预览: a builder runs in the background, its pages are shown, paged and
zoomed; Esc cancels a slow build; Ctrl+S saves and Ctrl+P prints the file."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.ui.printing import preview_dialog
from desktop.ui.printing.build_job import Cancelled, Progress
from desktop.ui.printing.preview_dialog import BUILDING, FAILED, PREVIEW, PreviewDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def pages_builder(pages: int, size: tuple[float, float] = A4) -> Callable[[Path, Progress, Cancelled], None]:
    def build(path: Path, progress: Progress, cancelled: Cancelled) -> None:
        canvas = Canvas(str(path), pagesize=size)
        for n in range(pages):
            canvas.drawString(72, 720, f"page {n + 1}")
            canvas.showPage()
            progress(n + 1, pages)
        canvas.save()

    return build


def open_dialog(qtbot: Any, builder: Callable[[Path, Progress, Cancelled], object]) -> PreviewDialog:
    dialog = PreviewDialog("测试", builder, file_name="测试.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def built(qtbot: Any, dialog: PreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != BUILDING, timeout=10_000)
    assert dialog.stack.currentIndex() == PREVIEW, dialog.error.text()


def test_pages_shown_paged_and_zoomed(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, pages_builder(3))
    built(qtbot, dialog)
    assert dialog.page_total() == 3 and dialog.page_count.text() == "/ 3 页"
    assert dialog.view.document() is dialog.document and not dialog.prev_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_box.value() == 2
    dialog.page_box.setValue(3)
    qtbot.waitUntil(lambda: dialog.current_page() == 2)
    assert not dialog.next_button.isEnabled()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, CTRL)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    before = dialog.view.zoomFactor()
    dialog.zoom_by(1)
    assert dialog.view.zoomFactor() > before


def test_progress_then_esc_cancels_a_slow_build(qtbot: Any) -> None:
    stopped = threading.Event()

    def slow(path: Path, progress: Progress, cancelled: Cancelled) -> None:
        try:
            for n in range(1000):
                if cancelled():
                    raise RuntimeError("cancelled")
                progress(n, 1000)
                time.sleep(0.01)
            path.write_bytes(b"never")
        finally:
            stopped.set()

    dialog = open_dialog(qtbot, slow)
    tmp = dialog.pdf_path.parent
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1000 and dialog.progress.value() > 0)
    assert dialog.building
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    qtbot.waitUntil(stopped.is_set, timeout=2000)  # the loop saw the cancel, not the 10 s end
    qtbot.waitUntil(lambda: dialog.job is None)
    assert not tmp.exists()


def test_ctrl_s_saves_the_built_file(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "台账"), "PDF"

    monkeypatch.setattr(preview_dialog.QFileDialog, "getSaveFileName", choose)
    dialog = open_dialog(qtbot, pages_builder(2))
    built(qtbot, dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, CTRL)
    saved = tmp_path / "台账.pdf"
    assert asked and asked[0].endswith("测试.pdf")
    assert saved.read_bytes() == dialog.pdf_path.read_bytes()
    assert saved.read_bytes().startswith(b"%PDF")


def test_ctrl_p_prints_every_page_in_the_pages_orientation(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"
    seen: list[QPrinter] = []

    class FakePrintDialog:
        """Stands in for the system dialog: the user picks a PDF printer and OK."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            seen.append(printer)

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview_dialog, "QPrintDialog", FakePrintDialog)
    dialog = open_dialog(qtbot, pages_builder(3, landscape(A4)))
    built(qtbot, dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_P, CTRL)
    assert seen and seen[0].pageLayout().orientation().name == "Landscape"
    qtbot.waitUntil(lambda: dialog.print_job is None, timeout=20_000)
    assert dialog.stack.currentIndex() == PREVIEW and dialog.progress.value() == 3
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 3
    size = printed.pagePointSize(0)
    assert size.width() > size.height()
    printed.close()


def test_esc_while_printing_stops_the_printing_not_the_preview(qtbot: Any, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, pages_builder(40))
    built(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    dialog.print_to(printer)
    assert dialog.stack.currentIndex() == BUILDING and dialog.status.text() == "正在打印……"
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1, timeout=20_000)
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.print_job is None, timeout=20_000)
    assert dialog.isVisible() and dialog.stack.currentIndex() == PREVIEW
    assert dialog.progress.value() < 40


def test_a_failing_builder_shows_why(qtbot: Any) -> None:
    def broken(path: Path, progress: Progress, cancelled: Cancelled) -> None:
        raise OSError("磁盘已满")

    dialog = open_dialog(qtbot, broken)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == FAILED)
    assert "磁盘已满" in dialog.error.text()
