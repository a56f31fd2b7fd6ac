"""Attachments read inside the app (PDF with pages and zoom, images), a
missing file explained, and printing one record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintPreviewDialog

from desktop.paths import attachments_dir
from desktop.ui.query import printing
from desktop.ui.query.record_view import RecordView
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from localdb.records.files import FileStore
from localdb.records.queries import AttachmentInfo
from tests.desktop.conftest import press
from tests.desktop.ui.query.helpers import YEAR, Sample, fill
from tests.localdb.records.query_samples import add_record, attach

Settle = Callable[[], None]


@pytest.fixture
def sample(demo_store: Store) -> Sample:
    return fill(demo_store)


@pytest.fixture
def view(qtbot: Any, worker: DbWorker, sample: Sample) -> Iterator[RecordView]:
    v = RecordView(worker)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    yield v


def _open(view: RecordView, qtbot: Any, record_id: int) -> None:
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.show_record(record_id)


def test_pdf_attachment_opens_in_the_viewer_with_its_page_count(
        view: RecordView, sample: Sample, qtbot: Any, settle: Settle) -> None:
    _open(view, qtbot, sample.contract_v1)
    item = view.attachments.item(0)
    assert "物业服务合同.pdf" in item.text()
    pdf = view.attachment.pdf
    with qtbot.waitSignal(pdf.loaded, timeout=10_000) as loaded:
        view.attachments.itemActivated.emit(item)
    assert loaded.args == [sample.pdf_pages]
    assert view.attachment.isVisible() and view.attachment.stack.currentWidget() is pdf
    assert pdf.document.status() == QPdfDocument.Status.Ready
    assert pdf.page.text() == "第 1 / 4 页"
    assert not pdf.previous.isEnabled()
    press(pdf.view, Qt.Key.Key_PageDown)
    press(pdf.view, Qt.Key.Key_PageDown)
    assert pdf.current_page() == 2 and pdf.page.text() == "第 3 / 4 页"
    pdf.next.click()
    assert pdf.current_page() == 3 and not pdf.next.isEnabled()
    pdf.zoom_in.click()
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.Custom and pdf.view.zoomFactor() > 1.0
    assert pdf.zoom.text() == "125%"
    pdf.fit.click()
    assert pdf.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    press(pdf.view, Qt.Key.Key_Escape)  # closes the pane, back to the record
    assert view.attachment.isHidden()


def _png() -> bytes:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f3e"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_image_attachment_opens_in_the_image_viewer(view: RecordView, demo_store: Store, qtbot: Any) -> None:
    data = _png()
    sha = FileStore(attachments_dir(demo_store.url)).put(data)
    with demo_store.write() as s:
        rid = add_record(s, "清册台账", "消防设施巡检照片")
        attach(s, rid, "消防栓.png", sha, "image/png", len(data))
    _open(view, qtbot, rid)
    with qtbot.waitSignal(view.attachment.image.loaded, timeout=10_000) as loaded:
        view.attachments.itemActivated.emit(view.attachments.item(0))
    assert loaded.args == [True]
    assert view.attachment.stack.currentWidget() is view.attachment.image
    assert view.attachment.image.size_label.text() == "320 × 200"
    assert view.attachment.image.picture.pixmap().width() > 0


def test_a_missing_file_is_explained(view: RecordView, demo_store: Store, qtbot: Any, settle: Settle) -> None:
    with demo_store.write() as s:
        rid = add_record(s, "合同协议", "丢失附件的合同")
        attach(s, rid, "丢失.pdf", "c" * 64, "application/pdf", 10)
    _open(view, qtbot, rid)
    view.open_attachment(view.attachments.item(0).data(Qt.ItemDataRole.UserRole))
    settle()
    text = view.attachment.loading.text()
    assert "无法打开“丢失.pdf”" in text


def test_print_renders_the_record_with_its_money_figures(view: RecordView, sample: Sample, qtbot: Any,
                                                           settle: Settle) -> None:
    _open(view, qtbot, sample.months[1])
    settle()
    assert view.detail is not None and view.money.data is not None
    html = printing.record_html(view.detail, view.money.data)
    for text in (f"{YEAR}年1月共有部分经营收益公示", "已发布", "停车场地占用费", "18,600.00", "期末结余",
                 "12,479.50"):
        assert text in html
    view.print_button.click()
    settle()
    dialog = view.preview
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    dialog.reject()


def test_printing_a_superseded_version_says_so(view: RecordView, sample: Sample, qtbot: Any) -> None:
    _open(view, qtbot, sample.contract_v1)
    assert view.detail is not None
    doc = printing.document(view.detail)
    text = doc.toPlainText()
    assert "已被更正" in text and "最新为第 2 版" in text
    assert "物业服务合同.pdf" in text and "每日两次" in text


def test_attachment_info_survives_the_round_trip_through_the_list(view: RecordView, sample: Sample,
                                                                   qtbot: Any) -> None:
    _open(view, qtbot, sample.contract_v2)
    info = view.attachments.item(0).data(Qt.ItemDataRole.UserRole)
    assert isinstance(info, AttachmentInfo)
    assert (info.sha256, info.mime) == (sample.pdf_sha, "application/pdf")
