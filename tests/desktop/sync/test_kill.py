"""SIGKILL of a syncing client at three points: nothing is lost locally and
the city applies every operation exactly once."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from localdb.engine import Store
from localdb.models import Complaint
from localdb.sync import state
from tests.citysim import CitySim
from tests.desktop.sync.helpers import (
    Clock,
    assert_agree,
    assert_all_applied,
    client,
    outbox_states,
    respond,
    walk_in,
)

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[3]


def _killed_at(point: str, store: Store, city: CitySim) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "tests.desktop.sync.kill_runner", str(store.url), city.url, point],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL, (run.returncode, run.stdout, run.stderr)


def _recover(store: Store, city: CitySim) -> None:
    # Later than the lease of what the dead process had in flight.
    summary = client(store, city, now=Clock(timedelta(minutes=1))).run_round()
    assert summary.error is None, summary


def test_killed_after_the_local_commit(sqlite_store: Store, city: CitySim) -> None:
    _killed_at("after_local_commit", sqlite_store, city)
    with sqlite_store.read() as session:
        assert session.execute(select(Complaint.description)).scalars().all() == ["SIGKILL 之前刚保存的投诉"]
    assert outbox_states(sqlite_store) == {"pending": 1}
    _recover(sqlite_store, city)
    assert_all_applied(city, sqlite_store)
    assert_agree(city, sqlite_store)


def test_killed_after_sending_before_the_answer(sqlite_store: Store, city: CitySim) -> None:
    ids = [walk_in(sqlite_store, f"第{i}件") for i in range(3)]
    respond(sqlite_store, ids[0])
    city.faults.add("slow", "batch", times=1, when="after", seconds=10)
    _killed_at("after_send", sqlite_store, city)
    assert len(city.state.applied_log) == 4  # the city has it all
    assert outbox_states(sqlite_store) == {"sent": 4}  # we never heard back
    _recover(sqlite_store, city)
    assert_all_applied(city, sqlite_store)
    assert len(city.state.applied_log) == 4


def test_killed_while_applying_a_pull_before_the_cursor_is_saved(sqlite_store: Store,
                                                                 city: CitySim) -> None:
    city.state.dispatch("demo", 60)
    _killed_at("before_cursor_saved", sqlite_store, city)
    with sqlite_store.read() as session:
        assert state.cursor(session) is None
        assert session.execute(select(func.count()).select_from(Complaint)).scalar_one() == 0
    _recover(sqlite_store, city)
    with sqlite_store.read() as session:
        ids = session.execute(select(Complaint.city_id)).scalars().all()
    assert sorted(ids) == sorted(city.state.requests) and len(ids) == 60
    assert_agree(city, sqlite_store)
