"""The review's figures over 40 hand-built complaints, every rate checked exactly.

Each complaint goes through the real intake and life-cycle services at fixed
times, so the due times are the deadline engine's. Rows (numbered 1–40) and
what each one is for:

1–16   responded after 1 h, resolved after 3 h; 1–16 rated (13 rate 4 or 5);
       16 repeats 15 (same place and category)
17–20  responded after 6 h (late), resolved the same day
21–24  resolved 8 days later (late); 21, 22 rated 4, 23 rated 2
25–26  paused a week: resolved 8 days after receipt, on time thanks to the pause
27     paused a day, resolved 10 days later: late even so
28     resolved, rated 1, reopened, resolved again on time, rated 5
29     resolved, reopened, still open past the new due: overdue
30     resolved, reopened, resolved again late
31–32  responded, never resolved: overdue
33     never responded: overdue on both clocks
34–35  received two hours before ``NOW``: 34 not responded, 35 responded
36     paused before its due and still paused: not overdue
37     paused after its due had passed and still paused: overdue
38     referred (not our remit): volume only
39–40  same household as a complaint before the period (X), and as each other
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from localdb.complaints import lifecycle
from localdb.complaints.intake import ComplaintInput, intake
from localdb.complaints.review import compute_review
from localdb.engine import Store
from localdb.roles import Actor
from localdb.workcalendar import SHANGHAI
from tests.localdb.complaints.conftest import category_id

NOW = datetime(2026, 9, 30, 8, 20, tzinfo=UTC)  # 16:20 in Shanghai, a working day
Q3 = (date(2026, 7, 1), date(2026, 9, 30))
FACILITY, CLEANING = "公共设施报修", "环境卫生"
HOUR, DAY = timedelta(hours=1), timedelta(days=1)

Step = tuple[datetime, Callable[..., Any], dict[str, Any]]


def local(month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


def respond(at: datetime) -> Step:
    return at, lifecycle.respond, {"how": "call"}


def start(at: datetime) -> Step:
    return at, lifecycle.start, {}


def resolve(at: datetime) -> Step:
    return at, lifecycle.resolve, {"result": "已处理"}


def rate(at: datetime, score: int) -> Step:
    return at, lifecycle.follow_up, {"satisfaction": score}


def pause(at: datetime) -> Step:
    return at, lifecycle.pause, {"reason": "等业主回来"}


def resume(at: datetime) -> Step:
    return at, lifecycle.resume, {}


def reopen(at: datetime) -> Step:
    return at, lifecycle.reopen, {"reason": "问题又出现"}


@dataclass
class Row:
    n: int
    received: datetime
    steps: list[Step] = field(default_factory=list)
    room: bool = False

    @property
    def channel(self) -> str:
        for last, channel in ((10, "walk_in"), (20, "phone"), (26, "qr_code"), (34, "hotline_12345")):
            if self.n <= last:
                return channel
        return "city_app"

    @property
    def category(self) -> str:
        return FACILITY if self.n % 2 or self.n == 16 else CLEANING

    @property
    def location(self) -> str:
        return "" if self.room else f"位置{15 if self.n == 16 else self.n}"


def good(n: int, received: datetime, score: int | None = None, *, room: bool = False) -> Row:
    steps = [respond(received + HOUR), resolve(received + 3 * HOUR)]
    if score is not None:
        steps.append(rate(received + DAY, score))
    return Row(n, received, steps, room)


SCORES = [5] * 10 + [4, 4, 4, 3, 3, 1]
GOOD_DAYS = [(7, 6), (7, 7), (7, 8), (7, 9), (7, 14), (7, 15), (8, 4), (8, 5), (8, 6), (8, 11),
             (8, 12), (9, 1), (9, 2), (9, 3), (7, 21), (7, 28)]


def rows() -> list[Row]:
    out = [good(n, local(m, d, 10, n), SCORES[n - 1]) for n, (m, d) in enumerate(GOOD_DAYS, 1)]
    for n, (m, d) in zip(range(17, 21), [(7, 22), (8, 18), (8, 19), (9, 8)], strict=True):
        r = local(m, d, 10, n)
        out.append(Row(n, r, [respond(r + 6 * HOUR), resolve(r + 7 * HOUR)]))
    for n, (m, d), score in zip(range(21, 25), [(7, 6), (8, 10), (8, 24), (9, 7)], [4, 4, 2, None],
                                strict=True):
        r = local(m, d, 10, n)
        steps = [respond(r + HOUR), resolve(r + 8 * DAY)]
        if score is not None:
            steps.append(rate(r + 9 * DAY, score))
        out.append(Row(n, r, steps))
    for n, (m, d) in ((25, (7, 13)), (26, (8, 17))):
        r = local(m, d, 10, n)
        out.append(Row(n, r, [respond(r + HOUR), start(r + 90 * timedelta(minutes=1)),
                              pause(r + 2 * HOUR), resume(r + 7 * DAY + 2 * HOUR), resolve(r + 8 * DAY)]))
    r = local(9, 14, 10, 27)
    out.append(Row(27, r, [respond(r + HOUR), start(r + 90 * timedelta(minutes=1)), pause(r + 2 * HOUR),
                           resume(r + DAY + 2 * HOUR), resolve(r + 10 * DAY)]))
    r = local(8, 3, 10, 28)
    out.append(Row(28, r, [respond(r + HOUR), resolve(r + 3 * HOUR), rate(r + DAY, 1),
                           reopen(local(8, 6)), resolve(local(8, 7)), rate(local(8, 7, 15), 5)]))
    r = local(8, 31, 10, 29)
    out.append(Row(29, r, [respond(r + HOUR), resolve(r + 3 * HOUR), reopen(local(9, 7))]))
    r = local(7, 13, 10, 30)
    out.append(Row(30, r, [respond(r + HOUR), resolve(r + 3 * HOUR), reopen(local(7, 15)),
                           resolve(local(7, 27))]))
    for n, (m, d) in ((31, (8, 17)), (32, (9, 14))):
        r = local(m, d, 10, n)
        out.append(Row(n, r, [respond(r + HOUR), start(r + 2 * HOUR)]))
    out.append(Row(33, local(9, 21, 10, 33)))
    out.append(Row(34, NOW - 2 * HOUR))
    r = NOW - 2 * HOUR + timedelta(minutes=1)
    out.append(Row(35, r, [respond(r + timedelta(minutes=30))]))
    r = local(9, 21, 10, 36)
    out.append(Row(36, r, [respond(r + HOUR), pause(local(9, 22))]))
    r = local(9, 1, 10, 37)
    out.append(Row(37, r, [respond(r + HOUR), start(r + 2 * HOUR), pause(local(9, 15))]))
    r = local(9, 14, 10, 38)
    out.append(Row(38, r, [(r + timedelta(minutes=30), lifecycle.refer, {"body": "燃气公司"})]))
    out.append(good(39, local(7, 10, 10, 39), room=True))
    out.append(good(40, local(7, 20, 10, 40), room=True))
    return out


def build(store: Store, actor: Actor, all_rows: list[Row]) -> dict[int | str, int]:
    """Row number (and "X") -> complaint id."""
    categories = {name: category_id(store, name) for name in (FACILITY, CLEANING)}
    before = good(0, local(6, 25), room=True)  # X: before the period, same household as 39 and 40
    ids: dict[int | str, int] = {}
    for row in [before, *all_rows]:
        with store.write() as s:
            _, cid = intake(s, actor, ComplaintInput(
                channel=row.channel, category_id=categories[row.category], description="测试投诉",
                room_id=1 if row.room else None, location=row.location, received_at=row.received),
                now=row.received)
            for at, fn, kwargs in row.steps:
                fn(s, actor, cid, now=at, **kwargs)
        ids[row.n or "X"] = cid
    return ids


@pytest.fixture
def forty(community: Store, manager_actor: Actor) -> tuple[Store, dict[int | str, int]]:
    all_rows = rows()
    assert len(all_rows) == 40
    return community, build(community, manager_actor, all_rows)


def test_forty_complaints_every_figure_exact(forty: tuple[Store, dict[int | str, int]]) -> None:
    store, ids = forty

    def of(*numbers: int | str) -> set[int]:
        return {ids[n] for n in numbers}

    def span(first: int, last: int) -> list[int]:
        return list(range(first, last + 1))

    with store.read() as s:
        f = compute_review(s, *Q3, NOW)

    assert f.total == 40 and set(f.received_ids) == of(*span(1, 40))
    assert [(c.key, c.count) for c in f.by_channel] == [
        ("walk_in", 10), ("phone", 10), ("qr_code", 6), ("hotline_12345", 8), ("city_app", 6)]
    assert set(f.by_channel[2].ids) == of(*span(21, 26))
    assert {c.key: c.count for c in f.by_category} == {FACILITY: 21, CLEANING: 19}
    assert f.referred_ids == (ids[38],)

    # 38 decided (34 not yet due, 38 referred); late: 17–20 and 33, never responded
    assert (f.on_time_response.numerator, f.on_time_response.denominator) == (33, 38)
    assert set(f.on_time_response.missed_ids) == of(17, 18, 19, 20, 33)
    assert f.on_time_response.value == Fraction(33, 38)
    assert f.on_time_response.percent() == Decimal("86.8")

    unresolved = [29, 31, 32, 33, 34, 35, 36, 37]
    assert (f.resolution.numerator, f.resolution.denominator) == (31, 39)
    assert set(f.resolution.missed_ids) == of(*unresolved)

    # decided: the 31 resolved and the unresolved past due (not 34, 35 or 36, paused before its due)
    assert set(f.on_time_resolution.base_ids) == of(*span(1, 28), 30, 39, 40, 29, 31, 32, 33, 37)
    assert set(f.on_time_resolution.ids) == of(*span(1, 20), 25, 26, 28, 39, 40)
    assert f.on_time_resolution.value == Fraction(25, 36)

    # 28's first rating (1) was cleared by the reopen; its second (5) counts
    assert set(f.satisfaction.base_ids) == of(*span(1, 16), 21, 22, 23, 28)
    assert set(f.satisfaction.missed_ids) == of(14, 15, 16, 23)
    assert f.satisfaction.percent() == Decimal("80.0")

    assert set(f.overdue_ids) == of(29, 31, 32, 33, 37)
    assert set(f.reopened_ids) == of(28, 29, 30)
    assert set(f.repeat_ids) == of(16, 39, 40)
    assert [(g.kind, set(g.repeat_ids), set(g.ids)) for g in f.repeat_groups] == [
        ("household", of(39, 40), of("X", 39, 40)),
        ("place", of(16), of(15, 16)),
    ]
    assert [g.label for g in f.repeat_groups] == ["1栋-1单元-101", f"位置15 · {FACILITY}"]

    assert [(m.start, m.end, m.total) for m in f.months] == [
        (date(2026, 7, 1), date(2026, 7, 31), 14), (date(2026, 8, 1), date(2026, 8, 31), 13),
        (date(2026, 9, 1), date(2026, 9, 30), 13)]
    assert [(m.on_time_response.numerator, m.on_time_response.denominator) for m in f.months] == [
        (13, 14), (11, 13), (9, 11)]
    assert [set(m.overdue_ids) for m in f.months] == [set(), of(29, 31), of(32, 33, 37)]


def test_one_month_and_later_now(forty: tuple[Store, dict[int | str, int]]) -> None:
    """A month alone gives that month's figures; judged later, the undecided cases decide."""
    store, ids = forty
    with store.read() as s:
        september = compute_review(s, date(2026, 9, 1), date(2026, 9, 30), NOW)
        later = compute_review(s, date(2026, 9, 1), date(2026, 9, 30), NOW + 30 * DAY)
    assert september.total == 13 and len(september.months) == 1
    assert september.months[0].received_ids == september.received_ids
    # 30 days on, 34 has missed its response and 34, 35 and 36 (still paused: its
    # clock stopped) are judged: 34 and 35 are overdue, 36 is still not
    assert later.on_time_response.denominator == 12
    assert ids[34] in later.overdue_ids and ids[35] in later.overdue_ids
    assert ids[36] not in later.overdue_ids and ids[36] not in later.on_time_resolution.base_ids


def test_no_complaints(community: Store) -> None:
    with community.read() as s:
        f = compute_review(s, date(2026, 1, 1), date(2026, 3, 31), NOW)
    assert f.total == 0 and [c.count for c in f.by_channel] == [0] * 5 and f.by_category == ()
    for r in (f.on_time_response, f.resolution, f.on_time_resolution, f.satisfaction):
        assert r.value is None and r.percent() is None and (r.numerator, r.denominator) == (0, 0)
    assert f.overdue_ids == f.repeat_ids == f.repeat_groups == ()
    assert [m.total for m in f.months] == [0, 0, 0]
