"""The demo community: deterministic, plausible, and loaded only into an empty store."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from localdb import demo, validate
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.models import Building, Resident, Room, Unit, User
from localdb.roles import SYSTEM
from localdb.url import to_url

MOBILE = re.compile(r"^1[3-9]\d{9}$")


def load(store: Store, scale: demo.Scale = "small") -> demo.DemoSummary:
    with store.write() as session:
        _, summary = demo.load(session, SYSTEM, scale, with_complaints=False)
    return summary


def people(store: Store) -> list[tuple[str, str, bool, str]]:
    with store.read() as session:
        rows = session.execute(
            select(Resident.name, Resident.phone, Resident.is_owner, Room.number)
            .join(Room, Resident.room_id == Room.id)
            .order_by(Resident.id)
        ).all()
    return [tuple(r) for r in rows]


def count(store: Store, model: type[object]) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.store
def test_small_demo_is_the_same_every_time(store: Store, tmp_path: Path) -> None:
    """Two fresh stores (this backend and a SQLite file) get identical residents."""
    load(store)
    other, _ = open_store(to_url(str(tmp_path / "second.db")))
    try:
        load(other)
        first, second = people(store), people(other)
    finally:
        other.dispose()
    assert len(first) > 200
    assert first == second
    assert len({name for name, *_ in first}) > 50  # and not one name repeated


@pytest.mark.store
def test_demo_rows_are_plausible(store: Store) -> None:
    """Valid 11-digit mobiles, every resident in a room, counts as reported."""
    summary = load(store)
    residents = people(store)
    assert len(residents) == summary.residents == count(store, Resident)  # join lost nobody
    for name, phone, _, _ in residents:
        assert MOBILE.match(phone), phone
        assert validate.phone(phone, "电话") == phone
        assert 2 <= len(name) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in name)
    assert (summary.buildings, summary.units, summary.rooms) == (
        count(store, Building), count(store, Unit), count(store, Room))
    assert summary.rooms == 6 * 2 * 18 * 2
    with store.read() as session:
        staff = session.execute(select(User.username, User.password_hash)).all()
    assert sorted(staff) == sorted((u, None) for u, _, _ in demo.STAFF)


@pytest.mark.store
def test_demo_if_empty_leaves_a_loaded_store_alone(
    store_url: URL, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    """``demo`` fills an empty store; again with ``--if-empty`` it exits 0 and adds
    nothing; again without it, it refuses (exit 1)."""
    db = store_url.render_as_string(hide_password=False)
    first = run_cli("--db", db, "demo")
    assert first.returncode == 0, first.stderr
    store, _ = open_store(store_url)
    try:
        before = (people(store), count(store, User), count(store, Building))
        again = run_cli("--db", db, "demo", "--if-empty")
        assert again.returncode == 0 and "未载入" in again.stdout, again.stderr
        refused = run_cli("--db", db, "demo")
        assert refused.returncode == 1
        assert (people(store), count(store, User), count(store, Building)) == before
    finally:
        store.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_large_demo_has_over_ten_thousand_residents(store: Store) -> None:
    summary = load(store, "large")
    assert summary.rooms == 36 * 3 * 32 * 4
    assert summary.residents == count(store, Resident) > 10_000
