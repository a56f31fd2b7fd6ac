"""The holiday editor's line format, without Qt: parsing, errors, and back."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.ui.settings.calendar_text import (
    HOLIDAYS,
    WORKDAYS,
    LineError,
    parse_year,
    schedule_lines,
    to_lines,
)
from localdb.workcalendar import load_manager_years, official_schedule


def test_single_days_and_ranges_become_the_stored_json_shape() -> None:
    parsed = parse_year(2027, "2027-01-01 元旦\n\n# 春节\n2027-02-05 .. 2027-02-07  春节\n",
                        "2027-02-14 春节")
    assert parsed.holidays == {date(2027, 1, 1): "元旦", date(2027, 2, 5): "春节",
                               date(2027, 2, 6): "春节", date(2027, 2, 7): "春节"}
    doc = parsed.as_json()
    assert doc == {"2027": {
        "holidays": {"2027-01-01": "元旦", "2027-02-05": "春节", "2027-02-06": "春节",
                     "2027-02-07": "春节"},
        "workdays": {"2027-02-14": "春节"}}}
    schedule = load_manager_years(json.dumps(doc, ensure_ascii=False))[2027]
    assert schedule.workdays == {date(2027, 2, 14): "春节"}


@pytest.mark.parametrize(("holidays", "workdays", "box", "line", "code"), [
    ("2027-13-01 元旦", "", HOLIDAYS, 1, "bad_date"),
    ("2027-01-01 元旦\n2027/05/01 劳动节", "", HOLIDAYS, 2, "bad_format"),
    ("2026-01-01 元旦", "", HOLIDAYS, 1, "wrong_year"),
    ("2027-01-01", "", HOLIDAYS, 1, "no_name"),
    ("2027-02-11..2027-02-05 春节", "", HOLIDAYS, 1, "reversed"),
    ("2027-01-01..2027-03-01 春节", "", HOLIDAYS, 1, "too_long"),
    ("2027-02-05..2027-02-11 春节\n2027-02-11 春节", "", HOLIDAYS, 2, "duplicate"),
    ("", "", HOLIDAYS, 0, "empty"),
    ("2027-01-01 元旦", "2027-02-14 春节\n2027-02-15 春节", WORKDAYS, 2, "not_weekend"),
    ("2027-02-13..2027-02-14 春节", "2027-02-14 春节", WORKDAYS, 1, "conflict"),
])
def test_bad_lines_name_their_box_and_line(holidays: str, workdays: str, box: str, line: int,
                                           code: str) -> None:
    with pytest.raises(LineError) as caught:
        parse_year(2027, holidays, workdays)
    assert (caught.value.box, caught.value.line, caught.value.code) == (box, line, code)


def test_shipped_schedules_round_trip_through_the_text_form() -> None:
    for year, schedule in official_schedule().items():
        parsed = parse_year(year, *schedule_lines(schedule))
        assert (parsed.holidays, parsed.workdays) == (schedule.holidays, schedule.workdays)
    assert to_lines({date(2026, 10, d): "国庆节" for d in range(1, 9)}) == "2026-10-01..2026-10-08 国庆节"
