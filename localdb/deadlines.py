"""Deadline engine of the complaints desk: pure, deterministic, explainable.

Two clocks per complaint, computed from the receipt time, the policy, the work
calendar and the case history — never from the database or the wall clock.
Every due comes with the steps that produced it (Chinese, local times), and
with warnings when it rests on a year whose official schedule is not published.

Days are counted as the Civil Code counts periods (民法典 art. 201–203): the day
of receipt never counts, the period ends at the end of working time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from localdb.errors import ValidationError
from localdb.workcalendar import SHANGHAI, WorkCalendar, local_text, utc


class Channel(StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    QR_CODE = "qr_code"
    HOTLINE_12345 = "hotline_12345"
    CITY_APP = "city_app"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.WALK_IN: "来访", Channel.PHONE: "来电", Channel.QR_CODE: "码上办",
    Channel.HOTLINE_12345: "12345", Channel.CITY_APP: "天府市民云",
}


class Urgency(StrEnum):
    URGENT = "urgent"
    ORDINARY = "ordinary"
    COMPLEX = "complex"


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.URGENT: "紧急", Urgency.ORDINARY: "一般", Urgency.COMPLEX: "复杂",
}


# --- policy -------------------------------------------------------------------------


class RuleKind(StrEnum):
    CLOCK = "clock"  # clock time from receipt (may differ in / outside working time)
    WORKING_DAYS = "working_days"  # end of working time of the nth working day after receipt


@dataclass(frozen=True)
class Rule:
    """One clock."""

    kind: RuleKind
    minutes: int = 0  # CLOCK: received in working time
    minutes_outside: int | None = None  # CLOCK: received outside it; None = same
    working_days: int = 0  # WORKING_DAYS

    @staticmethod
    def clock(minutes: int, outside: int | None = None) -> Rule:
        return Rule(RuleKind.CLOCK, minutes=minutes, minutes_outside=outside)

    @staticmethod
    def days(working_days: int) -> Rule:
        return Rule(RuleKind.WORKING_DAYS, working_days=working_days)


@dataclass(frozen=True)
class RuleSet:
    """Both clocks, and the extension limits, for one (channel, urgency)."""

    response: Rule
    resolution: Rule
    max_extensions: int = 0
    max_extension_days: int = 0  # working days per extension


DEFAULT_RULES: dict[Urgency, RuleSet] = {
    Urgency.URGENT: RuleSet(Rule.clock(30), Rule.clock(24 * 60)),
    Urgency.ORDINARY: RuleSet(Rule.clock(4 * 60, 8 * 60), Rule.days(2)),
    # 12345 practice: up to 3 extensions of at most 3 working days, each with a reason.
    Urgency.COMPLEX: RuleSet(Rule.clock(4 * 60, 8 * 60), Rule.days(5), 3, 3),
}


@dataclass(frozen=True)
class DeadlinePolicy:
    """Rules per urgency for every channel, with optional per-channel overrides."""

    defaults: Mapping[Urgency, RuleSet] = field(default_factory=lambda: dict(DEFAULT_RULES))
    overrides: Mapping[tuple[Channel, Urgency], RuleSet] = field(default_factory=dict)

    def rules(self, channel: Channel, urgency: Urgency) -> RuleSet:
        found = self.overrides.get((channel, urgency)) or self.defaults.get(urgency)
        return found or DEFAULT_RULES[urgency]


_RULE_LIMITS = {"minutes": (1, 30 * 24 * 60), "minutes_outside": (1, 30 * 24 * 60),
                "working_days": (1, 60)}
_SET_LIMITS = {"max_extensions": (0, 10), "max_extension_days": (0, 30)}
_CLOCK_LABELS = {"response": "响应时限", "resolution": "办结时限"}


def _rule_to_dict(rule: Rule) -> dict[str, Any]:
    if rule.kind is RuleKind.WORKING_DAYS:
        return {"kind": rule.kind.value, "working_days": rule.working_days}
    out: dict[str, Any] = {"kind": rule.kind.value, "minutes": rule.minutes}
    if rule.minutes_outside is not None:
        out["minutes_outside"] = rule.minutes_outside
    return out


def _set_to_dict(rules: RuleSet) -> dict[str, Any]:
    return {"response": _rule_to_dict(rules.response),
            "resolution": _rule_to_dict(rules.resolution),
            "max_extensions": rules.max_extensions,
            "max_extension_days": rules.max_extension_days}


def policy_to_dict(policy: DeadlinePolicy) -> dict[str, Any]:
    """Plain JSON-able data, the shape a manager's setting is stored in."""
    channels: dict[str, dict[str, Any]] = {}
    for (channel, urgency), rules in sorted(policy.overrides.items()):
        channels.setdefault(channel.value, {})[urgency.value] = _set_to_dict(rules)
    return {
        "version": 1,
        "default": {u.value: _set_to_dict(policy.defaults.get(u, DEFAULT_RULES[u])) for u in Urgency},
        "channels": channels,
    }


