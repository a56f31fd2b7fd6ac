"""Countdown texts and states: pure functions, no Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.ui.desk.countdown import (
    TEMPLATES,
    alert_text,
    countdown,
    resolution_countdown,
    response_countdown,
    span_text,
)
from localdb.complaints.alerts import ClockState
from localdb.complaints.queries import DeskRow

T0 = datetime(2026, 9, 30, 8, 20, tzinfo=UTC)
MIN = timedelta(minutes=1)


@pytest.mark.parametrize(("amount", "text"), [
    (timedelta(hours=2, minutes=5), "2小时05分"),
    (timedelta(minutes=35), "35分"),
    (timedelta(seconds=30), "1分"),  # rounds up: never "0分" while running
    (timedelta(0), "0分"),
    (timedelta(days=1, hours=3, minutes=59), "1天3小时"),  # whole hours past a day
    (timedelta(days=6, hours=23), "6天23小时"),
    (timedelta(days=12, hours=5), "12天"),  # past a week the hours do not fit or matter
    (timedelta(minutes=-5), "0分"),
])
def test_span_text(amount: timedelta, text: str) -> None:
    assert span_text(amount) == text


def test_states_and_texts_of_one_clock() -> None:
    due = T0 + timedelta(hours=4)
    ok = countdown(T0, due, None, T0 + timedelta(hours=1, minutes=55))
    assert (ok.state, ok.text) == (ClockState.OK, "剩 2小时05分")
    warning = countdown(T0, due, None, due - 40 * MIN)
    assert (warning.state, warning.text) == (ClockState.WARNING, "剩 40分")
    overdue = countdown(T0, due, None, due + 35 * MIN)
    assert (overdue.state, overdue.text) == (ClockState.OVERDUE, "超时 35分")
    met = countdown(T0, due, due - MIN, due + 35 * MIN)
    assert (met.state, met.text) == (ClockState.MET, "已响应")
    missed = countdown(T0, due, due + MIN, due + 35 * MIN)
    assert (missed.state, missed.text) == (ClockState.MISSED, "超时响应")
    paused = countdown(T0, due, None, due + 35 * MIN, paused=True, met="resolved")
    assert (paused.state, paused.text) == (ClockState.PAUSED, "挂起中")
    resolved = countdown(T0, due, due - MIN, due, met="resolved")
    assert resolved.text == "已办结"
    assert countdown(T0, None, None, T0).text == "—"
    assert countdown(T0, due, None, due + MIN, running=False).text == "—"


def _row(status: str, **kw: object) -> DeskRow:
    base: dict[str, object] = dict(
        id=1, number="TS20260930-0001", status=status, channel="walk_in", category="环境卫生",
        urgency="ordinary", place="3栋大堂", contact="", phone="", summary="", received_at=T0,
        response_due=T0 + timedelta(hours=4), responded_at=None,
        resolution_due=T0 + timedelta(days=2), resolved_at=None, handler="", repeat=False,
        unconfirmed_calendar=False, satisfaction=None)
    base.update(kw)
    return DeskRow(**base)  # type: ignore[arg-type]


def test_row_clocks_follow_the_status() -> None:
    now = T0 + timedelta(hours=5)
    received = _row("received")
    assert response_countdown(received, now).text == "超时 1小时00分"
    paused = _row("paused", responded_at=T0 + MIN)
    assert response_countdown(paused, now).text == "已响应"
    assert resolution_countdown(paused, now).state is ClockState.PAUSED
    referred = _row("referred")  # left the desk: nothing is counting
    assert response_countdown(referred, now).text == "—"
    assert resolution_countdown(referred, now).text == "—"


def test_alert_lines_say_how_things_stand_now() -> None:
    due = T0 + timedelta(hours=4)
    assert alert_text("TS20260930-0003", "response", "warning", due, due - 40 * MIN) \
        == "TS20260930-0003 响应即将超时（剩 40分）"
    # A warning raised before the due reads as overdue once the due has passed.
    assert alert_text("TS20260930-0003", "response", "warning", due, due + 5 * MIN) \
        == "TS20260930-0003 响应已超时（超时 5分）"
    assert alert_text("TS20260930-0004", "resolution", "overdue", due, due + 125 * MIN) \
        == "TS20260930-0004 办结已超时（超时 2小时05分）"


def test_translate_function_is_applied() -> None:
    loud = {TEMPLATES["left"]: "LEFT {span}", TEMPLATES["minutes"]: "{minutes} min"}
    text = countdown(T0, T0 + timedelta(hours=4), None, T0 + timedelta(hours=3, minutes=20),
                     tr=lambda s: loud.get(s, s)).text
    assert text == "LEFT 40 min"
