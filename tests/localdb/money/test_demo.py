"""The demo's money tables and work records: twelve published months of every
model and kind, reviewed by someone other than the author, adding up."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from localdb import demo, money, worklog
from localdb.engine import Store
from localdb.models import DisclosureItem, Record, RegisterEntry, WorkEntry
from localdb.money import demo as money_demo
from localdb.roles import SYSTEM
from localdb.worklog import demo as worklog_demo

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 2026-11-27 10:00 in Beijing


def test_money_and_work_demos(store: Store) -> None:
    with store.write() as s:
        demo.load(s, SYSTEM, "small", NOW, with_complaints=False, with_records=False)
        summary = money_demo.load(s, SYSTEM, NOW)
        work = worklog_demo.load(s, SYSTEM, NOW, rows_per_month=7)
    assert summary.records == 36 and summary.lines > 36 * 7
    assert (work.records, work.work_rows) == (63, 12 * 5 * 7)
    with store.read() as s:
        records = s.execute(select(Record, DisclosureItem.code).outerjoin(
            DisclosureItem, DisclosureItem.id == Record.disclosure_item_id)).all()
        tables = {}
        for r, item in records:
            assert r.state == "published" and r.reviewer_id is not None
            assert r.author_id is not None and r.reviewer_id != r.author_id
            assert r.published_at is not None and r.published_at < NOW
            tables.setdefault(r.body_kind, []).append((r.period_start, item))
        # Every month up to and including the last ended one (October 2026), each with its item.
        months = [date(2025, 11, 1), date(2025, 12, 1), *(date(2026, m, 1) for m in range(1, 11))]
        for kind in ("money_common_income", "money_commission", "money_lump_sum", "work_cleaning",
                     "work_greening", "work_patrol", "work_maintenance", "work_lift_inspection"):
            assert sorted(start for start, _ in tables[kind]) == months
            assert all(item is not None for _, item in tables[kind])
        assert tables["register_equipment"] == [(date(2025, 1, 1), "equipment_register")]
        assert tables["register_common_part"] == [(date(2025, 1, 1), "common_part_register")]
        assert tables["register_archive"] == [(date(2025, 1, 1), None)]
        assert s.execute(select(func.count()).select_from(WorkEntry)).scalar_one() == 420
        assert s.execute(select(func.count()).select_from(RegisterEntry)).scalar_one() == work.register_rows
        assert set(worklog.performers(s, "patrol")) <= {"孙建军", "马志强", "朱勇", "胡海涛", "郭磊", "林明"}

        # Money: every month opens where the one before closed, and the rules hold.
        for kind in ("money_common_income", "money_commission", "money_lump_sum"):
            ids = s.execute(select(Record.id).where(Record.body_kind == kind)
                            .order_by(Record.period_start)).scalars().all()
            chain = [money.money_table(s, rid) for rid in ids]
            assert [t.opening for t in chain[1:]] == [t.closing for t in chain[:-1]]
            assert all(t.opening_source == "previous" for t in chain[1:])
            for t in chain:
                assert t.total("income") > 0
                if kind == "money_commission":
                    assert t.closing >= 0
                    assert t.total("fee") == (t.total("expense") * Decimal("0.10")).quantize(Decimal("0.01"))
                if kind == "money_common_income":
                    available = next(f.amount for f in t.summary if f.key == "available")
                    assert t.total("distribution") <= available
        first = money.money_table(s, ids[0])
        assert first.by_class[0].label == "人员费用"
