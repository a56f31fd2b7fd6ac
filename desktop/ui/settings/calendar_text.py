"""A year's official holiday schedule as a manager types it, one line each:

    2027-01-01 元旦
    2027-02-05..2027-02-11 春节

parsed into the JSON shape of ``resources/calendar/cn_official.json`` "years"
(what ``localdb.workcalendar.load_manager_years`` accepts), and back. Pure
Python: errors carry a code and the line number; the form words them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from localdb.workcalendar import YearSchedule

HOLIDAYS, WORKDAYS = "holidays", "workdays"
MAX_RUN_DAYS = 15  # the longest official break is 8–9 days; more is surely a typo
_DATE = r"(\d{4}-\d{1,2}-\d{1,2})"
_LINE = re.compile(rf"^{_DATE}(?:\s*(?:\.\.\.?|~|～|至|—)\s*{_DATE})?(?:\s+(.*))?$")


class LineError(Exception):
    """One bad line. ``box`` is HOLIDAYS or WORKDAYS; ``line`` counts from 1 (0: the box)."""

    def __init__(self, box: str, line: int, code: str, value: str = "", other: int = 0) -> None:
        super().__init__(f"{box}:{line}: {code} {value}")
        self.box, self.line, self.code, self.value, self.other = box, line, code, value, other


@dataclass(frozen=True)
class ParsedYear:
    year: int
    holidays: dict[date, str]
    workdays: dict[date, str]

    def as_json(self) -> dict[str, dict[str, dict[str, str]]]:
        return {str(self.year): {
            HOLIDAYS: {d.isoformat(): n for d, n in sorted(self.holidays.items())},
            WORKDAYS: {d.isoformat(): n for d, n in sorted(self.workdays.items())},
        }}


def _day(text: str, box: str, line: int, year: int) -> date:
    try:
        y, m, d = (int(part) for part in text.split("-"))
        day = date(y, m, d)
    except ValueError:
        raise LineError(box, line, "bad_date", text) from None
    if day.year != year:
        raise LineError(box, line, "wrong_year", day.isoformat())
    return day


def parse_box(text: str, year: int, box: str) -> tuple[dict[date, str], dict[date, int]]:
    """Days -> names, and days -> the line that gave them. Blank lines and
    lines starting with # are skipped."""
    days: dict[date, str] = {}
    where: dict[date, int] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            raise LineError(box, number, "bad_format", line)
        first_text, last_text, name = match.groups()
        first = _day(first_text, box, number, year)
        last = _day(last_text, box, number, year) if last_text else first
        if last < first:
            raise LineError(box, number, "reversed", f"{first}..{last}")
        if (last - first).days + 1 > MAX_RUN_DAYS:
            raise LineError(box, number, "too_long", f"{first}..{last}")
        if not (name or "").strip():
            raise LineError(box, number, "no_name", first.isoformat())
        day = first
        while day <= last:
            if day in where:
                raise LineError(box, number, "duplicate", day.isoformat(), where[day])
            days[day], where[day] = name.strip(), number
            day += timedelta(days=1)
    return days, where


def parse_year(year: int, holidays_text: str, workdays_text: str) -> ParsedYear:
    holidays, _ = parse_box(holidays_text, year, HOLIDAYS)
    if not holidays:
        raise LineError(HOLIDAYS, 0, "empty")
    workdays, lines = parse_box(workdays_text, year, WORKDAYS)
    for day in sorted(workdays, key=lambda d: lines[d]):
        if day.weekday() < 5:
            raise LineError(WORKDAYS, lines[day], "not_weekend", day.isoformat())
        if day in holidays:
            raise LineError(WORKDAYS, lines[day], "conflict", day.isoformat())
    return ParsedYear(year, holidays, workdays)


def to_lines(days: dict[date, str]) -> str:
    """The inverse of :func:`parse_box`: runs of consecutive days with one name
    become a range line."""
    lines: list[str] = []
    ordered = sorted(days.items())
    i = 0
    while i < len(ordered):
        first, name = ordered[i]
        last = first
        while i + 1 < len(ordered) and ordered[i + 1] == (last + timedelta(days=1), name):
            i += 1
            last = ordered[i][0]
        span = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
        lines.append(f"{span} {name}")
        i += 1
    return "\n".join(lines)


def schedule_lines(schedule: YearSchedule) -> tuple[str, str]:
    return to_lines(schedule.holidays), to_lines(schedule.workdays)


def year_spans(years: Iterable[int]) -> str:
    """2020, 2021, 2022, 2024 -> "2020–2022、2024"."""
    spans: list[list[int]] = []
    for year in sorted(years):
        if spans and year == spans[-1][-1] + 1:
            spans[-1].append(year)
        else:
            spans.append([year])
    return "、".join(f"{s[0]}–{s[-1]}" if len(s) > 1 else str(s[0]) for s in spans)
