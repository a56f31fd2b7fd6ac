"""The pure review rules over hand-made facts: edge cases the store test does not reach."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from localdb.complaints.review_figures import (
    ComplaintFact,
    Rate,
    local_bounds,
    month_spans,
    review_figures,
)

NOW = datetime(2026, 5, 20, 4, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def fact(n: int, received: datetime, **kw: object) -> ComplaintFact:
    base: dict[str, object] = {"channel": "phone", "category": "环境卫生", "status": "in_progress",
                               "response_due": received + 4 * HOUR,
                               "resolution_due": received + 48 * HOUR}
    base.update(kw)
    return ComplaintFact(id=n, received_at=received, **base)  # type: ignore[arg-type]


def test_all_overdue() -> None:
    received = NOW - timedelta(days=5)
    facts = [fact(1, received), fact(2, received + HOUR, status="received"),
             fact(3, received, status="paused", responded_at=received + HOUR)]
    f = review_figures(facts, date(2026, 5, 1), date(2026, 5, 31), NOW)
    assert f.overdue_ids == (1, 3, 2)  # received order, then id
    assert (f.on_time_response.numerator, f.on_time_response.denominator) == (1, 3)
    assert (f.resolution.numerator, f.resolution.denominator) == (0, 3)
    assert (f.on_time_resolution.numerator, f.on_time_resolution.denominator) == (0, 3)
    assert f.on_time_resolution.percent() == Decimal("0.0")
    assert f.satisfaction.value is None


def test_period_is_local_days_both_ends_included() -> None:
    # 2026-05-01 00:00 in Shanghai is 2026-04-30 16:00 UTC
    first = datetime(2026, 4, 30, 16, 0, tzinfo=UTC)
    facts = [fact(1, first - timedelta(seconds=1)), fact(2, first),
             fact(3, datetime(2026, 5, 31, 15, 59, tzinfo=UTC)),
             fact(4, datetime(2026, 5, 31, 16, 0, tzinfo=UTC))]
    f = review_figures(facts, date(2026, 5, 1), date(2026, 5, 31), NOW)
    assert f.received_ids == (2, 3)
    assert local_bounds(date(2026, 5, 1), date(2026, 5, 31)) == (
        first, datetime(2026, 5, 31, 16, 0, tzinfo=UTC))


def test_response_not_yet_due_counts_nowhere() -> None:
    f = review_figures([fact(1, NOW - HOUR)], date(2026, 5, 20), date(2026, 5, 20), NOW)
    assert f.on_time_response.denominator == 0 and f.on_time_response.value is None
    assert f.resolution.base_ids == (1,) and f.overdue_ids == ()


def test_percent_rounds_half_up() -> None:
    assert Rate((1, 2), (1, 2, 3)).percent() == Decimal("66.7")
    assert Rate((1,), (1, 2, 3, 4, 5, 6, 7, 8)).percent(1) == Decimal("12.5")
    assert Rate((1,), tuple(range(16))).percent(1) == Decimal("6.3")  # 6.25 -> 6.3
    assert Rate((1,), (1, 2, 3)).percent(0) == Decimal("33")


def test_month_spans_of_a_quarter_and_a_partial_period() -> None:
    assert month_spans(date(2026, 10, 1), date(2026, 12, 31)) == [
        (date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2026, 12, 31))]
    assert month_spans(date(2026, 1, 15), date(2026, 2, 10)) == [
        (date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 10))]


def test_bad_period_or_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        review_figures([], date(2026, 5, 2), date(2026, 5, 1), NOW)
    with pytest.raises(ValueError):
        review_figures([], date(2026, 5, 1), date(2026, 5, 2), NOW.replace(tzinfo=None))


def test_unknown_channel_is_kept_not_dropped() -> None:
    f = review_figures([fact(1, NOW - HOUR, channel="fax")], date(2026, 5, 1), date(2026, 5, 31), NOW)
    assert [c.key for c in f.by_channel][-1] == "fax" and f.by_channel[-1].ids == (1,)
