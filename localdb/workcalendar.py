"""China's working calendar: which days are working days, and working-time arithmetic.

The official schedule (State Council, with make-up working days 调休) ships as
data in ``resources/calendar``; a manager adds next year's schedule when it is
published each autumn. A year with neither is *not confirmed*: it falls back
to weekends plus the statutory days off fixed by law (全国年节及纪念日放假办法,
as amended 2024), with no 调休 guessed, and callers say so on screen.

All times are aware datetimes; days are counted in Asia/Shanghai.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from localdb.errors import ValidationError
from localdb.resources import resources_dir

if TYPE_CHECKING:
    from holidays.calendars.chinese import _ChineseLunisolar

SHANGHAI = ZoneInfo("Asia/Shanghai")
MIN_YEAR, MAX_YEAR = 1900, 2100
DEFAULT_START, DEFAULT_END = time(8, 30), time(18, 0)
_DAY = timedelta(days=1)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class YearSchedule:
    year: int
    holidays: dict[date, str]  # official days off -> festival
    workdays: dict[date, str]  # make-up working days (调休) on a weekend


@dataclass(frozen=True)
class DayInfo:
    day: date
    working: bool
    reason: str  # 工作日 / 周末 / 国庆节放假 / 调休上班（国庆节）
    confirmed: bool  # False: the year's schedule is not published, this is inferred


# --- the schedule as JSON data (shipped file and manager-added years) -------------


def _year_key(key: Any) -> int:
    if not (isinstance(key, str) and key.isascii() and key.isdigit()
            and MIN_YEAR <= int(key) <= MAX_YEAR):
        raise ValidationError("calendar_bad_year", value=key)
    return int(key)


def _days(year: int, kind: str, body: Any) -> dict[date, str]:
    if not isinstance(body, dict):
        raise ValidationError("calendar_format", where=f"{year} {kind}")
    out: dict[date, str] = {}
    for text, name in body.items():
        # fromisoformat alone would also take 20271001 or 2027-W40-5
        if not isinstance(text, str) or not _ISO_DATE.match(text):
            raise ValidationError("calendar_bad_date", value=text)
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValidationError("calendar_bad_date", value=text) from None
        if day.year != year:
            raise ValidationError("calendar_wrong_year", value=text, year=year)
        if not isinstance(name, str) or not name.strip():
            raise ValidationError("calendar_name_required", value=text)
        out[day] = name.strip()
    return out


def _schedule(year: int, body: Any) -> YearSchedule:
    if not isinstance(body, dict) or set(body) - {"holidays", "workdays"}:
        raise ValidationError("calendar_format", where=str(year))
    holidays = _days(year, "holidays", body.get("holidays", {}))
    workdays = _days(year, "workdays", body.get("workdays", {}))
    for day in sorted(workdays):
        if day in holidays:
            raise ValidationError("calendar_conflict", value=day.isoformat())
        if day.weekday() < 5:  # a weekday is a working day anyway: surely a typo
            raise ValidationError("calendar_workday_not_weekend", value=day.isoformat())
    return YearSchedule(year, holidays, workdays)


def load_manager_years(json_text: str) -> dict[int, YearSchedule]:
    """Parse years in the shape of ``cn_official.json``'s ``years`` (the whole
    document with a ``years`` key is accepted too); raises ValidationError."""
    try:
        doc = json.loads(json_text)
    except json.JSONDecodeError:
        raise ValidationError("calendar_format", where="JSON") from None
    if isinstance(doc, dict) and isinstance(doc.get("years"), dict):
        doc = doc["years"]
    if not isinstance(doc, dict):
        raise ValidationError("calendar_format", where="years")
    out: dict[int, YearSchedule] = {}
    for key, body in doc.items():
        year = _year_key(key)
        out[year] = _schedule(year, body)
    return out


def dump_years(years: Mapping[int, YearSchedule]) -> str:
    """The inverse of :func:`load_manager_years` (sorted, stable for diffs)."""
    doc = {
        str(year): {
            "holidays": {d.isoformat(): n for d, n in sorted(s.holidays.items())},
            "workdays": {d.isoformat(): n for d, n in sorted(s.workdays.items())},
        }
        for year, s in sorted(years.items())
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _parse(path: Path) -> dict[int, YearSchedule]:
    return load_manager_years(path.read_text(encoding="utf-8"))


@cache
def official_schedule() -> dict[int, YearSchedule]:
    return _parse(resources_dir() / "calendar" / "cn_official.json")


def confirmed_years() -> list[int]:
    return sorted(official_schedule())


# --- the statutory fallback for a year without a published schedule --------------


def _lunar() -> _ChineseLunisolar:
    # Imported here: ``holidays`` costs ~90 ms and only unpublished years need it.
    from holidays.calendars.chinese import _ChineseLunisolar

    return _ChineseLunisolar()


def qingming_by_formula(year: int) -> date:
    """The classic solar-term formula; agrees with ``holidays`` for 1900–2100."""
    y = year % 100
    return date(year, 4, int(y * 0.2422 + (5.59 if year < 2000 else 4.81)) - y // 4)


def qingming(year: int) -> date:
    """The Qingming solar term. ``holidays`` 0.60 (the oldest we allow) has no
    ``qingming_date`` on its calendar helper yet, hence the formula behind it."""
    method = getattr(_lunar(), "qingming_date", None)
    if method is None:
        return qingming_by_formula(year)
    found: date = method(year)[0]
    return found


@cache
def statutory_holidays(year: int) -> dict[date, str]:
    """Days off fixed by law (全国年节及纪念日放假办法, in force 2025), no 调休, no 补假.

    Lunar dates come from the ``holidays`` package tables (1901–2100); outside
    them those festivals are simply left out rather than guessed."""
    lunar = _lunar()
    out: dict[date, str] = {}

    def add(first: date | None, name: str, count: int = 1) -> None:
        if first is None:
            return
        for d in (first + timedelta(days=i) for i in range(count)):
            out[d] = f"{out[d]}、{name}" if d in out else name  # 中秋 can meet 国庆

    add(date(year, 1, 1), "元旦")
    new_year = lunar.lunar_new_year_date(year)[0]
    add(new_year and new_year - _DAY, "春节", 4)  # 除夕 and 初一–初三
    add(qingming(year), "清明节")
    add(date(year, 5, 1), "劳动节", 2)
    add(lunar.dragon_boat_date(year)[0], "端午节")
    add(lunar.mid_autumn_date(year)[0], "中秋节")
    add(date(year, 10, 1), "国庆节", 3)
    return out


# --- the calendar -----------------------------------------------------------------


def aware(dt: datetime) -> datetime:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: pass an aware datetime (UTC)")
    return dt


def utc(dt: datetime) -> datetime:
    """Aware datetimes in, UTC out: what the store keeps and the engine returns."""
    return aware(dt).astimezone(UTC)


def local_text(dt: datetime) -> str:
    """How explanations show a moment: Asia/Shanghai wall time."""
    return aware(dt).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


class WorkCalendar:
    """Working days and working time [start, end) in Asia/Shanghai.

    ``extra_years`` (manager-added) replace the shipped schedule year by year."""

    def __init__(
        self,
        extra_years: Mapping[int, YearSchedule] | None = None,
        work_start: time = DEFAULT_START,
        work_end: time = DEFAULT_END,
    ) -> None:
        if work_end <= work_start:
            raise ValidationError("hours_order", field="work_end")
        self.work_start = work_start
        self.work_end = work_end
        self._years: dict[int, YearSchedule] = {**official_schedule(), **(extra_years or {})}

    def is_confirmed(self, year: int) -> bool:
        return year in self._years

    def day(self, d: date) -> DayInfo:
        schedule = self._years.get(d.year)
        if schedule is not None:
            if d in schedule.holidays:
                return DayInfo(d, False, f"{schedule.holidays[d]}放假", True)
            if d in schedule.workdays:
                return DayInfo(d, True, f"调休上班（{schedule.workdays[d]}）", True)
        elif d in statutory_holidays(d.year):
            return DayInfo(d, False, f"{statutory_holidays(d.year)[d]}放假", False)
        confirmed = schedule is not None
        if d.weekday() >= 5:
            return DayInfo(d, False, "周末", confirmed)
        return DayInfo(d, True, "工作日", confirmed)

    def is_working_day(self, d: date) -> bool:
        return self.day(d).working

    def unconfirmed_years(self, first: date, last: date) -> list[int]:
        return [y for y in range(first.year, last.year + 1) if not self.is_confirmed(y)]

    def next_working_day(self, d: date) -> date:
        return self.working_days_after(d, 1)

    def working_days_after(self, d: date, n: int) -> date:
        """The nth working day strictly after ``d`` (``d`` itself never counts)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        while n:
            d += _DAY
            n -= self.is_working_day(d)
        return d

    def start_of(self, d: date) -> datetime:
        return datetime.combine(d, self.work_start, SHANGHAI).astimezone(UTC)

    def end_of(self, d: date) -> datetime:
        """End of working time on ``d`` (a UTC datetime)."""
        return datetime.combine(d, self.work_end, SHANGHAI).astimezone(UTC)

    def in_working_time(self, dt: datetime) -> bool:
        local = aware(dt).astimezone(SHANGHAI)
        return self.is_working_day(local.date()) and (
            self.work_start <= local.time() < self.work_end
        )

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time inside [a, b); zero when b is not after a."""
        total = timedelta()
        a, b = utc(a), utc(b)
        d = a.astimezone(SHANGHAI).date()
        while a < b and d <= b.astimezone(SHANGHAI).date():
            if self.is_working_day(d):
                span = min(self.end_of(d), b) - max(self.start_of(d), a)
                total += max(span, timedelta())
            d += _DAY
        return total

    def add_working_time(self, dt: datetime, amount: timedelta) -> datetime:
        """Walk ``amount`` of working time forward from ``dt``; lands on the end of
        a working period rather than the next morning when it fits exactly."""
        cursor = utc(dt)
        if amount <= timedelta():
            return cursor
        d = cursor.astimezone(SHANGHAI).date()
        while True:
            if self.is_working_day(d):
                start, end = max(self.start_of(d), cursor), self.end_of(d)
                if end > start:
                    if amount <= end - start:
                        return start + amount
                    amount -= end - start
            d += _DAY
