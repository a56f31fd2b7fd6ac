"""统计: the review screen shows what compute_review says, drills down to the
right complaints and exports the same figures to Excel."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.review import review_page
from desktop.ui.review.figure_cards import OVERDUE, REPEAT, TOTAL
from desktop.ui.review.review_page import ReviewPage
from desktop.ui.worker import DbWorker
from localdb.complaints import demo as complaint_demo
from localdb.complaints.review import ReviewFigures, compute_review
from localdb.engine import Store
from localdb.roles import Actor

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def complaints(demo_store: Store) -> Store:
    with demo_store.write() as session:
        complaint_demo.generate(session, NOW, 900)
    return demo_store


@pytest.fixture
def page(qtbot: Any, worker: DbWorker, complaints: Store, admin: Actor) -> ReviewPage:
    p = ReviewPage(worker, admin, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    p.activateWindow()
    qtbot.waitUntil(lambda: p.figures is not None and not worker.busy, timeout=10_000)
    return p


def expected(store: Store, start: date, end: date) -> ReviewFigures:
    with store.read() as session:
        return compute_review(session, start, end, NOW)


def wait_rows(qtbot: Any, page: ReviewPage, ids: tuple[int, ...]) -> None:
    qtbot.waitUntil(lambda: page.drill.shown_ids() == list(ids), timeout=5000)


def test_last_month_shown_as_compute_review_says(page: ReviewPage, complaints: Store) -> None:
    f = expected(complaints, *OCTOBER)
    assert page.figures == f and f.total > 50  # the demo's October, not an empty month
    cards = page.cards.cards
    assert cards[TOTAL].value.text() == str(f.total)
    for key in ("on_time_response", "resolution", "on_time_resolution", "satisfaction"):
        rate = getattr(f, key)
        assert cards[key].value.text() == f"{rate.percent()}%"
        assert cards[key].detail.text() == f"{rate.numerator} / {rate.denominator} 件"
    assert cards[OVERDUE].value.text() == str(len(f.overdue_ids))
    assert cards[REPEAT].value.text() == str(len(f.repeat_ids))
    # charts: channels (drawn bottom up), categories largest first with the rest as one bar
    assert page.channel_chart.categories == [c.label for c in reversed(f.by_channel)]
    assert page.channel_chart.sets[0][1] == [c.count for c in reversed(f.by_channel)]
    assert sum(page.category_chart.sets[0][1]) == f.total
    assert page.category_chart.sets[0][1][-1] == max(c.count for c in f.by_category)
    assert page.rate_chart.categories == ["10月"]
    assert [values for _, values in page.rate_chart.sets] == [
        [float(r.percent() or 0)] for r in (f.on_time_response, f.resolution, f.on_time_resolution,
                                             f.satisfaction)]
    assert page.repeats.rowCount() == len(f.repeat_groups)


def test_quarter_and_stepping_back(qtbot: Any, page: ReviewPage, complaints: Store,
                                   worker: DbWorker) -> None:
    page.picker.kind.setCurrentIndex(page.picker.kind.findData("quarter"))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.end == date(2026, 12, 31))
    assert page.figures == expected(complaints, date(2026, 10, 1), date(2026, 12, 31))
    assert page.rate_chart.categories == ["10月", "11月", "12月"]
    qtbot.keyClick(page.cards.cards[TOTAL], Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.start == date(2026, 7, 1))
    assert page.figures.end == date(2026, 9, 30) and page.picker.label() == "2026 年第三季度"
    qtbot.waitUntil(lambda: not worker.busy)


def test_drill_down_lists_the_complaints_behind_each_figure(qtbot: Any, page: ReviewPage,
                                                            complaints: Store) -> None:
    f = expected(complaints, *OCTOBER)
    page.cards.cards[TOTAL].click()
    wait_rows(qtbot, page, f.received_ids)

    page.cards.cards["on_time_resolution"].click()
    wait_rows(qtbot, page, f.on_time_resolution.missed_ids)
    assert f.on_time_resolution.missed_ids and "未按时办结" in page.drill.title.text()
    page.drill.wide.setChecked(True)
    wait_rows(qtbot, page, f.on_time_resolution.base_ids)

    walk_in = page.channel_chart.chart().series()[0].barSets()[0]
    walk_in.clicked.emit(len(f.by_channel) - 1)  # the top bar: the first channel
    wait_rows(qtbot, page, f.by_channel[0].ids)
    assert not page.drill.wide.isVisible()

    top = page.category_chart.chart().series()[0].barSets()[0]
    top.clicked.emit(len(page.category_chart.categories) - 1)
    largest = max(f.by_category, key=lambda c: c.count)
    wait_rows(qtbot, page, largest.ids)

    satisfaction = page.rate_chart.chart().series()[0].barSets()[3]
    satisfaction.clicked.emit(0)
    wait_rows(qtbot, page, f.months[0].satisfaction.missed_ids)

    page.repeats.setCurrentCell(0, 0)
    wait_rows(qtbot, page, f.repeat_groups[0].ids)
    assert len(f.repeat_groups[0].ids) > len(f.repeat_groups[0].repeat_ids)  # with the earlier ones

    opened: list[int] = []
    page.open_complaint.connect(opened.append)
    page.drill.table.setCurrentCell(1, 0)
    page.drill.table.setFocus()
    qtbot.keyClick(page.drill.table, Qt.Key.Key_Return)
    assert opened == [f.repeat_groups[0].ids[1]]


def test_ctrl_e_exports_the_same_figures(qtbot: Any, page: ReviewPage, complaints: Store,
                                         worker: DbWorker, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review_page.QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "复盘"), "xlsx"))
    page.cards.cards[TOTAL].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
    out = tmp_path / "复盘.xlsx"
    qtbot.waitUntil(lambda: not worker.busy and page.export_button.isEnabled(), timeout=10_000)
    assert "已导出到" in page.note.text()
    f = expected(complaints, *OCTOBER)
    book = openpyxl.load_workbook(out)
    summary = {row[0]: row[1:] for row in book["汇总"].iter_rows(min_row=5, values_only=True)}
    assert summary["受理总数"][0] == f.total
    assert summary["及时响应率"] == (f.on_time_response.numerator / f.on_time_response.denominator,
                                 f.on_time_response.numerator, f.on_time_response.denominator)
    assert summary["满意率"][1:] == (f.satisfaction.numerator, f.satisfaction.denominator)
    assert summary["超时未办结"][0] == len(f.overdue_ids)
    channels = {r[0]: r[1] for r in book["按渠道"].iter_rows(min_row=2, values_only=True)}
    assert channels == {c.label: c.count for c in f.by_channel}
    assert [r[1] for r in book["按月"].iter_rows(min_row=2, values_only=True)] == [f.total]
    assert book["超时投诉"].max_row == 1 + len(f.overdue_ids)


def test_ctrl_p_previews_the_review_pdf_of_the_same_figures(qtbot: Any, page: ReviewPage,
                                                           complaints: Store, worker: DbWorker) -> None:
    page.cards.cards[TOTAL].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: page.property("previewDialog") is not None, timeout=5000)
    dialog = page.property("previewDialog")
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != 0, timeout=30_000)
    assert dialog.page_total() >= 1, dialog.error.text()
    f = expected(complaints, *OCTOBER)
    text = dialog.document.getAllText(0).text()
    assert "2026 年 10 月投诉复盘" in text
    rate = f.on_time_response
    assert f"及时响应率 {rate.percent()}% {rate.numerator} {rate.denominator}" in text
    assert dialog.file_name == "投诉复盘_2026-10-01_2026-10-31.pdf"
    dialog.reject()
    qtbot.waitUntil(lambda: not worker.busy)
