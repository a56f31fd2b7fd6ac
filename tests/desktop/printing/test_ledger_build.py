"""The generic ledger: any columns, a stream of rows, totals; progress, cancel,
and a story consumed as it is laid out."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from desktop.printing import house
from desktop.printing.control import BuildCancelled, Control
from desktop.printing.ledger import CHUNK_ROWS, Column, Ledger, Totals, build_ledger
from tests.desktop.printing.conftest import page_count, pdftotext

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
MONEY = (Column("日期", 1.2, "CENTRE"), Column("摘要", 3, wrap=True), Column("收入（元）", 1.2, "RIGHT"),
         Column("支出（元）", 1.2, "RIGHT"), Column("余额（元）", 1.3, "RIGHT"))


def money_rows(n: int, pulled: list[int] | None = None) -> Iterator[tuple[str, ...]]:
    balance = 1000
    for i in range(n):
        if pulled is not None:
            pulled[0] += 1
        balance += 120
        yield (f"2026-10-{i % 28 + 1:02d}", f"地面停车收益第 {i + 1} 笔（月卡、临停收费，按月汇总入账）",
               "120.00", "", f"{balance:.2f}")


def ledger(n: int, pulled: list[int] | None = None) -> Ledger:
    """A money ledger's shape: opening balance above, a 合计 row and closing balance below."""
    return Ledger(title="共有部分经营收益台账", period="统计期间：2026-10-01 至 2026-10-31", columns=MONEY,
                  rows=money_rows(n, pulled), row_count=n, landscape=False,
                  before=[("期初余额", "1,000.00 元")],
                  totals=lambda: Totals(row=("合计", "", f"{120 * n:.2f}", "0.00", ""),
                                        lines=[("期末余额", f"{1000 + 120 * n:,.2f} 元")]))


def test_a_ledger_of_any_shape_with_opening_and_closing_lines(tmp_path: Path) -> None:
    out = tmp_path / "money.pdf"
    pages = build_ledger(ledger(300), out, community="阳光花园", printed_at=NOW)
    assert pages == page_count(out) > 1
    text = pdftotext(out)
    assert "共有部分经营收益台账" in text and "期初余额" in text and "期末余额" in text
    assert "37,000.00 元" in text and "36000.00" in text  # closing balance and the 合计 row
    assert text.count("摘要") == pages  # the column header on every page of rows
    assert "第 300 笔" in text


def test_an_empty_period_says_so(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert build_ledger(ledger(0), out, community="阳光花园", printed_at=NOW) == 1
    assert "本期无记录" in pdftotext(out)


def test_progress_counts_rows_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_ledger(ledger(130), tmp_path / "p.pdf", community="阳光花园", printed_at=NOW,
                 control=Control(progress=lambda done, total: seen.append((done, total))))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (130, 130) and {t for _, t in seen} == {130}


def test_rows_are_pulled_as_pages_are_laid_out(tmp_path: Path) -> None:
    """When page 1 is finished, only the rows it needs (and a chunk ahead) have been read."""
    pulled = [0]
    at_first_page: list[int] = []

    def cancelled() -> bool:  # asked between chunks and after every page
        at_first_page.append(pulled[0])
        return False

    build_ledger(ledger(2000, pulled), tmp_path / "big.pdf", community="阳光花园", printed_at=NOW,
                 control=Control(cancelled=cancelled))
    assert pulled[0] == 2000
    assert at_first_page[1] <= 3 * CHUNK_ROWS  # the second look is the first chunk or page


def test_cancel_stops_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "cancelled.pdf"
    calls = itertools.count()
    with pytest.raises(BuildCancelled):
        build_ledger(ledger(2000), out, community="阳光花园", printed_at=NOW,
                     control=Control(cancelled=lambda: next(calls) > 5))
    assert list(tmp_path.iterdir()) == []


def test_a_failing_row_source_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Iterator[tuple[str, ...]]:
        yield from money_rows(50)
        raise OSError("disk gone")

    bad = ledger(0)
    bad.rows = broken()
    with pytest.raises(OSError, match="disk gone"):
        build_ledger(bad, tmp_path / "x.pdf", community="阳光花园", printed_at=NOW)
    assert list(tmp_path.iterdir()) == []


def test_story_holds_only_a_few_flowables_ahead() -> None:
    made = [0]

    def source() -> Iterator[Paragraph]:
        for i in range(1000):
            made[0] += 1
            yield Paragraph(str(i), house.style("t", 9))

    story = house._Story(source())
    assert len(story) == house._Story.AHEAD and made[0] == house._Story.AHEAD
    del story[0]
    assert len(story) == house._Story.AHEAD and made[0] == house._Story.AHEAD + 1
