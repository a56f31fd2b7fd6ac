"""复盘 figures over plain facts: pure, so a hand-built set checks every rate exactly.

``localdb.complaints.review.compute_review`` gathers the facts from the store;
screen, PDF and Excel all read the ``ReviewFigures`` it returns.

The period is a range of local (Asia/Shanghai) dates, both ends included; a
complaint belongs to it by the day it was received (a cohort), and its state is
judged as it stands at ``now`` (the moment the store was read).

Definitions (referred cases, 已转交 — not our remit — count in the volume by
channel and category but in no rate):

- **及时响应率** on-time response rate: numerator, complaints whose first
  response (``responded_at``) is at or before their response due; denominator,
  complaints whose response is decided — responded, or not responded with the
  response due at or before ``now``. A complaint not yet responded whose due is
  still ahead counts in neither. A reopen never restarts the response clock.
- **办结率** resolution rate: numerator, complaints resolved at ``now``
  (``resolved_at`` set; a reopened case counts only once resolved again);
  denominator, every complaint of the period.
- **按时办结率** on-time resolution rate: numerator, resolved complaints whose
  (latest) ``resolved_at`` is at or before their resolution due; denominator,
  complaints whose resolution is decided — resolved, or not resolved with the
  resolution due at or before ``now``. The due is the one the deadline engine
  computed: paused time added back, extensions added, and after a reopen the
  clock that restarted at the reopen. A complaint paused now has its due
  computed as of ``now`` (the clock is stopped, so it is not yet decided —
  unless the pause began after the due had passed, which a pause does not undo).
- **满意率** satisfaction rate: numerator, complaints rated 4 or 5 (满意, 非常满意)
  at the follow-up; denominator, complaints with a rating (a reopen clears it).
- **超时** overdue cases: complaints still open (received, responded, in
  progress, paused) with a clock past due at ``now``: not responded and the
  response due passed, or not resolved and the resolution due passed.
- **重复投诉** repeat complaints: complaints the desk flagged at intake as
  repeating an earlier one (same household, or same place and category within
  the repeat window); grouped by the household (room) — or, without one, by
  place and category — with the earlier complaints they repeat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from localdb.complaints.states import OPEN, Status
from localdb.deadlines import CHANNEL_LABELS, Channel

SHANGHAI = ZoneInfo("Asia/Shanghai")
SATISFIED_FROM = 4  # 满意 (4) and 非常满意 (5) on the desk's 1–5 scale


@dataclass(frozen=True)
class ComplaintFact:
    """What the review needs of one complaint; due times are the engine's."""

    id: int
    received_at: datetime  # aware
    channel: str
    category: str
    status: str
    response_due: datetime
    responded_at: datetime | None = None
    resolution_due: datetime | None = None  # for a paused case: as of ``now``
    resolved_at: datetime | None = None
    satisfaction: int | None = None
    reopened: bool = False
    repeat_of_id: int | None = None
    household: str = ""  # room label, "" without a room
    place: str = ""  # the typed location
    category_order: int = 0


@dataclass(frozen=True)
class Rate:
    """An exact rate with what it is made of; ``value`` None when nothing counts."""

    ids: tuple[int, ...]  # the numerator's complaints
    base_ids: tuple[int, ...]  # the denominator's complaints

    @property
    def numerator(self) -> int:
        return len(self.ids)

    @property
    def denominator(self) -> int:
        return len(self.base_ids)

    @property
    def value(self) -> Fraction | None:
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    def percent(self, places: int = 1) -> Decimal | None:
        """The rate in percent, rounded half up (``places`` decimals)."""
        if not self.denominator:
            return None
        exact = Decimal(self.numerator * 100) / Decimal(self.denominator)
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)

    @property
    def missed_ids(self) -> tuple[int, ...]:
        """In the denominator but not the numerator (late, unresolved, unsatisfied)."""
        hit = set(self.ids)
        return tuple(i for i in self.base_ids if i not in hit)


@dataclass(frozen=True)
class Count:
    key: str  # channel code or category name
    label: str
    ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class RepeatGroup:
    """One household or place behind repeat complaints."""

    kind: str  # household | place
    label: str
    repeat_ids: tuple[int, ...]  # the flagged repeats received in the period
    ids: tuple[int, ...]  # those and the earlier complaints they repeat

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    received_ids: tuple[int, ...]
    by_channel: tuple[Count, ...]  # every channel, in the desk's order
    by_category: tuple[Count, ...]  # categories with complaints, catalogue order
    on_time_response: Rate
    resolution: Rate
    on_time_resolution: Rate
    satisfaction: Rate
    overdue_ids: tuple[int, ...]
    repeat_ids: tuple[int, ...]
    repeat_groups: tuple[RepeatGroup, ...]  # most complaints first
    reopened_ids: tuple[int, ...]
    referred_ids: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.received_ids)


