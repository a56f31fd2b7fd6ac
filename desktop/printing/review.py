"""投诉复盘: the month's or quarter's review for the manager and the association —
volume by channel and category, the four rates, overdue and repeat complaints,
with charts. Every figure comes from ``compute_review`` (through
``localdb.complaints.review_print``), the same as the review screen and Excel."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy.orm import Session

from desktop.printing import charts, house
from desktop.printing.complaint_ledger import period_text, rate_text
from desktop.printing.control import Control
from desktop.printing.poster import escape
from localdb.complaints.review import PeriodFigures, Rate
from localdb.complaints.review_print import ReviewPrint, read_review
from localdb.services.community import get_profile

RATES = (("on_time_response", "及时响应率"), ("resolution", "办结率"),
         ("on_time_resolution", "按时办结率"), ("satisfaction", "满意率"))
STEPS = 7  # sections at most, for the progress bar
GUTTER = 10.0  # between a table and the chart beside it


def review_title(start: date, end: date) -> str:
    """2026 年 10 月投诉复盘, 2026 年第 3 季度投诉复盘, or 投诉复盘 for any other span."""
    month_end = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and end == start.replace(day=month_end):
        return f"{start.year} 年 {start.month} 月投诉复盘"
    if start.day == 1 and start.month in (1, 4, 7, 10):
        last = start.month + 2
        if end == date(start.year, last, calendar.monthrange(start.year, last)[1]):
            return f"{start.year} 年第 {(start.month - 1) // 3 + 1} 季度投诉复盘"
    return "投诉复盘"


def _rate(figures: PeriodFigures, key: str) -> Rate:
    rate = getattr(figures, key)
    assert isinstance(rate, Rate)
    return rate


def _percent(rate: Rate) -> float | None:
    value = rate.percent(1)
    return float(value) if value is not None else None


def _share(count: int, total: int) -> str:
    return f"{count * 100 / total:.1f}%" if total else "—"


class _Sheet:
    """Styles and table shapes of the review."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.h = house.style("review-h", 13, 18, spaceBefore=10, spaceAfter=6)
        self.body = house.style("review-body", 10, 14)
        self.cell = house.style("review-cell", 9, 12)
        self.small = house.style("review-small", 8.5, 12)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float],
              align_right: Sequence[int] = (), share: float = 1.0) -> Table:
        """A table ``share`` of the page wide (beside a chart: less, and a gutter)."""
        scale = (self.width * share - (GUTTER if share < 1 else 0)) / sum(weights)
        data = [[Paragraph(escape(c), self.cell) for c in header]]
        data += [[Paragraph(escape(c), self.cell) for c in r] for r in rows]
        style: list[Any] = [
            ("GRID", (0, 0), (-1, -1), 0.4, house.RULE), ("BACKGROUND", (0, 0), (-1, 0), house.SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        style += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in align_right]
        return Table(data, colWidths=[w * scale for w in weights], repeatRows=1,
                     style=house.table_style(style))

    def side_by_side(self, left: Flowable, right: Flowable, split: float = 0.5) -> Table:
        return Table([[left, right]], colWidths=[self.width * split, self.width * (1 - split)],
                     style=house.table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


def _summary(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    f = data.figures
    yield Paragraph(f"{number}、主要指标", s.h)
    rows = [["受理总数", f"{f.total} 件", "", ""]]
    rows += [[label, rate_text(_rate(f, key)).split("（")[0], str(_rate(f, key).numerator),
              str(_rate(f, key).denominator)] for key, label in RATES]
    rows += [[label, f"{len(ids)} 件", "", ""] for label, ids in (
        ("超时未办结", f.overdue_ids), ("重复投诉", f.repeat_ids), ("重新打开", f.reopened_ids),
        ("已转交（不计入比率）", f.referred_ids))]
    table = s.table(("指标", "数值", "分子", "分母"), rows, (3.2, 2.2, 1.3, 1.3), (1, 2, 3), share=0.52)
    chart = charts.bar_chart("四项比率（%）", [label for _, label in RATES],
                             [_percent(_rate(f, key)) or 0.0 for key, _ in RATES], s.width * 0.48,
                             percent=True, row=26)
    yield s.side_by_side(table, chart, 0.52)
    yield Spacer(1, 4)
    yield Paragraph(escape(
        f"统计口径：按受理日期统计 {f.start.isoformat()} 至 {f.end.isoformat()} 受理的投诉，状态截至 "
        f"{house.local_time(f.now)}。已转交（非本单位职责）的投诉计入受理总数，不计入比率；"
        "满意率按回访评 4–5 分计。"), s.small)


def _months(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    months = data.figures.months
    names = [f"{m.start:%Y-%m}" for m in months]
    rows = [[n, str(m.total), *(rate_text(_rate(m, key)).split("（")[0] for key, _ in RATES)]
            for n, m in zip(names, months, strict=True)]
    table = s.table(("月份", "受理", *(label for _, label in RATES)), rows, (1.3, 1, 1.4, 1.4, 1.4, 1.4),
                    (1, 2, 3, 4, 5))
    volume = charts.column_chart("各月受理量（件）", names, [m.total for m in months], s.width * 0.45, 170)
    lines = charts.rate_lines("各月比率（%）", names,
                              [(label, [_percent(_rate(m, key)) for m in months]) for key, label in RATES],
                              s.width * 0.55, 170)
    yield KeepTogether([Paragraph(f"{number}、各月情况", s.h), table, Spacer(1, 6),
                        s.side_by_side(volume, lines, 0.45)])


def _channels(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    f = data.figures
    rows = [[c.label, str(c.count), _share(c.count, f.total)] for c in f.by_channel]
    table = s.table(("渠道", "件数", "占比"), rows, (2, 1, 1), (1, 2), share=0.45)
    chart = charts.column_chart("各渠道受理量（件）", [c.label for c in f.by_channel],
                                [c.count for c in f.by_channel], s.width * 0.55, 165)
    # a heading, a table and its chart: one block, never split from its heading
    yield KeepTogether([Paragraph(f"{number}、按受理渠道", s.h), s.side_by_side(table, chart, 0.45)])


def _categories(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    f = data.figures
    heading = Paragraph(f"{number}、按投诉类别", s.h)
    if not f.by_category:
        yield KeepTogether([heading, Paragraph("本期无投诉。", s.body)])
        return
    rows = [[c.label, str(c.count), _share(c.count, f.total)] for c in f.by_category]
    table = s.table(("类别", "件数", "占比"), rows, (2.2, 1, 1), (1, 2), share=0.42)
    chart = charts.bar_chart("各类别受理量（件）", [c.label for c in f.by_category],
                             [c.count for c in f.by_category], s.width * 0.58)
    yield KeepTogether([heading, s.side_by_side(table, chart, 0.42)])


def _repeats(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    f = data.figures
    yield CondPageBreak(120)
    yield Paragraph(f"{number}、重复投诉（{len(f.repeat_ids)} 件，涉及 {len(f.repeat_groups)} 户或地点）",
                    s.h)
    if not f.repeat_groups:
        yield Paragraph("本期无重复投诉。", s.body)
        return
    rows = [[g.label, "住户" if g.kind == "household" else "地点", str(g.count),
             "、".join(data.numbers.get(i, str(i)) for i in g.ids)] for g in f.repeat_groups]
    yield s.table(("住户 / 地点", "类型", "件数", "投诉编号（含此前被重复的投诉）"), rows,
                  (2.2, 0.8, 0.7, 6.3), (2,))


def _overdue(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    f = data.figures
    yield CondPageBreak(120)
    yield Paragraph(f"{number}、超时未办结投诉（{len(f.overdue_ids)} 件）", s.h)
    if not data.overdue:
        yield Paragraph("截至统计时无超时未办结的投诉。", s.body)
        return
    rows = [[r.number, house.local_time(r.received_at), r.category, r.place, r.summary, r.status,
             "、".join(x for x in (r.response if r.response.startswith("超时") else "",
                                    r.resolution if r.resolution.startswith("超时") else "") if x)]
            for r in data.overdue]
    yield s.table(("编号", "受理时间", "类别", "地点", "问题摘要", "状态", "超时情况"), rows,
                  (2.4, 1.9, 1.4, 1.7, 3.1, 1, 1.7))
    if data.overdue_unlisted:
        yield Paragraph(f"另有 {data.overdue_unlisted} 件未列出，详见投诉处理台账。", s.small)


def _remarks(data: ReviewPrint, s: _Sheet, number: str) -> Iterator[Flowable]:
    lines = Table([[""]] * 6, colWidths=[s.width], rowHeights=[22] * 6, style=house.table_style([
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, house.RULE)]))
    yield KeepTogether([Paragraph(f"{number}、复盘意见及整改措施", s.h), lines])


Section = Callable[[ReviewPrint, _Sheet, str], Iterator[Flowable]]


def _story(data: ReviewPrint, s: _Sheet, control: Control) -> Iterator[Flowable]:
    sections: list[Section] = [_summary, _channels, _categories, _repeats, _overdue, _remarks]
    if len(data.figures.months) >= 2:  # a quarter: how each month went
        sections.insert(1, _months)
    for done, (section, numeral) in enumerate(zip(sections, "一二三四五六七", strict=False), 1):
        yield from section(data, s, numeral)
        control.step(done)


def build(session: Session, start: date, end: date, out: Path, *, now: datetime, public: bool = False,
          control: Control | None = None) -> int:
    """The review of complaints received from ``start`` to ``end`` (local dates)."""
    control = control or Control()
    control.total = STEPS
    data = read_review(session, start, end, now, public=public)
    profile = get_profile(session)
    heading = house.Heading(community=profile.name if profile else "", title=review_title(start, end),
                            period=period_text(start, end), printed_at=now, public=public)
    sheet = _Sheet(heading.pagesize[0] - 2 * house.MARGIN)
    return house.build(out, heading, _story(data, sheet, control), control)
