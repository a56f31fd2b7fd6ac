"""Money, work-record and register ledgers and the notice-board posters: the
figures and rows they print are the ones localdb gives."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop.printing.control import PrintRefused
from desktop.printing.kinds import BY_NAME, PrintRequest, run
from localdb.engine import Store
from localdb.money.period import period_money
from localdb.records.notice import column_records
from localdb.worklog import queries
from tests.desktop.printing.conftest import NOW, PERIODS, Planted, Printed, pdftotext

MONEY = {"common-income-ledger": "common_income", "commission-fund-ledger": "commission",
         "lump-sum-ledger": "lump_sum"}


def _compact(path: Path) -> str:
    return re.sub(r"\s+", "", pdftotext(path))


@pytest.mark.parametrize("name", list(MONEY))
def test_money_ledger_prints_each_table_and_the_period_figures(
        printed: dict[tuple[str, bool], Printed], print_store: tuple[Store, Planted], name: str) -> None:
    store, _ = print_store
    start, end = PERIODS[name]
    with store.read() as session:
        period = period_money(session, MONEY[name], start, end)
    assert len(period.tables) == 3  # a quarter of monthly tables
    text = _compact(printed[(name, False)].path)
    assert BY_NAME[name].zh in text
    for table in period.tables:
        assert re.sub(r"\s+", "", table.title) in text
        assert f"{table.closing:,.2f}" in text
    assert period.opening == period.tables[0].opening and period.closing == period.tables[-1].closing
    assert f"期初结余{period.opening:,.2f}" in text and f"期末结余{period.closing:,.2f}" in text
    for total in period.totals:
        assert f"本期{total.label}合计{total.amount:,.2f}" in text
    if name == "lump-sum-ledger":
        assert period.by_class and all(f"支出·{t.label}{t.amount:,.2f}" in text for t in period.by_class)


def test_work_ledger_prints_every_row_of_the_period(printed: dict[tuple[str, bool], Printed],
                                                     print_store: tuple[Store, Planted]) -> None:
    store, _ = print_store
    start, end = PERIODS["work-ledger"]
    with store.read() as session:
        counts = {k: queries.work_count(session, kind=k, start=start, end=end) for k in queries.WORK_KINDS}
    text = _compact(printed[("work-ledger", False)].path)
    assert all(n > 0 for n in counts.values())
    for kind, n in counts.items():
        assert f"{queries.WORK_KINDS[kind]}{n}条" in text
    assert f"合计{sum(counts.values())}条" in text


def test_keyset_pages_walk_the_same_rows_as_one_query(print_store: tuple[Store, Planted]) -> None:
    store, _ = print_store
    start, end = PERIODS["work-ledger"]
    with store.read() as session:
        whole = [r.id for r in queries.work_rows(session, kind="patrol", start=start, end=end, limit=5000)]
        walked: list[int] = []
        after = None
        while True:
            page = queries.work_rows(session, kind="patrol", start=start, end=end, limit=7, after=after)
            walked += [r.id for r in page]
            if len(page) < 7:
                break
            after = (page[-1].done_at, page[-1].id)
    assert len(whole) > 14 and walked == whole


def test_one_work_kind_and_one_register(print_store: tuple[Store, Planted], tmp_path: Path) -> None:
    store, _ = print_store
    out = tmp_path / "w.pdf"
    run(store, BY_NAME["work-ledger"],
        PrintRequest(*PERIODS["work-ledger"], False, NOW, (("work_kind", "cleaning"),)), out)
    text = _compact(out)
    assert "作业记录台账（保洁）" in text and "绿化养护" not in text
    archive = PrintRequest(None, None, False, NOW, (("register_kind", "archive"),))
    run(store, BY_NAME["register-ledger"], archive, out)
    text = _compact(out)
    assert "档案资料清单" in text and "设施设备清册" not in text


def test_income_poster_lists_the_column_records_with_money_figures(
        printed: dict[tuple[str, bool], Printed], print_store: tuple[Store, Planted]) -> None:
    store, _ = print_store
    with store.read() as session:
        contents = column_records(session, "income_expense", *PERIODS["notice-poster"])
    text = _compact(printed[("notice-poster", False)].path)
    assert "物业管理事务公开栏·收支公开" in text
    # A title's two lines interleave with the next cell's in the extracted text: look for its start.
    assert contents.records and all(r.title.split("（")[0] in text for r in contents.records)
    items = {r.item for r in contents.records}
    assert items >= {"业主共有部分的经营与收益情况", "物业服务成本情况（包干制）"}
    assert "期末结余：" in text and "本期收入：" in text


def test_unknown_choices_are_refused(print_store: tuple[Store, Planted], tmp_path: Path) -> None:
    store, _ = print_store
    out = tmp_path / "x.pdf"
    with pytest.raises(PrintRefused, match="收支公开"):
        run(store, BY_NAME["notice-poster"], PrintRequest(date(2026, 1, 1), date(2026, 1, 31), False, NOW,
                                                          (("column", "nothing"),)), out)
    with pytest.raises(PrintRefused, match="保洁"):
        run(store, BY_NAME["work-ledger"], PrintRequest(date(2026, 1, 1), date(2026, 1, 31), False, NOW,
                                                        (("work_kind", "sweeping"),)), out)
    assert not out.exists()
