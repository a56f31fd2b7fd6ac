"""The review PDF and the ledger's closing figures are the review's figures."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.printing.complaint_ledger import rate_text
from desktop.printing.review import review_title
from localdb.complaints.review import compute_review
from localdb.engine import Store
from tests.desktop.printing.conftest import MONTH, NOW, PERIODS, Planted, Printed, pdftotext


@pytest.mark.parametrize(("start", "end", "title"), [
    (date(2026, 10, 1), date(2026, 10, 31), "2026 年 10 月投诉复盘"),
    (date(2026, 2, 1), date(2026, 2, 28), "2026 年 2 月投诉复盘"),
    (date(2026, 7, 1), date(2026, 9, 30), "2026 年第 3 季度投诉复盘"),
    (date(2026, 10, 1), date(2026, 12, 31), "2026 年第 4 季度投诉复盘"),
    (date(2026, 8, 1), date(2026, 10, 31), "投诉复盘"),
    (date(2026, 10, 1), date(2026, 10, 30), "投诉复盘"),
])
def test_title_names_the_month_or_quarter(start: date, end: date, title: str) -> None:
    assert review_title(start, end) == title


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_ledger_closes_with_the_review_figures(printed: dict[tuple[str, bool], Printed],
                                                   print_store: tuple[Store, Planted]) -> None:
    store, _ = print_store
    start, end = PERIODS["complaint-ledger"]
    with store.read() as session:
        figures = compute_review(session, start, end, NOW)
    text = _flat(pdftotext(printed[("complaint-ledger", False)].path))
    assert f"受理总数{figures.total}件" in text
    for label, rate in (("及时响应率", figures.on_time_response), ("办结率", figures.resolution),
                        ("按时办结率", figures.on_time_resolution), ("满意率", figures.satisfaction)):
        assert _flat(f"{label}{rate_text(rate)}") in text, label
    assert f"超时未办结{len(figures.overdue_ids)}件" in text
    assert text.count("TS2026") == figures.total  # one row per complaint of the period


def test_the_review_shows_each_rate_with_its_parts(printed: dict[tuple[str, bool], Printed],
                                                   print_store: tuple[Store, Planted]) -> None:
    store, _ = print_store
    with store.read() as session:
        quarter = compute_review(session, *PERIODS["review"], NOW)
        month = compute_review(session, *MONTH, NOW)
    text = _flat(pdftotext(printed[("review", False)].path, layout=True))
    assert "2026年第3季度投诉复盘" in text and "各月情况" in text
    rate = quarter.on_time_resolution
    assert f"按时办结率{rate.percent(1)}%{rate.numerator}{rate.denominator}" in text
    for m in quarter.months:
        assert f"{m.start:%Y-%m}{m.total}" in text
    month_text = _flat(pdftotext(printed[("review-month", False)].path))
    assert "2026年11月投诉复盘" in month_text and "各月情况" not in month_text
    assert f"超时未办结投诉（{len(month.overdue_ids)}件）" in month_text
    assert month.overdue_ids, "the demo's November has overdue cases to list"
