"""The deadline engine: every expected due is worked out by hand in a comment.

Default policy: response 30 min (urgent) or 4 h / 8 h clock time (in / outside
working time 08:30–18:00); resolution 24 h (urgent), or 18:00 of the 2nd
(ordinary) / 5th (complex) working day after the day of receipt.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from localdb.deadlines import (
    Channel,
    ClockEvent,
    Deadline,
    DeadlinePolicy,
    Extension,
    Pause,
    Reopen,
    Response,
    Rule,
    RuleSet,
    Urgency,
    compute_deadlines,
    policy_from_dict,
    policy_to_dict,
    resolution_deadline,
    response_deadline,
)
from localdb.errors import ValidationError
from localdb.workcalendar import WorkCalendar, load_manager_years

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar()
POLICY = DeadlinePolicy()
PHONE, URGENT, ORDINARY, COMPLEX = Channel.PHONE, Urgency.URGENT, Urgency.ORDINARY, Urgency.COMPLEX


def sh(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def in_utc(d: Deadline) -> Deadline:
    assert d.due.tzinfo is UTC  # the engine always answers in UTC, whatever zone came in
    return d


def response(received: datetime, urgency: Urgency = ORDINARY) -> Deadline:
    return in_utc(response_deadline(received, PHONE, urgency, POLICY, CAL))


def resolution(received: datetime, urgency: Urgency = ORDINARY, **kw: object) -> Deadline:
    return in_utc(resolution_deadline(received, PHONE, urgency, POLICY, CAL, **kw))  # type: ignore[arg-type]


# --- response clock ------------------------------------------------------------------


def test_response_inside_working_time_is_4_clock_hours() -> None:
    # Wed 9/30 16:20 is a working day, in hours: 16:20 + 4 h = 20:20 (clock time).
    d = response(sh(2026, 9, 30, 16, 20))
    assert d.due == sh(2026, 9, 30, 20, 20)
    assert d.explanation == (
        "受理时间 2026-09-30 16:20（工作日，工作时间内）",
        "响应时限：工作时间内受理，4 小时（自然时间）",
        "截止 2026-09-30 20:20",
    )
    assert d.warnings == ()


def test_response_outside_working_time_is_8_clock_hours() -> None:
    # 19:00 is after 18:00: 19:00 + 8 h = 03:00 next day, even though that is a holiday.
    assert response(sh(2026, 9, 30, 19)).due == sh(2026, 10, 1, 3)


def test_response_at_the_edges_of_working_time() -> None:
    # [08:30, 18:00): 08:30 is inside (+4 h = 12:30), 18:00 is outside (+8 h = 02:00).
    assert response(sh(2026, 9, 29, 8, 30)).due == sh(2026, 9, 29, 12, 30)
    at_six = response(sh(2026, 9, 29, 18))
    assert at_six.due == sh(2026, 9, 30, 2)
    assert "工作时间外" in at_six.explanation[0]


def test_response_on_weekend_and_on_make_up_day() -> None:
    # Sat 9/12 10:00 is a weekend: outside, 8 h -> 18:00. Sat 10/10 is 调休: inside, 4 h -> 14:00.
    assert response(sh(2026, 9, 12, 10)).due == sh(2026, 9, 12, 18)
    made_up = response(sh(2026, 10, 10, 10))
    assert made_up.due == sh(2026, 10, 10, 14)
    assert made_up.explanation[0] == "受理时间 2026-10-10 10:00（调休上班（国庆节），工作时间内）"


def test_urgent_response_30_minutes_and_resolution_24_hours() -> None:
    # Urgent ignores the calendar: 10/2 03:10 (holiday night) + 30 min; + 24 h.
    assert response(sh(2026, 10, 2, 3, 10), URGENT).due == sh(2026, 10, 2, 3, 40)
    d = resolution(sh(2026, 10, 2, 3, 10), URGENT)
    assert d.due == sh(2026, 10, 3, 3, 10)
    assert "办结时限：紧急，24 小时（自然时间）" in d.explanation


# --- resolution clock ----------------------------------------------------------------


def test_ordinary_resolution_across_a_weekend() -> None:
    # Thu 9/10: receipt day not counted; Fri 9/11 = 1st, Sat/Sun off, Mon 9/14 = 2nd -> 18:00.
    d = resolution(sh(2026, 9, 10, 10))
    assert d.due == sh(2026, 9, 14, 18)
    assert d.explanation == (
        "受理时间 2026-09-10 10:00（工作日，工作时间内）",
        "办结时限：一般，受理当日不计，第 2 个工作日 18:00 前",
        "第 1 个工作日：2026-09-11",
        "不计：2026-09-12 至 2026-09-13，周末",
        "第 2 个工作日：2026-09-14",
        "截止 2026-09-14 18:00",
    )


@pytest.mark.parametrize("received", [
    sh(2026, 9, 11, 19, 30),  # Fri after hours
    sh(2026, 9, 11, 18),  # Fri exactly 18:00 (outside)
    sh(2026, 9, 12, 10),  # Sat
])
def test_receipt_outside_hours_still_counts_from_the_next_day(received: datetime) -> None:
    # The receipt day never counts, working or not: Mon 9/14 = 1st, Tue 9/15 = 2nd.
    assert resolution(received).due == sh(2026, 9, 15, 18)


def test_receipt_exactly_at_0830_counts_from_the_next_day_too() -> None:
    # Tue 9/29 08:30: Wed 9/30 = 1st, then 10/1–7 off, Thu 10/8 = 2nd.
    assert resolution(sh(2026, 9, 29, 8, 30)).due == sh(2026, 10, 8, 18)


def test_across_the_2026_national_day_week() -> None:
    # Wed 9/30: 10/1–7 off; 10/8 = 1st, 10/9 = 2nd (ordinary).
    ordinary = resolution(sh(2026, 9, 30, 16, 20))
    assert ordinary.due == sh(2026, 10, 9, 18)
    assert "不计：2026-10-01 至 2026-10-07，国庆节放假" in ordinary.explanation
    # Complex: 10/8, 10/9, Sat 10/10 (调休), Sun off, Mon 10/12, Tue 10/13 = 5th.
    complex_ = resolution(sh(2026, 9, 30, 16, 20), COMPLEX)
    assert complex_.due == sh(2026, 10, 13, 18)
    assert "第 3 个工作日：2026-10-10，调休上班（国庆节）" in complex_.explanation


def test_make_up_sunday_before_national_day_counts() -> None:
    # Fri 9/18: Sat 9/19 off, Sun 9/20 is 调休 = 1st, Mon 9/21 = 2nd.
    assert resolution(sh(2026, 9, 18, 10)).due == sh(2026, 9, 21, 18)


def test_across_the_2026_spring_festival() -> None:
    # Fri 2/13: Sat 2/14 (调休) = 1st, 2/15–23 off, Tue 2/24 = 2nd.
    assert resolution(sh(2026, 2, 13, 15)).due == sh(2026, 2, 24, 18)
    # Complex: 2/14, 2/24, 2/25, 2/26, Fri 2/27 = 5th.
    assert resolution(sh(2026, 2, 13, 15), COMPLEX).due == sh(2026, 2, 27, 18)
    # Sat 2/28 is a make-up day: in hours (+4 h), and Mon 3/2 = 1st, Tue 3/3 = 2nd.
    assert response(sh(2026, 2, 28, 10)).due == sh(2026, 2, 28, 14)
    assert resolution(sh(2026, 2, 28, 10)).due == sh(2026, 3, 3, 18)


# --- into 2027 (no official schedule shipped) --------------------------------------


def test_into_2027_warns_and_honours_new_year() -> None:
    # Wed 12/30: Thu 12/31 = 1st, Fri 1/1 元旦 off, weekend, 1/4..1/7 = 2nd..5th.
    d = resolution(sh(2026, 12, 30, 10), COMPLEX)
    assert d.due == sh(2027, 1, 7, 18)
    assert d.warnings == ("2027 年放假安排尚未公布，按周末和法定节假日推算，结果可能变化",)
    assert "不计：2027-01-01，元旦放假（推算）" in d.explanation
    # Within 2026 the same kind of case carries no warning.
    assert resolution(sh(2026, 12, 1, 10)).warnings == ()


def test_response_in_2027_warns() -> None:
    # 1/1/2027 is a day off by law: outside hours, 10:00 + 8 h = 18:00.
    d = response(sh(2027, 1, 1, 10))
    assert d.due == sh(2027, 1, 1, 18) and d.warnings


def test_spring_festival_2027_from_lunar_dates() -> None:
    # Thu 2/4: 除夕 Fri 2/5 and 初一–初三 2/6–2/8 off; Tue 2/9 = 1st, Wed 2/10 = 2nd.
    d = resolution(sh(2027, 2, 4, 10))
    assert d.due == sh(2027, 2, 10, 18)
    assert "不计：2027-02-05 至 2027-02-08，春节放假（推算）" in d.explanation


MANAGER_2027 = json.dumps({"2027": {
    "holidays": {f"2027-02-{d:02d}": "春节" for d in range(5, 12)},
    "workdays": {"2027-02-20": "春节"},  # a made-up Saturday make-up day
}})


def test_manager_added_2027_schedule_is_honoured() -> None:
    cal = WorkCalendar(load_manager_years(MANAGER_2027))
    # Thu 2/4: 2/5–2/11 off; Fri 2/12 = 1st, weekend, Mon 2/15 = 2nd. Confirmed: no warning.
    d = resolution_deadline(sh(2027, 2, 4, 10), PHONE, ORDINARY, POLICY, cal)
    assert d.due == sh(2027, 2, 15, 18) and d.warnings == ()
    # Fri 2/19: Sat 2/20 (调休) = 1st, Sun off, Mon 2/22 = 2nd.
    assert resolution_deadline(sh(2027, 2, 19, 10), PHONE, ORDINARY, POLICY, cal).due == sh(2027, 2, 22, 18)


# --- pauses --------------------------------------------------------------------------


def test_pause_adds_back_working_time() -> None:
    # Thu 9/10 -> due Mon 9/14 18:00. Paused Fri 10:00–12:00 = 2 h working time:
    # from Mon 18:00 walk 2 h -> Tue 9/15 10:30.
    d = resolution(sh(2026, 9, 10, 10), pauses=[Pause(sh(2026, 9, 11, 10), sh(2026, 9, 11, 12))])
    assert d.due == sh(2026, 9, 15, 10, 30)
    assert "挂起 2026-09-11 10:00 至 2026-09-11 12:00，其间工作时间 2 小时，顺延至 2026-09-15 10:30" \
        in d.explanation


def test_pause_over_a_night_and_a_weekend() -> None:
    # Paused Fri 9/11 16:00 -> Mon 9/14 10:00: 2 h Fri + 1.5 h Mon = 3.5 h working time.
    # Due Mon 18:00 + 3.5 h -> Tue 08:30 + 3.5 h = 12:00.
    d = resolution(sh(2026, 9, 10, 10), pauses=[Pause(sh(2026, 9, 11, 16), sh(2026, 9, 14, 10))])
    assert d.due == sh(2026, 9, 15, 12)


def test_pause_over_national_day_lands_on_the_make_up_saturday() -> None:
    # 9/30 10:00 -> due Fri 10/9 18:00. Paused 9/30 15:00 -> 10/8 09:00:
    # 3 h (9/30) + 0.5 h (10/8) = 3.5 h; walked from 10/9 18:00 -> Sat 10/10 (调休) 12:00.
    d = resolution(sh(2026, 9, 30, 10), pauses=[Pause(sh(2026, 9, 30, 15), sh(2026, 10, 8, 9))])
    assert d.due == sh(2026, 10, 10, 12)


def test_open_pause_counts_up_to_as_of() -> None:
    # Due Mon 9/14 18:00; paused since Mon 09:00, now 15:00 -> 6 h: Tue 08:30 + 6 h = 14:30.
    d = resolution(sh(2026, 9, 10, 10), pauses=[Pause(sh(2026, 9, 14, 9))], as_of=sh(2026, 9, 14, 15))
    assert d.due == sh(2026, 9, 15, 14, 30)
    assert any("挂起中" in line for line in d.explanation)
    with pytest.raises(ValueError, match="as_of"):
        resolution(sh(2026, 9, 10, 10), pauses=[Pause(sh(2026, 9, 14, 9))])


def test_pause_after_the_due_does_not_undo_a_breach() -> None:
    # Due Mon 9/14 18:00; a pause on Tue starts after it: the due stays.
    d = resolution(sh(2026, 9, 10, 10), pauses=[Pause(sh(2026, 9, 15, 9), sh(2026, 9, 15, 10))])
    assert d.due == sh(2026, 9, 14, 18)
    assert any("不顺延" in line for line in d.explanation)


def test_overlapping_pauses_count_once() -> None:
    # 10:00–12:00 and 11:00–13:00 = 10:00–13:00 = 3 h: Mon 18:00 -> Tue 11:30.
    pauses = [Pause(sh(2026, 9, 11, 10), sh(2026, 9, 11, 12)),
              Pause(sh(2026, 9, 11, 11), sh(2026, 9, 11, 13))]
    assert resolution(sh(2026, 9, 10, 10), pauses=pauses).due == sh(2026, 9, 15, 11, 30)


def test_urgent_pause_adds_clock_time() -> None:
    # Urgent 9/10 10:00 -> due 9/11 10:00; paused 9/10 20:00 -> 9/11 08:00 = 12 h -> 9/11 22:00.
    d = resolution(sh(2026, 9, 10, 10), URGENT, pauses=[Pause(sh(2026, 9, 10, 20), sh(2026, 9, 11, 8))])
    assert d.due == sh(2026, 9, 11, 22)


def test_pause_stops_only_the_resolution_clock() -> None:
    history = [Pause(sh(2026, 9, 10, 11), sh(2026, 9, 10, 15))]
    both = compute_deadlines(sh(2026, 9, 10, 10), PHONE, ORDINARY, POLICY, CAL, history)
    assert both.response.due == sh(2026, 9, 10, 14)  # 10:00 + 4 h, unmoved
    assert both.resolution.due == sh(2026, 9, 15, 12, 30)  # Mon 18:00 + 4 h working -> Tue 12:30


# --- extensions ----------------------------------------------------------------------


def test_extensions_add_working_days_to_the_due() -> None:
    # Complex 9/30 -> 10/13 18:00. +3 -> 10/14, 10/15, 10/16 -> Fri 10/16 18:00;
    # +2 more -> Mon 10/19, Tue 10/20 -> 10/20 18:00.
    one = Extension(3, "等待配件", "王经理")
    d = resolution(sh(2026, 9, 30, 16, 20), COMPLEX, extensions=[one])
    assert d.due == sh(2026, 10, 16, 18)
    assert "延期 1：3 个工作日（原因：等待配件；审批：王经理），顺延至 2026-10-16 18:00" in d.explanation
    two = resolution(sh(2026, 9, 30, 16, 20), COMPLEX, extensions=[one, Extension(2, "业主出差", "王经理")])
    assert two.due == sh(2026, 10, 20, 18)


def test_extension_limits() -> None:
    received, ext = sh(2026, 9, 30, 16, 20), Extension(1, "等待配件", "王经理")
    with pytest.raises(ValidationError) as err:
        resolution(received, COMPLEX, extensions=[ext] * 4)
    assert err.value.code == "too_many_extensions" and "3 次" in err.value.message
    with pytest.raises(ValidationError) as err:
        resolution(received, COMPLEX, extensions=[Extension(4, "等待配件", "王经理")])
    assert err.value.code == "extension_too_long"
    with pytest.raises(ValidationError) as err:
        resolution(received, ORDINARY, extensions=[ext])
    assert err.value.code == "extension_not_allowed"
    with pytest.raises(ValidationError) as err:
        resolution(received, COMPLEX, extensions=[Extension(1, "  ", "王经理")])
    assert err.value.code == "required"
    # History approved under a looser policy is honoured when asked to: 4 × 1 day -> 10/19.
    lax = resolution(received, COMPLEX, extensions=[ext] * 4, check_limits=False)
    assert lax.due == sh(2026, 10, 19, 18)


# --- reopen and the whole history ----------------------------------------------------


def test_reopen_starts_a_new_resolution_clock_only() -> None:
    # Received Thu 9/10 10:00; reopened Wed 9/16 15:00 -> Thu 9/17, Fri 9/18 -> 9/18 18:00.
    history: list[ClockEvent] = [Response(sh(2026, 9, 10, 11)), Reopen(sh(2026, 9, 16, 15))]
    both = compute_deadlines(sh(2026, 9, 10, 10), PHONE, ORDINARY, POLICY, CAL, history)
    assert both.response.due == sh(2026, 9, 10, 14)
    assert both.response.explanation[-1] == "已响应 2026-09-10 11:00（按时）"
    assert both.resolution.due == sh(2026, 9, 18, 18)
    assert both.resolution.explanation[:2] == (
        "重新打开 2026-09-16 15:00（工作日，工作时间内），办结时限重新起算",
        "办结时限：一般，重新打开当日不计，第 2 个工作日 18:00 前",
    )
    # Reopened Fri 9/18 19:00: Sat off, Sun 9/20 (调休) = 1st, Mon 9/21 = 2nd.
    assert resolution(sh(2026, 9, 10, 10), reopened_at=sh(2026, 9, 18, 19)).due == sh(2026, 9, 21, 18)


def test_reopen_drops_the_old_clock_s_extensions_and_pauses() -> None:
    # Complex 9/10 10:00; the old clock had a pause and an extension; reopened Mon 9/21 09:00:
    # 9/22, 9/23, 9/24 = 1st–3rd, 9/25–27 中秋节 off, Mon 9/28, Tue 9/29 = 4th, 5th.
    # Neither the old pause nor the old extension moves the new clock.
    history: list[ClockEvent] = [
        Pause(sh(2026, 9, 11, 10), sh(2026, 9, 11, 12)), Extension(3, "等待配件", "王经理"),
        Reopen(sh(2026, 9, 21, 9)),
    ]
    both = compute_deadlines(sh(2026, 9, 10, 10), PHONE, COMPLEX, POLICY, CAL, history)
    assert both.resolution.due == sh(2026, 9, 29, 18)


def test_late_response_is_explained() -> None:
    # Due 20:20; the call was logged at 21:00 -> 40 minutes late.
    both = compute_deadlines(sh(2026, 9, 30, 16, 20), PHONE, ORDINARY, POLICY, CAL,
                             [Response(sh(2026, 9, 30, 21))])
    assert both.response.explanation[-1] == "已响应 2026-09-30 21:00（超时 40 分钟）"


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        response(datetime(2026, 9, 30, 16, 20))


# --- policy --------------------------------------------------------------------------


def test_policy_change_gives_a_different_due() -> None:
    # Ordinary = 3 working days: 9/30 -> 10/8, 10/9, Sat 10/10 (调休) -> 10/10 18:00.
    policy = DeadlinePolicy({**POLICY.defaults, ORDINARY: RuleSet(Rule.clock(240, 480), Rule.days(3))})
    d = resolution_deadline(sh(2026, 9, 30, 16, 20), PHONE, ORDINARY, policy, CAL)
    assert d.due == sh(2026, 10, 10, 18)


def test_per_channel_override() -> None:
    # 12345 cases answered within 2 h; a phone case keeps 4 h.
    policy = DeadlinePolicy(overrides={
        (Channel.HOTLINE_12345, ORDINARY): RuleSet(Rule.clock(120), Rule.days(2))})
    hotline = response_deadline(sh(2026, 9, 30, 16, 20), Channel.HOTLINE_12345, ORDINARY, policy, CAL)
    assert hotline.due == sh(2026, 9, 30, 18, 20)
    assert "按12345渠道的专用规则" in hotline.explanation
    assert response_deadline(sh(2026, 9, 30, 16, 20), PHONE, ORDINARY, policy, CAL).due == \
        sh(2026, 9, 30, 20, 20)


def test_policy_dict_round_trip() -> None:
    assert policy_from_dict(json.loads(json.dumps(policy_to_dict(POLICY)))) == POLICY
    assert policy_from_dict({}) == POLICY  # everything left out keeps the defaults
    custom = DeadlinePolicy(
        {**POLICY.defaults, ORDINARY: RuleSet(Rule.clock(240, 480), Rule.days(3), 1, 2)},
        {(Channel.CITY_APP, URGENT): RuleSet(Rule.clock(15), Rule.clock(12 * 60))},
    )
    data = policy_to_dict(custom)
    assert data["default"]["ordinary"]["resolution"] == {"kind": "working_days", "working_days": 3}
    assert data["channels"]["city_app"]["urgent"]["response"] == {"kind": "clock", "minutes": 15}
    assert policy_from_dict(json.loads(json.dumps(data))) == custom


def _with(path: tuple[str, ...], value: object) -> dict[str, Any]:
    """The default policy as data with one value replaced."""
    data = policy_to_dict(POLICY)
    node: dict[str, Any] = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(("data", "code"), [
    ([], "policy_format"),
    ({"colour": 1}, "policy_format"),
    ({"version": 2}, "policy_format"),
    ({"default": {"very_urgent": {}}}, "policy_format"),
    ({"channels": {"fax": {}}}, "policy_format"),
    (_with(("default", "ordinary", "response", "kind"), "lunar"), "policy_format"),
    (_with(("default", "ordinary", "response", "minutes"), 0), "policy_range"),
    (_with(("default", "ordinary", "response", "minutes"), True), "policy_range"),
    (_with(("default", "ordinary", "response", "minutes"), "240"), "policy_range"),
    (_with(("default", "ordinary", "resolution", "working_days"), 61), "policy_range"),
    (_with(("default", "complex", "max_extensions"), 11), "policy_range"),
    (_with(("default", "complex", "max_extension_days"), 0), "policy_range"),  # 3 allowed, 0 days each
    (_with(("default", "urgent", "resolution"), {"kind": "working_days", "minutes": 3}), "policy_format"),
])
def test_bad_policy_is_refused(data: object, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        policy_from_dict(data)
    assert err.value.code == code
    assert err.value.message


def test_policy_range_message_names_the_place() -> None:
    with pytest.raises(ValidationError) as err:
        policy_from_dict(_with(("default", "ordinary", "resolution", "working_days"), 0))
    assert err.value.message == "时限规则“一般 · 办结时限 · 工作日数”应为 1–60 之间的整数。"