def _object(value: Any, where: str, keys: Iterable[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - set(keys):
        raise ValidationError("policy_format", where=where)
    return value


def _int(body: Mapping[str, Any], key: str, where: str, limits: tuple[int, int]) -> int:
    value = body.get(key)
    low, high = limits
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("policy_range", where=where, low=low, high=high)
    return value


def _rule_from(value: Any, where: str) -> Rule:
    body = _object(value, where, ("kind", "minutes", "minutes_outside", "working_days"))
    kind = body.get("kind")
    if kind == RuleKind.WORKING_DAYS.value:
        if set(body) != {"kind", "working_days"}:
            raise ValidationError("policy_format", where=where)
        return Rule.days(_int(body, "working_days", f"{where} · 工作日数", _RULE_LIMITS["working_days"]))
    if kind != RuleKind.CLOCK.value or "working_days" in body:
        raise ValidationError("policy_format", where=where)
    minutes = _int(body, "minutes", f"{where} · 分钟数", _RULE_LIMITS["minutes"])
    outside = None
    if body.get("minutes_outside") is not None:
        outside = _int(body, "minutes_outside", f"{where} · 工作时间外分钟数",
                       _RULE_LIMITS["minutes_outside"])
    return Rule.clock(minutes, outside)


def _set_from(value: Any, where: str) -> RuleSet:
    body = _object(value, where, ("response", "resolution", *_SET_LIMITS))
    response, resolution = (
        _rule_from(body.get(k), f"{where} · {_CLOCK_LABELS[k]}") for k in ("response", "resolution")
    )
    count = days = 0
    if "max_extensions" in body:
        count = _int(body, "max_extensions", f"{where} · 最多延期次数", _SET_LIMITS["max_extensions"])
    if "max_extension_days" in body or count:  # extensions allowed: each needs a length
        high = _SET_LIMITS["max_extension_days"][1]
        days = _int(body, "max_extension_days", f"{where} · 每次延期工作日数", (1 if count else 0, high))
    return RuleSet(response, resolution, count, days)


def _by_urgency(value: Any, where: str, prefix: str) -> dict[Urgency, RuleSet]:
    body = _object(value, where, (u.value for u in Urgency))
    return {Urgency(k): _set_from(v, f"{prefix}{URGENCY_LABELS[Urgency(k)]}") for k, v in body.items()}


def policy_from_dict(data: Any) -> DeadlinePolicy:
    """Validate a stored or edited policy; urgencies left out keep the defaults."""
    body = _object(data, "整体", ("version", "default", "channels"))
    if body.get("version", 1) != 1:
        raise ValidationError("policy_format", where="version")
    defaults = {**DEFAULT_RULES, **_by_urgency(body.get("default", {}), "default", "")}
    overrides: dict[tuple[Channel, Urgency], RuleSet] = {}
    channels = _object(body.get("channels", {}), "channels", (c.value for c in Channel))
    for key, value in channels.items():
        channel = Channel(key)
        label = CHANNEL_LABELS[channel]
        for urgency, rules in _by_urgency(value, label, f"{label} · ").items():
            overrides[(channel, urgency)] = rules
    return DeadlinePolicy(defaults, overrides)


# --- case history that moves the clocks -------------------------------------------


@dataclass(frozen=True)
class Pause:
    """Waiting on the resident: stops the resolution clock only. ``end`` None: still paused."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class Extension:
    working_days: int
    reason: str
    approver: str = ""


@dataclass(frozen=True)
class Reopen:
    at: datetime


@dataclass(frozen=True)
class Response:
    """A logged call or visit: the response clock is met."""

    at: datetime


ClockEvent = Pause | Extension | Reopen | Response


@dataclass(frozen=True)
class Deadline:
    due: datetime  # UTC
    explanation: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Deadlines:
    response: Deadline
    resolution: Deadline


# --- computation -------------------------------------------------------------------


def _duration(amount: timedelta) -> str:
    minutes = max(int(amount.total_seconds() // 60), 0)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} 分钟"
    return f"{hours} 小时" + (f" {rest} 分钟" if rest else "")


def _local_day(dt: datetime) -> date:
    return dt.astimezone(SHANGHAI).date()


def _moment_line(title: str, at: datetime, calendar: WorkCalendar) -> str:
    info = calendar.day(_local_day(at))
    inside = "工作时间内" if calendar.in_working_time(at) else "工作时间外"
    return f"{title} {local_text(at)}（{info.reason}，{inside}）"


def _warnings(calendar: WorkCalendar, first: datetime, last: datetime) -> tuple[str, ...]:
    return tuple(
        f"{year} 年放假安排尚未公布，按周末和法定节假日推算，结果可能变化"
        for year in calendar.unconfirmed_years(_local_day(first), _local_day(max(first, last)))
    )


def _day_lines(calendar: WorkCalendar, after: date, until: date) -> list[str]:
    """The days from ``after`` (exclusive) to ``until``: skipped runs and counted ones."""
    lines: list[str] = []
    counted, d = 0, after + timedelta(days=1)
    while d <= until:
        info, first, n = calendar.day(d), d, counted
        while d + timedelta(days=1) <= until and calendar.day(d + timedelta(days=1)).reason == info.reason:
            d += timedelta(days=1)
        span = first.isoformat() if first == d else f"{first} 至 {d}"
        if info.working:
            counted += (d - first).days + 1
            which = f"{n + 1}" if counted == n + 1 else f"{n + 1}–{counted}"
            extra = "" if info.reason == "工作日" else f"，{info.reason}"
            lines.append(f"第 {which} 个工作日：{span}{extra}")
        else:
            guess = "" if info.confirmed or info.reason == "周末" else "（推算）"
            lines.append(f"不计：{span}，{info.reason}{guess}")
        d += timedelta(days=1)
    return lines


def _rule_due(rule: Rule, start: datetime, urgency: Urgency, title: str, calendar: WorkCalendar,
              day_zero: str = "受理当日") -> tuple[datetime, list[str]]:
    if rule.kind is RuleKind.WORKING_DAYS:
        day = calendar.working_days_after(_local_day(start), rule.working_days)
        end = calendar.work_end.strftime("%H:%M")
        head = (f"{title}：{URGENCY_LABELS[urgency]}，{day_zero}不计，"
                f"第 {rule.working_days} 个工作日 {end} 前")
        return calendar.end_of(day), [head, *_day_lines(calendar, _local_day(start), day)]
    if rule.minutes_outside is None or rule.minutes_outside == rule.minutes:
        minutes, why = rule.minutes, URGENCY_LABELS[urgency]
    elif calendar.in_working_time(start):
        minutes, why = rule.minutes, "工作时间内受理"
    else:
        minutes, why = rule.minutes_outside, "工作时间外受理"
    amount = timedelta(minutes=minutes)
    return start + amount, [f"{title}：{why}，{_duration(amount)}（自然时间）"]


def _override_note(policy: DeadlinePolicy, channel: Channel, urgency: Urgency) -> list[str]:
    if (channel, urgency) in policy.overrides:
        return [f"按{CHANNEL_LABELS[channel]}渠道的专用规则"]
    return []


def response_deadline(received: datetime, channel: Channel, urgency: Urgency,
                      policy: DeadlinePolicy, calendar: WorkCalendar) -> Deadline:
    received = utc(received)
    rule = policy.rules(channel, urgency).response
    due, steps = _rule_due(rule, received, urgency, "响应时限", calendar)
    lines = [_moment_line("受理时间", received, calendar), *_override_note(policy, channel, urgency),
             *steps, f"截止 {local_text(due)}"]
    return Deadline(due, tuple(lines), _warnings(calendar, received, due))


def _check_extensions(extensions: Sequence[Extension], limit: int, days: int,
                      urgency: Urgency) -> None:
    if extensions and not limit:
        raise ValidationError("extension_not_allowed", urgency=URGENCY_LABELS[urgency])
    if len(extensions) > limit:
        raise ValidationError("too_many_extensions", limit=limit)
    for ext in extensions:
        if not 1 <= ext.working_days <= days:
            raise ValidationError("extension_too_long", limit=days, value=ext.working_days)
        if not ext.reason.strip():
            raise ValidationError("required", field="原因")


def _pause_spans(pauses: Iterable[Pause], start: datetime,
                 as_of: datetime | None) -> list[tuple[datetime, datetime, bool]]:
    """Pauses clipped to the clock's start, open ones ended at ``as_of``, overlaps merged."""
    spans: list[tuple[datetime, datetime, bool]] = []
    for p in sorted(pauses, key=lambda p: utc(p.start)):
        still, end = p.end is None, p.end if p.end is not None else as_of
        if end is None:
            raise ValueError("an open pause needs as_of")
        if not still and utc(end) < utc(p.start):
            raise ValueError(f"pause ends before it starts: {p}")
        s = max(utc(p.start), start)
        e = max(utc(end), s)
        if spans and s <= spans[-1][1]:
            first, last_end, was_open = spans.pop()
            spans.append((first, max(last_end, e), was_open or still))
        elif e > s or still:
            spans.append((s, e, still))
    return spans


def resolution_deadline(
    received: datetime, channel: Channel, urgency: Urgency, policy: DeadlinePolicy,
    calendar: WorkCalendar, *, pauses: Sequence[Pause] = (), extensions: Sequence[Extension] = (),
    reopened_at: datetime | None = None, as_of: datetime | None = None, check_limits: bool = True,
) -> Deadline:
    """Resolution due: the rule from receipt (or from a reopen), then extensions
    (working days onto the due's day), then paused time added back.

    An open pause is counted up to ``as_of`` (required then). ``check_limits``
    False honours extensions already approved under an earlier, looser policy
    (recomputing after a policy change must not fail on history)."""
    rules = policy.rules(channel, urgency)
    if check_limits:
        _check_extensions(extensions, rules.max_extensions, rules.max_extension_days, urgency)
    start = utc(reopened_at) if reopened_at is not None else utc(received)
    if reopened_at is not None:
        lines = [_moment_line("重新打开", start, calendar) + "，办结时限重新起算"]
    else:
        lines = [_moment_line("受理时间", start, calendar)]
    lines += _override_note(policy, channel, urgency)
    day_zero = "重新打开当日" if reopened_at is not None else "受理当日"
    due, steps = _rule_due(rules.resolution, start, urgency, "办结时限", calendar, day_zero)
    lines += steps
    if extensions or pauses:
        lines.append(f"原定截止 {local_text(due)}")
    for i, ext in enumerate(extensions, 1):
        due = calendar.end_of(calendar.working_days_after(_local_day(due), ext.working_days))
        who = f"；审批：{ext.approver}" if ext.approver else ""
        lines.append(f"延期 {i}：{ext.working_days} 个工作日（原因：{ext.reason.strip()}{who}），"
                     f"顺延至 {local_text(due)}")
    by_clock = rules.resolution.kind is RuleKind.CLOCK
    for s, e, still in _pause_spans(pauses, start, as_of):
        span = f"自 {local_text(s)} 起挂起中（按截至 {local_text(e)} 计）" if still \
            else f"挂起 {local_text(s)} 至 {local_text(e)}"
        if s >= due:  # the clock had already run out: waiting now does not undo a breach
            lines.append(f"{span}：开始时已过截止时间，不顺延")
            continue
        added = e - s if by_clock else calendar.working_time_between(s, e)
        due = due + added if by_clock else calendar.add_working_time(due, added)
        kind = "自然时间" if by_clock else "工作时间"
        lines.append(f"{span}，其间{kind} {_duration(added)}，顺延至 {local_text(due)}")
        if still:
            lines.append("挂起中：恢复办理前，截止时间会继续顺延")
    lines.append(f"截止 {local_text(due)}")
    return Deadline(due, tuple(lines), _warnings(calendar, start, due))


def _responded(deadline: Deadline, at: datetime) -> Deadline:
    late = utc(at) - deadline.due
    verdict = f"超时 {_duration(late)}" if late > timedelta() else "按时"
    return replace(deadline, explanation=(*deadline.explanation, f"已响应 {local_text(at)}（{verdict}）"))


def compute_deadlines(
    received: datetime, channel: Channel, urgency: Urgency, policy: DeadlinePolicy,
    calendar: WorkCalendar, history: Sequence[ClockEvent], *, as_of: datetime | None = None,
    check_limits: bool = True,
) -> Deadlines:
    """Both clocks from a case history in time order. Extensions granted before the
    last reopen belonged to the old resolution clock and no longer count."""
    response = response_deadline(received, channel, urgency, policy, calendar)
    first_response = next((e.at for e in history if isinstance(e, Response)), None)
    if first_response is not None:
        response = _responded(response, first_response)
    reopens = [(i, e.at) for i, e in enumerate(history) if isinstance(e, Reopen)]
    since, reopened_at = reopens[-1] if reopens else (-1, None)
    resolution = resolution_deadline(
        received, channel, urgency, policy, calendar,
        pauses=[e for e in history if isinstance(e, Pause)],  # clipped to the clock's start
        extensions=[e for e in history[since + 1:] if isinstance(e, Extension)],
        reopened_at=reopened_at,
        as_of=as_of, check_limits=check_limits,
    )
    return Deadlines(response, resolution)
