"""Exact amounts and the three models' balance rules, on plain numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from localdb.errors import ValidationError
from localdb.money.amounts import shown, to_fen, to_yuan
from localdb.money.rules import MODELS, FlowLine, closing, problems, sums


@pytest.mark.parametrize(("value", "fen"), [
    ("12.30", 1230), ("12.3", 1230), (Decimal("12.300"), 1230), (7, 700), ("-5.01", -501),
    (" 1000 ", 100000), ("0.01", 1),
])
def test_exact_amounts_in_fen(value: str, fen: int) -> None:
    assert to_fen(value) == fen


@pytest.mark.parametrize(("value", "code"), [
    ("12.345", "money_too_many_decimals"), (Decimal("0.001"), "money_too_many_decimals"),
    ("三千元", "money_bad_amount"), ("", "money_bad_amount"), ("NaN", "money_bad_amount"),
    ("Infinity", "money_bad_amount"), ("1e30", "money_too_large"),
])
def test_amounts_that_are_refused(value: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        to_fen(value)
    assert err.value.code == code
    assert err.value.field == "金额"


def test_float_is_not_an_amount() -> None:
    with pytest.raises(TypeError):
        to_fen(0.1)  # type: ignore[arg-type]


def test_fen_back_to_yuan() -> None:
    assert to_yuan(123456) == Decimal("1234.56")
    assert str(to_yuan(-5)) == "-0.05"
    assert shown(123456789) == "1,234,567.89"


def line(ref: int, direction: str, day: int, yuan: int) -> FlowLine:
    return FlowLine(ref, direction, date(2026, 3, day), yuan * 100)


def test_distributions_within_available_net_income() -> None:
    spec = MODELS["common_income"]
    lines = [line(1, "income", 5, 10000), line(2, "cost", 10, 3000), line(3, "distribution", 31, 5000),
             line(4, "distribution", 31, 4000)]
    # 2,000 carried in + 10,000 - 3,000 = 9,000 available; 9,000 distributed: exactly allowed.
    assert problems(spec, 200000, lines) == []
    assert closing(spec, 200000, sums(lines)) == 0


def test_distributions_beyond_available_name_the_line_that_crosses() -> None:
    spec = MODELS["common_income"]
    lines = [line(1, "income", 5, 10000), line(2, "cost", 10, 3000), line(3, "distribution", 20, 5000),
             line(4, "distribution", 25, 2500), line(5, "distribution", 28, 100)]
    [problem] = problems(spec, 0, lines)
    assert (problem.ref, problem.code) == (4, "money_distribution_exceeds")
    assert problem.params["available"] == "7,000.00"
    assert problem.params["distributed"] == "7,600.00"


def test_no_distribution_from_a_deficit() -> None:
    spec = MODELS["common_income"]
    lines = [line(1, "income", 5, 1000), line(2, "cost", 6, 3000)]
    assert problems(spec, 0, lines) == []  # a deficit may be carried
    [problem] = problems(spec, 0, [*lines, line(3, "distribution", 7, 1)])
    assert problem.ref == 3


def test_commission_fund_never_negative_at_a_day_end() -> None:
    spec = MODELS["commission"]
    # Income on the same day counts before what goes out that day.
    ok = [line(1, "expense", 5, 800), line(2, "income", 5, 1000), line(3, "fee", 6, 200)]
    assert problems(spec, 0, ok) == []
    bad = [*ok, line(4, "expense", 7, 300), line(5, "income", 8, 5000)]
    [problem] = problems(spec, 10000, bad)  # 100 yuan opening: 100 + 1000 - 800 - 200 - 300 < 0
    assert (problem.ref, problem.code, problem.params["date"]) == (4, "money_fund_negative", "2026-03-07")
    assert problem.params["balance"] == "-200.00"


def test_lump_sum_may_run_a_loss() -> None:
    spec = MODELS["lump_sum"]
    lines = [line(1, "income", 5, 1000), line(2, "expense", 6, 3000)]
    assert problems(spec, 0, lines) == []
    assert closing(spec, 0, sums(lines)) == -200000
