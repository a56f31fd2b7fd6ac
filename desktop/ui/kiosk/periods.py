"""The period picker's choices: this month, last month, this quarter, this
year, last year and each of the last twelve months (Beijing dates)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

Choice = tuple[str, date | None, date | None]


def _month_end(day: date) -> date:
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def choices(today: date) -> list[Choice]:
    translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    quarter = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    out: list[Choice] = [
        (translate("kiosk_periods", "全部期间"), None, None),
        (translate("kiosk_periods", "本月"), this_month, _month_end(this_month)),
        (translate("kiosk_periods", "上月"), last_month, _month_end(last_month)),
        (translate("kiosk_periods", "本季度"), quarter, _month_end(date(today.year, quarter.month + 2, 1))),
        (translate("kiosk_periods", "今年"), date(today.year, 1, 1), date(today.year, 12, 31)),
        (translate("kiosk_periods", "去年"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
    ]
    month = last_month
    for _ in range(11):
        month = (month - timedelta(days=1)).replace(day=1)
        out.append((translate("kiosk_periods", "{y}年{m}月").format(y=month.year, m=month.month), month,
                    _month_end(month)))
    return out
