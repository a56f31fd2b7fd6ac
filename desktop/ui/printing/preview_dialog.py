"""打印预览: every print goes through here. The PDF is built on a background
thread with a progress bar and 取消; then its pages are shown (zoom, paging)
and it is printed through the system dialog or saved as a PDF.

Ctrl+P prints, Ctrl+S saves, Esc cancels the build or closes the preview."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.errors import message
from desktop.ui.printing.build_job import Builder, BuildJob
from desktop.ui.printing.print_job import PrinterUnavailable, PrintJob

BUILDING, PREVIEW, FAILED = range(3)
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class PreviewDialog(QDialog):
    def __init__(self, title: str, builder: Builder, *, file_name: str = "打印.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 · {title}").format(title=title))
        self.resize(900, 1000)
        self.file_name = file_name
        self._tmp = Path(tempfile.mkdtemp(prefix="sunshine-print-"))
        self.document = QPdfDocument(self)
        self.pdf_path = self._tmp / "preview.pdf"
        self._closed = False
        self.job: BuildJob | None = BuildJob(builder, self.pdf_path)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._building_page(title))
        self.stack.addWidget(self._preview_page())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.error)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack)

        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self).activated.connect(lambda: self.zoom_by(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self).activated.connect(lambda: self.zoom_by(-1))
        QShortcut(QKeySequence.StandardKey.MoveToNextPage, self).activated.connect(
            lambda: self.go_to(self.current_page() + 1))
        QShortcut(QKeySequence.StandardKey.MoveToPreviousPage, self).activated.connect(
            lambda: self.go_to(self.current_page() - 1))

        job = self.job
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._built)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_done)
        self.print_job: PrintJob | None = None
        job.start_job()

    # -- pages of the dialog --------------------------------------------------
    def _building_page(self, title: str) -> QWidget:
        page = QWidget()
        self.status = QLabel(self.tr("正在生成“{title}”……").format(title=title))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the builder says how much
        self.cancel_button = QPushButton(self.tr("取消（Esc）"))
        self.cancel_button.clicked.connect(self.reject)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(self.status, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.progress)
        lay.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.prev_button = QPushButton(self.tr("上一页"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.page_count = QLabel()
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("适合宽度"), FIT_WIDTH)
        self.zoom.addItem(self.tr("整页"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.print_button = QPushButton(self.tr("打印（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_)
        self.save_button = QPushButton(self.tr("另存为 PDF（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        for button in (self.prev_button, self.next_button, self.print_button, self.save_button, close):
            button.setAutoDefault(False)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(QLabel(self.tr("第")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("缩放")))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        return page

    # -- the build --------------------------------------------------------------
    @property
    def building(self) -> bool:
        return self.job is not None and self.stack.currentIndex() == BUILDING

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _built(self) -> None:
        if self._closed:
            return
        self.document.load(str(self.pdf_path))
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self._show_error(self.tr("生成的文件无法打开（{error}）。").format(
                error=self.document.error().name))
            return
        pages = self.document.pageCount()
        self.page_box.setMaximum(pages)
        self.page_count.setText(self.tr("/ {n} 页").format(n=pages))
        self.stack.setCurrentIndex(PREVIEW)
        self._page_changed(0)
        self.view.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._show_error(self.tr("生成失败：{detail}").format(detail=message(exc)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.stack.setCurrentIndex(FAILED)

    def _job_done(self) -> None:
        self.job = None

    # -- paging and zoom --------------------------------------------------------
    def page_total(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_total() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_total() - 1)

    def _zoom_chosen(self, index: int) -> None:
        # Keep the place being read in view once the view has laid the pages out again.
        bar = self.view.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        QTimer.singleShot(0, self, lambda: bar.setValue(round(where * bar.maximum())))
        choice = self.zoom.itemData(index)
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def zoom_by(self, step: int) -> None:
        current = self.zoom.itemData(self.zoom.currentIndex())
        if isinstance(current, float):
            at = ZOOMS.index(current)
        else:  # from a fit mode: the nearest fixed step
            at = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.view.zoomFactor()))
        at = max(0, min(len(ZOOMS) - 1, at + step))
        self.zoom.setCurrentIndex(self.zoom.findData(ZOOMS[at]))

    # -- print and save -----------------------------------------------------------
    def print_(self) -> None:
        if self.stack.currentIndex() != PREVIEW:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def prepare_printer(self, printer: QPrinter) -> None:
        """A4 in the orientation of the first page, no extra margins (the PDF has its own)."""
        size = self.document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.file_name)

    def print_to(self, printer: QPrinter) -> None:
        """Print on a background thread; the progress shows meanwhile, Esc stops it."""
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, min(last, self.page_total())) if first and last else range(self.page_total())
        job = PrintJob(self.pdf_path, printer, pages)
        self.print_job = job
        self.status.setText(self.tr("正在打印……"))
        self.progress.setRange(0, len(pages))
        self.progress.setValue(0)
        self.stack.setCurrentIndex(BUILDING)
        job.progressed.connect(self._progressed)
        job.failed.connect(self._print_failed)
        job.finished.connect(self._printed)
        job.start_job()

    def _printed(self) -> None:
        self.print_job = None
        if not self._closed:
            self.stack.setCurrentIndex(PREVIEW)
            self.view.setFocus()

    def _print_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        detail = self.tr("无法连接打印机。") if isinstance(exc, PrinterUnavailable) else message(exc)
        QMessageBox.warning(self, self.tr("打印"), self.tr("打印失败：{detail}").format(detail=detail))

    def save(self) -> None:
        if self.stack.currentIndex() != PREVIEW:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), str(Path(folder) / self.file_name),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> None:
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("另存为 PDF"),
                                self.tr("无法保存到 {path}：{error}").format(path=path, error=exc.strerror))

    # -- closing ------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or 取消 while printing stops the printing and stays; otherwise closes."""
        if self.print_job is not None:
            self.print_job.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing: a running build or print is told to stop; the temporary file goes."""
        self._closed = True
        for job in (self.job, self.print_job):
            if job is not None:
                job.cancel()
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)
