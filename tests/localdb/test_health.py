"""``run_checks``: what ``sunshine-desk check`` reports."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from localdb.engine import Store
from localdb.health import CheckItem, run_checks
from localdb.migrate import HEAD
from localdb.roles import Actor
from localdb.url import sqlite_path
from localdb.workcalendar import confirmed_years

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]

# A day in a year the shipped holiday schedule covers, so results do not
# depend on today's date.
COVERED_DAY = date(confirmed_years()[-1], 6, 1)


def by_name(items: list[CheckItem]) -> dict[str, CheckItem]:
    return {item.name: item for item in items}


def test_fresh_store_is_healthy(store: Store) -> None:
    items = by_name(run_checks(store, today=COVERED_DAY))
    assert set(items) == {"结构版本", "完整性", "审计链", "节假日日历"}
    assert all(item.ok for item in items.values()), items
    assert HEAD in items["结构版本"].detail


def test_calendar_reports_the_confirmed_years(store: Store) -> None:
    years = confirmed_years()
    assert years == sorted(years) and len(years) >= 2
    inside = by_name(run_checks(store, today=COVERED_DAY))["节假日日历"]
    assert inside.ok and f"{years[0]}–{years[-1]}" in inside.detail
    assert f"{years[-1] + 1} 年尚未确认" in inside.detail  # next year is not out yet
    beyond = by_name(run_checks(store, today=date(years[-1] + 1, 1, 5)))["节假日日历"]
    assert not beyond.ok and f"{years[0]}–{years[-1]}" in beyond.detail


def test_corrupted_audit_row_makes_the_store_unhealthy(store: Store, admin_actor: Actor) -> None:
    assert all(item.ok for item in run_checks(store, today=COVERED_DAY))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor_name = '冒名' WHERE seq = 1"))
    items = by_name(run_checks(store, today=COVERED_DAY))
    assert not items["审计链"].ok and "第 1 条" in items["审计链"].detail
    assert items["完整性"].ok and items["结构版本"].ok  # only the chain is blamed


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_orphan_row_fails_the_integrity_item(store: Store) -> None:
    """A row written past the foreign keys (e.g. by another tool) is reported."""
    assert by_name(run_checks(store, today=COVERED_DAY))["完整性"].ok
    raw = sqlite3.connect(str(sqlite_path(store.url)))  # foreign keys off by default
    with raw:
        raw.execute("INSERT INTO resident (room_id, name, phone, is_owner, note) "
                    "VALUES (999, '孤儿', '', 1, '')")
    raw.close()
    item = by_name(run_checks(store, today=COVERED_DAY))["完整性"]
    assert not item.ok and "外键错误 1 处" in item.detail
