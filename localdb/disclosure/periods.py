"""Calendar periods of the disclosure list: months, quarters, halves, years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PERIODIC = ("monthly", "quarterly", "half_yearly", "yearly")
_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}
_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str  # 2026年10月, 2026年第三季度, 2026年上半年, 2026年度


def _label(frequency: str, start: date) -> str:
    if frequency == "monthly":
        return f"{start.year}年{start.month}月"
    if frequency == "quarterly":
        return f"{start.year}年{_QUARTERS[(start.month - 1) // 3]}"
    if frequency == "half_yearly":
        return f"{start.year}年{'上' if start.month <= 6 else '下'}半年"
    return f"{start.year}年度"


def containing(frequency: str, day: date) -> Period:
    """The period of ``frequency`` that ``day`` falls in."""
    months = _MONTHS[frequency]
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    after = date(start.year + (first_month + months - 1) // 12, (first_month + months - 1) % 12 + 1, 1)
    return Period(start, after - timedelta(days=1), _label(frequency, start))


def previous(frequency: str, period: Period) -> Period:
    return containing(frequency, period.start - timedelta(days=1))


def last_ended(frequency: str, today: date) -> Period:
    """The latest period that ended before ``today``: the one now to be disclosed."""
    return previous(frequency, containing(frequency, today))
