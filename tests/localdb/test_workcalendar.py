"""The work calendar: official schedule with 调休, the statutory fallback for
unpublished years, manager-added years, and working-time arithmetic."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from holidays.calendars.chinese import _ChineseLunisolar

from localdb.errors import ValidationError
from localdb.resources import resources_dir
from localdb.workcalendar import (
    WorkCalendar,
    YearSchedule,
    confirmed_years,
    dump_years,
    load_manager_years,
    official_schedule,
    qingming,
    qingming_by_formula,
    statutory_holidays,
)

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()


def sh(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def test_shipped_schedule_still_loads() -> None:
    assert confirmed_years() == list(range(2020, 2027))
    doc = json.loads((resources_dir() / "calendar" / "cn_official.json").read_text(encoding="utf-8"))
    s2026 = official_schedule()[2026]
    assert len(s2026.holidays) == len(doc["years"]["2026"]["holidays"])
    assert s2026.workdays[date(2026, 10, 10)] == "国庆节"


@pytest.mark.parametrize(("day", "working", "reason"), [
    (date(2026, 10, 1), False, "国庆节放假"),
    (date(2026, 10, 7), False, "国庆节放假"),
    (date(2026, 10, 10), True, "调休上班（国庆节）"),  # Saturday make-up day
    (date(2026, 9, 20), True, "调休上班（国庆节）"),  # Sunday make-up day
    (date(2026, 10, 11), False, "周末"),
    (date(2026, 10, 12), True, "工作日"),
    (date(2026, 2, 14), True, "调休上班（春节）"),
    (date(2026, 2, 15), False, "春节放假"),
    (date(2026, 2, 23), False, "春节放假"),
    (date(2026, 2, 28), True, "调休上班（春节）"),
])
def test_official_days(day: date, working: bool, reason: str) -> None:
    info = CAL.day(day)
    assert (info.working, info.reason, info.confirmed) == (working, reason, True)
    assert CAL.is_working_day(day) is working


def test_2027_falls_back_to_the_statutory_days() -> None:
    lunar = _ChineseLunisolar()
    assert lunar.lunar_new_year_date(2027)[0] == date(2027, 2, 6)  # 初一, from the library
    assert not CAL.is_confirmed(2027) and CAL.is_confirmed(2026)
    days = (date(2027, 1, 1) + timedelta(days=i) for i in range(365))
    off = {d for d in days if d.weekday() < 5 and not CAL.is_working_day(d)}
    # Weekdays off in 2027 by law alone: 元旦 Fri 1/1, 除夕 Fri 2/5, 初三 Mon 2/8, 清明 Mon 4/5,
    # 端午 Wed 6/9, 中秋 Wed 9/15, 国庆 Fri 10/1 (5/1–2 and 2/6–7, 10/2–3 are a weekend anyway).
    assert off == {date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 4, 5),
                   date(2027, 6, 9), date(2027, 9, 15), date(2027, 10, 1)}
    assert CAL.day(date(2027, 2, 5)).reason == "春节放假"
    assert CAL.day(date(2027, 2, 6)).reason == "春节放假"  # not just "周末": the festival is named
    assert CAL.day(date(2027, 1, 1)).confirmed is False
    # No 调休 and no 补假 is guessed: every 2027 weekend day is off, Mon 5/3 is a working day.
    weekend = [date(2027, 1, 2) + timedelta(days=7 * w + k) for w in range(52) for k in (0, 1)]
    assert not any(CAL.is_working_day(d) for d in weekend)
    assert CAL.is_working_day(date(2027, 5, 3)) and CAL.is_working_day(date(2027, 2, 9))


@pytest.mark.parametrize("year", [2025, 2026])
def test_statutory_days_are_inside_the_official_schedule(year: int) -> None:
    # From 2025 the law (除夕 included) is what the official schedule builds on.
    assert set(statutory_holidays(year)) <= set(official_schedule()[year].holidays)


def test_statutory_days_name_both_festivals_when_they_meet() -> None:
    assert statutory_holidays(2020)[date(2020, 10, 1)] == "中秋节、国庆节"


def test_qingming_formula_agrees_with_the_library() -> None:
    # The formula is the fallback for holidays versions without qingming_date.
    assert all(qingming_by_formula(y) == qingming(y) for y in range(1900, 2101))


def test_never_raises_for_any_day_1900_to_2100() -> None:
    d, last = date(1900, 1, 1), date(2100, 12, 31)
    while d <= last:
        CAL.day(d)
        d += timedelta(days=1)
    assert CAL.next_working_day(date(2100, 12, 31)) == date(2101, 1, 3)  # Fri -> Mon, even past 2100
    assert CAL.working_days_after(date(1900, 1, 1), 5) == date(1900, 1, 8)


def test_next_working_day_respects_make_up_days() -> None:
    assert CAL.next_working_day(date(2026, 2, 13)) == date(2026, 2, 14)  # Sat, 调休
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 24)  # 2/15–23 off
    assert CAL.working_days_after(date(2026, 9, 30), 3) == date(2026, 10, 10)  # 10/8, 10/9, Sat 10/10


def test_working_time_is_half_open() -> None:
    assert CAL.in_working_time(sh(2026, 9, 29, 8, 30))
    assert not CAL.in_working_time(sh(2026, 9, 29, 8, 29))
    assert CAL.in_working_time(sh(2026, 9, 29, 17, 59))
    assert not CAL.in_working_time(sh(2026, 9, 29, 18, 0))
    assert CAL.in_working_time(datetime(2026, 9, 29, 0, 30, tzinfo=UTC))  # = 08:30 in Shanghai
    assert not CAL.in_working_time(sh(2026, 9, 12, 10))  # Saturday
    assert CAL.in_working_time(sh(2026, 10, 10, 10))  # Saturday, 调休


def test_working_time_arithmetic() -> None:
    # Fri 17:00 -> Mon 09:00 (2026-09-12/13 a plain weekend): 1 h Friday + 0.5 h Monday.
    assert CAL.working_time_between(sh(2026, 9, 11, 17), sh(2026, 9, 14, 9)) == timedelta(hours=1.5)
    assert CAL.working_time_between(sh(2026, 9, 14, 9), sh(2026, 9, 11, 17)) == timedelta()
    assert CAL.add_working_time(sh(2026, 9, 11, 17), timedelta(hours=1.5)) == sh(2026, 9, 14, 9)
    # Exactly the rest of the day lands on 18:00, not on the next morning.
    assert CAL.add_working_time(sh(2026, 9, 11, 16), timedelta(hours=2)) == sh(2026, 9, 11, 18)
    assert CAL.add_working_time(sh(2026, 9, 11, 16), timedelta()) == sh(2026, 9, 11, 16)
    # From 18:00 on 9/30 one hour lands after the National Day week: 10/8 09:30.
    assert CAL.add_working_time(sh(2026, 9, 30, 18), timedelta(hours=1)) == sh(2026, 10, 8, 9, 30)
    assert CAL.add_working_time(sh(2026, 9, 11, 16), timedelta(hours=1)).utcoffset() == timedelta()
    assert CAL.end_of(date(2026, 10, 9)) == sh(2026, 10, 9, 18)
    with pytest.raises(ValueError, match="naive"):
        CAL.in_working_time(datetime(2026, 9, 29, 9))


def test_custom_working_hours() -> None:
    cal = WorkCalendar(work_start=time(9), work_end=time(17, 30))
    assert not cal.in_working_time(sh(2026, 9, 29, 8, 45))
    assert cal.end_of(date(2026, 9, 29)) == sh(2026, 9, 29, 17, 30)
    with pytest.raises(ValidationError) as err:
        WorkCalendar(work_start=time(18), work_end=time(8, 30))
    assert err.value.code == "hours_order"


MANAGER_2027 = {
    "2027": {
        "holidays": {f"2027-02-{d:02d}": "春节" for d in range(5, 12)},
        "workdays": {"2027-02-20": "春节"},  # made up for the test: a Saturday make-up day
    }
}


def test_manager_added_year_is_confirmed_and_honoured() -> None:
    years = load_manager_years(json.dumps(MANAGER_2027))
    cal = WorkCalendar(years)
    assert cal.is_confirmed(2027)
    assert cal.day(date(2027, 2, 20)).reason == "调休上班（春节）" and cal.day(date(2027, 2, 20)).working
    assert cal.day(date(2027, 2, 11)).reason == "春节放假" and cal.day(date(2027, 2, 11)).confirmed
    # The manager's year replaces the law-based guess whole: 1/1 is not in it, so it is a Friday.
    assert cal.is_working_day(date(2027, 1, 1))


def test_manager_year_replaces_a_shipped_year() -> None:
    cal = WorkCalendar({2026: YearSchedule(2026, {}, {})})
    assert cal.day(date(2026, 10, 1)).reason == "工作日"


def test_years_json_round_trip() -> None:
    assert load_manager_years(dump_years(official_schedule())) == official_schedule()
    # The whole shipped document (with its "years" key) is accepted too.
    text = (resources_dir() / "calendar" / "cn_official.json").read_text(encoding="utf-8")
    assert load_manager_years(text) == official_schedule()
    assert json.loads(dump_years(load_manager_years(json.dumps(MANAGER_2027)))) == MANAGER_2027


@pytest.mark.parametrize(("doc", "code"), [
    ("{not json", "calendar_format"),
    ("[]", "calendar_format"),
    ('{"27": {}}', "calendar_bad_year"),
    ('{"2101": {}}', "calendar_bad_year"),
    ('{"2027": {"holidays": {"2027-02-30": "春节"}}}', "calendar_bad_date"),
    ('{"2027": {"holidays": {"20270205": "春节"}}}', "calendar_bad_date"),
    ('{"2027": {"holidays": {"2028-01-01": "元旦"}}}', "calendar_wrong_year"),
    ('{"2027": {"holidays": {"2027-02-06": "春节"}, "workdays": {"2027-02-06": "春节"}}}',
     "calendar_conflict"),
    ('{"2027": {"workdays": {"2027-02-10": "春节"}}}', "calendar_workday_not_weekend"),  # a Wednesday
    ('{"2027": {"holidays": {"2027-02-06": " "}}}', "calendar_name_required"),
    ('{"2027": {"holiday": {}}}', "calendar_format"),
    ('{"2027": {"holidays": []}}', "calendar_format"),
])
def test_bad_manager_years_are_refused(doc: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        load_manager_years(doc)
    assert err.value.code == code
    assert err.value.message  # every code has a Chinese template
