"""Countdown and alert texts for the desk's two clocks: pure, no Qt.

The templates are Chinese source strings. Callers pass a translate function
(the Qt side passes ``QCoreApplication.translate``), so this module stays pure
and unit-testable; ``strings.py`` lists the templates for lupdate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from localdb.complaints.alerts import ClockState, clock_state
from localdb.complaints.queries import DeskRow
from localdb.complaints.states import OPEN, Status

Translate = Callable[[str], str]
#: Where "now" comes from; tests and screenshots pass their own.
Now = Callable[[], datetime]

CONTEXT = "countdown"
WEEK_DAYS = 7  # translation context of TEMPLATES

TEMPLATES: dict[str, str] = {
    "days": "{days}天{hours}小时",
    "days_only": "{days}天",
    "hours": "{hours}小时{minutes:02d}分",
    "minutes": "{minutes}分",
    "left": "剩 {span}",
    "over": "超时 {span}",
    "responded": "已响应",
    "responded_late": "超时响应",
    "resolved": "已办结",
    "resolved_late": "超时办结",
    "paused": "挂起中",
    "none": "—",
    "alert_response_warning": "{number} 响应即将超时（剩 {span}）",
    "alert_response_overdue": "{number} 响应已超时（超时 {span}）",
    "alert_resolution_warning": "{number} 办结即将超时（剩 {span}）",
    "alert_resolution_overdue": "{number} 办结已超时（超时 {span}）",
}


def wall_clock() -> datetime:
    return datetime.now(UTC)


def _same(text: str) -> str:
    return text


def span_text(amount: timedelta, tr: Translate = _same) -> str:
    """A duration the way the desk says it: "2小时05分", "35分", "1天3小时", "12天".

    Minutes round up, so a clock never reads "剩 0分" while it still runs; past
    a week the hours no longer matter and would not fit the column."""
    minutes = max(math.ceil(amount.total_seconds() / 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= WEEK_DAYS:
        return tr(TEMPLATES["days_only"]).format(days=days)
    if days:
        return tr(TEMPLATES["days"]).format(days=days, hours=hours)
    if hours:
        return tr(TEMPLATES["hours"]).format(hours=hours, minutes=mins)
    return tr(TEMPLATES["minutes"]).format(minutes=mins)


@dataclass(frozen=True)
class Countdown:
    state: ClockState
    text: str
    due: datetime | None


def countdown(start: datetime, due: datetime | None, stopped_at: datetime | None,
              now: datetime, *, paused: bool = False, running: bool = True,
              met: str = "responded", tr: Translate = _same) -> Countdown:
    """One clock's state and text. ``running`` False: the case left the desk
    without this clock stopping (referred, closed) — nothing to count."""
    if due is None or (stopped_at is None and not running):
        return Countdown(ClockState.OK, tr(TEMPLATES["none"]), due)
    state = clock_state(start, due, stopped_at, now, paused=paused)
    if state is ClockState.MET:
        text = tr(TEMPLATES[met])
    elif state is ClockState.MISSED:
        text = tr(TEMPLATES[met + "_late"])
    elif state is ClockState.PAUSED:
        text = tr(TEMPLATES["paused"])
    elif state is ClockState.OVERDUE:
        text = tr(TEMPLATES["over"]).format(span=span_text(now - due, tr))
    else:
        text = tr(TEMPLATES["left"]).format(span=span_text(due - now, tr))
    return Countdown(state, text, due)


def response_countdown(row: DeskRow, now: datetime, tr: Translate = _same) -> Countdown:
    running = Status(row.status) in OPEN
    return countdown(row.received_at, row.response_due, row.responded_at, now,
                     running=running, met="responded", tr=tr)


def resolution_countdown(row: DeskRow, now: datetime, tr: Translate = _same) -> Countdown:
    status = Status(row.status)
    return countdown(row.received_at, row.resolution_due, row.resolved_at, now,
                     paused=status is Status.PAUSED, running=status in OPEN,
                     met="resolved", tr=tr)


def alert_text(number: str, clock: str, level: str, due: datetime, now: datetime,
               tr: Translate = _same) -> str:
    """The notice-bar line for one alert, e.g. "TS…-0003 响应即将超时（剩 40分）".

    A warning raised earlier reads as overdue once its due has passed: the
    bar tells how things are now, not how they were when the scan ran."""
    overdue = level == "overdue" or now >= due
    clock = clock if clock in ("response", "resolution") else "response"
    template = TEMPLATES[f"alert_{clock}_{'overdue' if overdue else 'warning'}"]
    span = span_text(now - due if overdue else due - now, tr)
    return tr(template).format(number=number, span=span)
