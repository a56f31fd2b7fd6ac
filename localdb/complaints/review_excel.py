"""复盘 to Excel: the same ``ReviewFigures`` the screen and the PDF show, one
sheet per view (summary, months, channels, categories, repeats, overdue).

Rates are written as numbers formatted as percentages, beside their numerator
and denominator, so the association can check them in the sheet itself."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.complaints import queries
from localdb.complaints.review import PeriodFigures, Rate, ReviewFigures, compute_review
from localdb.complaints.states import STATUS_LABELS, Status
from localdb.deadlines import CHANNEL_LABELS, Channel
from localdb.models import Community, Complaint
from localdb.workcalendar import SHANGHAI

PERCENT = "0.0%"
RATES: tuple[tuple[str, str], ...] = (
    ("on_time_response", "及时响应率"), ("resolution", "办结率"),
    ("on_time_resolution", "按时办结率"), ("satisfaction", "满意率"),
)
SUMMARY_HEADER_ROW = 4  # after the title, the period and the time of the count
SHEETS = ("汇总", "按月", "按渠道", "按类别", "重复投诉", "超时投诉")


def rate_of(figures: PeriodFigures, key: str) -> Rate:
    rate = getattr(figures, key)
    assert isinstance(rate, Rate)
    return rate


def _fraction(rate: Rate) -> float | None:
    return float(rate.numerator) / rate.denominator if rate.denominator else None


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


def _local(at: datetime) -> str:
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def period_label(start: date, end: date) -> str:
    return f"{start.isoformat()} 至 {end.isoformat()}"


def _numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    out: dict[int, str] = {}
    for chunk in range(0, len(wanted), 500):  # keep IN lists short on every backend
        out.update(session.execute(
            select(Complaint.id, Complaint.number).where(Complaint.id.in_(wanted[chunk:chunk + 500]))
        ).tuples().all())
    return out


def _sheet(book: Any, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]],
           widths: Sequence[int], percent_columns: Sequence[int] = ()) -> Any:
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for col in percent_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = PERCENT
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def write_workbook(figures: ReviewFigures, path: Path, *, community: str,
                   numbers: dict[int, str], overdue_rows: Sequence[queries.DeskRow]) -> None:
    """Write the figures to ``path`` (.xlsx)."""
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    summary = book.create_sheet(SHEETS[0])
    summary.append([f"{community} 投诉复盘".strip()])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([f"统计期间：{period_label(figures.start, figures.end)}（按受理日期）"])
    summary.append([f"统计时间：{_local(figures.now)}"])
    summary.append(["指标", "数值", "分子", "分母"])
    for cell in summary[SUMMARY_HEADER_ROW]:
        cell.font = Font(bold=True)
    summary.append(["受理总数", figures.total])
    for key, label in RATES:
        rate = rate_of(figures, key)
        summary.append([label, _fraction(rate), rate.numerator, rate.denominator])
        summary.cell(row=summary.max_row, column=2).number_format = PERCENT
    summary.append(["超时未办结", len(figures.overdue_ids)])
    summary.append(["重复投诉", len(figures.repeat_ids)])
    summary.append(["重新打开", len(figures.reopened_ids)])
    summary.append(["已转交（不计入比率）", len(figures.referred_ids)])
    for col, width in zip("ABCD", (22, 12, 10, 10), strict=True):
        summary.column_dimensions[col].width = width

    _sheet(book, SHEETS[1], ("月份", "受理", *(label for _, label in RATES)),
           ([f"{m.start:%Y-%m}", m.total, *(_fraction(rate_of(m, key)) for key, _ in RATES)]
            for m in figures.months),
           (12, 8, 12, 12, 12, 12), (3, 4, 5, 6))
    _sheet(book, SHEETS[2], ("渠道", "件数", "占比"),
           ([c.label, c.count, _share(c.count, figures.total)] for c in figures.by_channel),
           (14, 8, 10), (3,))
    _sheet(book, SHEETS[3], ("类别", "件数", "占比"),
           ([c.label, c.count, _share(c.count, figures.total)] for c in figures.by_category),
           (18, 8, 10), (3,))
    _sheet(book, SHEETS[4], ("户 / 地点", "类型", "件数", "投诉编号"),
           ([g.label, "住户" if g.kind == "household" else "地点", g.count,
             "、".join(numbers.get(i, str(i)) for i in g.ids)] for g in figures.repeat_groups),
           (26, 8, 8, 80))
    _sheet(book, SHEETS[5], ("编号", "受理时间", "渠道", "类别", "地点", "状态", "响应截止", "办结截止"),
           ([r.number, _local(r.received_at), _channel(r.channel), r.category, r.place, _status(r.status),
             _local(r.response_due), _local(r.resolution_due) if r.resolution_due else ""]
            for r in overdue_rows),
           (18, 17, 10, 14, 24, 8, 17, 17))
    book.save(path)


def _channel(value: str) -> str:
    try:
        return CHANNEL_LABELS[Channel(value)]
    except ValueError:
        return value


def _status(value: str) -> str:
    try:
        return STATUS_LABELS[Status(value)]
    except ValueError:
        return value


def export_review(session: Session, start: date, end: date, now: datetime, path: Path) -> ReviewFigures:
    """Compute the review and write it to ``path``; returns the figures written."""
    figures = compute_review(session, start, end, now)
    community = session.execute(select(Community.name).limit(1)).scalar() or ""
    numbers = _numbers(session, (i for g in figures.repeat_groups for i in g.ids))
    found = queries.rows(session, figures.overdue_ids)
    overdue = [found[i] for i in figures.overdue_ids if i in found]
    write_workbook(figures, path, community=community, numbers=numbers, overdue_rows=overdue)
    return figures
