"""The disclosure board on fixed dates: published, due soon, overdue, not due."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from localdb.disclosure import periods, schedule
from localdb.engine import Store
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor

CATEGORY = {"common_income": "finance", "commission_fund": "finance", "greening": "work",
            "cleaning": "work", "performance": "work", "maintenance_fund": "finance",
            "fee_rates": "finance", "company_info": "rules", "service_items": "rules"}


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)  # 10:00 in Chengdu


def record(store: Store, desk: Actor, manager: Actor | None, item: str, start: date | None,
           end: date | None, created: date) -> int:
    """A record of ``item``; published when a manager is given, else left submitted."""
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk, RecordDraft(
            category_code=CATEGORY[item], disclosure_item_code=item, title=f"{item} {start}",
            period_start=start, period_end=end), at(created))
        lifecycle.submit(s, desk, rid, at(created))
        if manager is not None:
            lifecycle.publish(s, manager, rid, at(created))
    return rid


@pytest.mark.parametrize(("frequency", "day", "start", "end", "label"), [
    ("monthly", date(2026, 11, 27), date(2026, 10, 1), date(2026, 10, 31), "2026年10月"),
    ("monthly", date(2026, 1, 5), date(2025, 12, 1), date(2025, 12, 31), "2025年12月"),
    ("monthly", date(2026, 3, 1), date(2026, 2, 1), date(2026, 2, 28), "2026年2月"),
    ("quarterly", date(2026, 11, 27), date(2026, 7, 1), date(2026, 9, 30), "2026年第三季度"),
    ("quarterly", date(2026, 2, 1), date(2025, 10, 1), date(2025, 12, 31), "2025年第四季度"),
    ("half_yearly", date(2026, 11, 27), date(2026, 1, 1), date(2026, 6, 30), "2026年上半年"),
    ("half_yearly", date(2026, 3, 3), date(2025, 7, 1), date(2025, 12, 31), "2025年下半年"),
    ("yearly", date(2026, 11, 27), date(2025, 1, 1), date(2025, 12, 31), "2025年度"),
])
def test_last_ended_period(frequency: str, day: date, start: date, end: date, label: str) -> None:
    assert periods.last_ended(frequency, day) == periods.Period(start, end, label)


def states(store: Store, today: date) -> dict[str, tuple[str, str, date | None, int]]:
    with store.read() as s:
        return {r.item_code: (r.state, r.period_label, r.due, r.missed) for r in schedule.board(s, today)}


def test_board_states_on_fixed_dates(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    d, m = desk_actor, manager_actor
    record(store, d, m, "common_income", date(2026, 10, 1), date(2026, 10, 31), date(2026, 11, 3))
    for month in (8, 10):  # September left out
        record(store, d, m, "greening", date(2026, month, 1), date(2026, month, 28), date(2026, month + 1, 2))
    record(store, d, m, "maintenance_fund", date(2026, 1, 1), date(2026, 6, 30), date(2026, 7, 20))
    record(store, d, m, "company_info", None, None, date(2026, 3, 1))
    record(store, d, None, "fee_rates", None, None, date(2026, 11, 8))  # a change waiting for review

    board = states(store, date(2026, 11, 10))
    assert board["common_income"] == ("published", "2026年10月", date(2026, 11, 15), 0)
    assert board["commission_fund"] == ("due_soon", "2026年10月", date(2026, 11, 15), 0)
    assert board["cleaning"] == ("due_soon", "2026年10月", date(2026, 11, 10), 0)  # due today
    assert board["greening"] == ("overdue", "2026年9月", date(2026, 10, 10), 1)  # the missed month stays
    assert board["performance"] == ("overdue", "2026年第三季度", date(2026, 10, 15), 1)
    assert board["maintenance_fund"] == ("published", "2026年上半年", date(2026, 7, 30), 0)
    assert board["service_items"] == ("overdue", "2025年度", date(2026, 1, 31), 1)
    assert board["fee_rates"] == ("due_soon", "变更待公开", date(2026, 11, 15), 0)
    assert board["company_info"] == ("published", "", None, 0)
    assert board["complaint_channels"] == ("not_due", "尚未公开", None, 0)

    later = states(store, date(2026, 11, 11))
    assert later["cleaning"][0] == "overdue"
    assert states(store, date(2026, 11, 16))["fee_rates"][0] == "overdue"
    early = states(store, date(2026, 12, 3))  # November ended: due Dec 15 (12 days), Dec 10 (7)
    assert early["common_income"] == ("not_due", "2026年11月", date(2026, 12, 15), 0)
    assert early["cleaning"][:2] == ("due_soon", "2026年11月")


def test_corrections_count_and_withdrawals_do_not(store: Store, desk_actor: Actor,
                                                  manager_actor: Actor) -> None:
    rid = record(store, desk_actor, manager_actor, "common_income", date(2026, 10, 1), date(2026, 10, 31),
                 date(2026, 11, 3))
    with store.write() as s:
        new_id = lifecycle.start_correction(s, desk_actor, rid, at(date(2026, 11, 4)))
        lifecycle.submit(s, desk_actor, new_id, at(date(2026, 11, 4)))
        lifecycle.publish(s, manager_actor, new_id, at(date(2026, 11, 4)))
    with store.read() as s:
        row = next(r for r in schedule.board(s, date(2026, 11, 20)) if r.item_code == "common_income")
    assert (row.state, row.last_record_id) == ("published", new_id)
    with store.write() as s:
        lifecycle.withdraw(s, manager_actor, new_id, "数据有误", at(date(2026, 11, 20)))
    with store.read() as s:
        late = schedule.overdue(s, date(2026, 11, 20))
    assert "common_income" in [r.item_code for r in late]
    assert [r.due for r in late] == sorted(r.due for r in late if r.due)
