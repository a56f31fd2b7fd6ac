"""复盘 to Excel: every sheet holds the figures compute_review returned."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
from sqlalchemy import select

from localdb.complaints import demo as complaint_demo
from localdb.complaints.review_excel import SHEETS, export_review
from localdb.engine import Store
from localdb.models import Complaint

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
Q4 = (date(2026, 10, 1), date(2026, 12, 31))  # open, overdue cases too


def test_workbook_cells_match_the_figures(community: Store, tmp_path: Path) -> None:
    with community.write() as s:
        complaint_demo.generate(s, NOW, 400)
    out = tmp_path / "review.xlsx"
    with community.read() as s:
        f = export_review(s, *Q4, NOW, out)
        numbers = dict(s.execute(select(Complaint.id, Complaint.number)).tuples().all())
    assert f.total > 50 and f.repeat_groups and f.overdue_ids
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEETS)

    summary = book["汇总"]
    assert summary["A1"].value == "阳光花园 投诉复盘"
    assert summary["A2"].value == "统计期间：2026-10-01 至 2026-12-31（按受理日期）"
    assert summary["A3"].value == "统计时间：2026-11-20 16:00"
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=5, values_only=True)}
    assert rows["受理总数"][0] == f.total
    for label, rate in (("及时响应率", f.on_time_response), ("办结率", f.resolution),
                        ("按时办结率", f.on_time_resolution), ("满意率", f.satisfaction)):
        assert rows[label] == (rate.numerator / rate.denominator, rate.numerator, rate.denominator)
    assert summary["B6"].number_format == "0.0%"
    assert rows["重复投诉"][0] == len(f.repeat_ids)
    assert rows["重新打开"][0] == len(f.reopened_ids)

    months = list(book["按月"].iter_rows(min_row=2, values_only=True))
    assert [(m[0], m[1]) for m in months] == [("2026-10", f.months[0].total), ("2026-11", f.months[1].total),
                                              ("2026-12", 0)]
    first = f.months[0].on_time_resolution
    assert months[0][4] == first.numerator / first.denominator

    categories = list(book["按类别"].iter_rows(min_row=2, values_only=True))
    assert [(c[0], c[1]) for c in categories] == [(c.label, c.count) for c in f.by_category]
    assert categories[0][2] == f.by_category[0].count / f.total

    repeats = list(book["重复投诉"].iter_rows(min_row=2, values_only=True))
    group = f.repeat_groups[0]
    assert repeats[0][:3] == (group.label, "住户" if group.kind == "household" else "地点", group.count)
    assert repeats[0][3] == "、".join(numbers[i] for i in group.ids)

    overdue = [r[0] for r in book["超时投诉"].iter_rows(min_row=2, values_only=True)]
    assert overdue == [numbers[i] for i in f.overdue_ids]


def test_empty_period_writes_blank_rates(community: Store, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    with community.read() as s:
        export_review(s, date(2026, 1, 1), date(2026, 1, 31), NOW, out)
    rows = {r[0]: r[1:] for r in openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=5, values_only=True)}
    assert rows["受理总数"][0] == 0 and rows["办结率"] == (None, 0, 0)