@dataclass(frozen=True)
class ReviewFigures(PeriodFigures):
    now: datetime
    months: tuple[PeriodFigures, ...]  # one per calendar month the period touches


def local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, day after end 00:00) in Shanghai time, as UTC."""
    lo = datetime.combine(start, time(), SHANGHAI).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time(), SHANGHAI).astimezone(UTC)
    return lo, hi


def month_spans(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months the period touches, clipped to it."""
    spans: list[tuple[date, date]] = []
    first = start
    while first <= end:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        spans.append((first, min(end, following - timedelta(days=1))))
        first = following
    return spans


def _ids(facts: Iterable[ComplaintFact]) -> tuple[int, ...]:
    return tuple(f.id for f in facts)


def _by_channel(facts: Sequence[ComplaintFact]) -> tuple[Count, ...]:
    known = [c.value for c in Channel]
    extra = sorted({f.channel for f in facts} - set(known))
    return tuple(
        Count(code, CHANNEL_LABELS[Channel(code)] if code in known else code,
              _ids(f for f in facts if f.channel == code))
        for code in known + extra
    )


def _by_category(facts: Sequence[ComplaintFact]) -> tuple[Count, ...]:
    order = sorted({(f.category_order, f.category) for f in facts})
    return tuple(Count(name, name, _ids(f for f in facts if f.category == name)) for _, name in order)


def _is_overdue(f: ComplaintFact, now: datetime) -> bool:
    if Status(f.status) not in OPEN:
        return False
    late_response = f.responded_at is None and f.response_due <= now
    late_resolution = (f.resolved_at is None and f.resolution_due is not None
                       and f.resolution_due <= now)
    return late_response or late_resolution


def _repeat_groups(repeats: Sequence[ComplaintFact]) -> tuple[RepeatGroup, ...]:
    groups: dict[tuple[str, str], list[ComplaintFact]] = defaultdict(list)
    for f in repeats:
        key = ("household", f.household) if f.household else ("place", f"{f.place} · {f.category}")
        groups[key].append(f)
    out = [
        RepeatGroup(kind, label, _ids(members),
                    tuple(sorted({m.id for m in members}
                                 | {m.repeat_of_id for m in members if m.repeat_of_id is not None})))
        for (kind, label), members in groups.items()
    ]
    return tuple(sorted(out, key=lambda g: (-g.count, g.kind, g.label)))


def period_figures(facts: Iterable[ComplaintFact], start: date, end: date,
                   now: datetime) -> PeriodFigures:
    """The figures of the complaints received from ``start`` to ``end`` (local dates)."""
    lo, hi = local_bounds(start, end)
    chosen = sorted((f for f in facts if lo <= f.received_at < hi), key=lambda f: (f.received_at, f.id))
    ours = [f for f in chosen if f.status != Status.REFERRED.value]
    responded = [f for f in ours if f.responded_at is not None or f.response_due <= now]
    resolved = [f for f in ours if f.resolved_at is not None]
    decided = [f for f in ours if f.resolved_at is not None
               or (f.resolution_due is not None and f.resolution_due <= now)]
    rated = [f for f in ours if f.satisfaction is not None]
    repeats = [f for f in chosen if f.repeat_of_id is not None]
    return PeriodFigures(
        start=start, end=end, received_ids=_ids(chosen),
        by_channel=_by_channel(chosen), by_category=_by_category(chosen),
        on_time_response=Rate(
            _ids(f for f in responded if f.responded_at is not None and f.responded_at <= f.response_due),
            _ids(responded)),
        resolution=Rate(_ids(resolved), _ids(ours)),
        on_time_resolution=Rate(
            _ids(f for f in resolved if f.resolution_due is not None and f.resolved_at is not None
                 and f.resolved_at <= f.resolution_due),
            _ids(decided)),
        satisfaction=Rate(_ids(f for f in rated if (f.satisfaction or 0) >= SATISFIED_FROM), _ids(rated)),
        overdue_ids=_ids(f for f in chosen if _is_overdue(f, now)),
        repeat_ids=_ids(repeats), repeat_groups=_repeat_groups(repeats),
        reopened_ids=_ids(f for f in chosen if f.reopened),
        referred_ids=_ids(f for f in chosen if f.status == Status.REFERRED.value),
    )


def review_figures(facts: Iterable[ComplaintFact], start: date, end: date, now: datetime) -> ReviewFigures:
    """The period's figures and one set per month it touches."""
    if end < start:
        raise ValueError("the period ends before it starts")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    facts = list(facts)
    whole = period_figures(facts, start, end, now)
    months = tuple(period_figures(facts, a, b, now) for a, b in month_spans(start, end))
    return ReviewFigures(**{k: getattr(whole, k) for k in PeriodFigures.__dataclass_fields__},
                         now=now, months=months)
