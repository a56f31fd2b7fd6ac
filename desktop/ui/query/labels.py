"""Translated labels and formats for query-desk values that arrive as data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.ui.desk.labels import SHANGHAI

#: The badge words the query desk uses (listed for lupdate in desktop/ui/query/strings.py).
STATE_LABELS: dict[str, str] = {
    "draft": "草稿",
    "submitted": "待审核",
    "published": "已发布",
    "superseded": "已被更正",
    "withdrawn": "已撤回",
}

#: Badge colours (background, text): calm tints with dark text.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e4e7eb", "#3e4c59"),
    "submitted": ("#e0ecfb", "#1f3a5f"),
    "published": ("#e3f4e8", "#2f6f3e"),
    "superseded": ("#fff4d6", "#7a4b00"),
    "withdrawn": ("#fde2e1", "#9b1c1c"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def state_label(state: str) -> str:
    return _tr("record_states", STATE_LABELS[state]) if state in STATE_LABELS else state


def state_style(state: str) -> str:
    background, colour = STATE_COLOURS.get(state, STATE_COLOURS["draft"])
    return (f"background: {background}; color: {colour}; border-radius: 4px;"
            f" padding: 2px 10px; font-weight: bold;")


def notice_style(state: str) -> str:
    background, colour = STATE_COLOURS.get(state, STATE_COLOURS["draft"])
    return f"background: {background}; color: {colour}; border-radius: 6px; padding: 8px 10px;"


def _month_end(d: date) -> date:
    nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def period_text(start: date | None, end: date | None) -> str:
    """2026年5月, 2026年第2季度, 2026年上半年, 2026年, or 2026-01-05 至 2026-02-20."""
    tr = QCoreApplication.translate
    if start is None or end is None or start == end:
        one = start or end
        return one.isoformat() if one is not None else ""
    y = start.year
    if start.day == 1 and end == _month_end(end) and start.year == end.year:
        months = end.month - start.month + 1
        if months == 1:
            return tr("record_period", "{y}年{m}月").format(y=y, m=start.month)
        if months == 12:
            return tr("record_period", "{y}年").format(y=y)
        if months == 6 and start.month == 1:
            return tr("record_period", "{y}年上半年").format(y=y)
        if months == 6 and start.month == 7:
            return tr("record_period", "{y}年下半年").format(y=y)
        if months == 3 and start.month in (1, 4, 7, 10):
            return tr("record_period", "{y}年第{q}季度").format(y=y, q=start.month // 3 + 1)
        return tr("record_period", "{y}年{a}–{b}月").format(y=y, a=start.month, b=end.month)
    return tr("record_period", "{a} 至 {b}").format(a=start.isoformat(), b=end.isoformat())


def local_date(at: datetime | None) -> str:
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d") if at is not None else ""


def local_time(at: datetime | None) -> str:
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if at is not None else ""


def yuan(amount: Decimal) -> str:
    """12,345.60 — amounts as a table shows them (exact, two places)."""
    return f"{amount:,.2f}"


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
