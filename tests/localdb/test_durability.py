"""A commit once reported is never lost: SIGKILL a writer mid-stream, reopen,
and every reported row is there, with the file and the audit chain intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from localdb import audit
from localdb.migrate import open_store
from localdb.models import Building, Community, Resident, Room, Unit
from localdb.url import to_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER = (170, 200, 230)  # reported commits before each SIGKILL

WRITER = """
import sys
from localdb import audit
from localdb.migrate import open_store
from localdb.models import Resident
from localdb.roles import SYSTEM
from localdb.url import to_url

store, _ = open_store(to_url(sys.argv[1]))
room_id, tag = int(sys.argv[2]), sys.argv[3]
n = 0
while True:
    n += 1
    with store.write() as session:
        resident = Resident(room_id=room_id, name=f"住户{tag}-{n}", phone=f"138{n:08d}")
        session.add(resident)
        session.flush()
        audit.record(session, SYSTEM, "resident.add", "resident", resident.id, None,
                     {"name": resident.name})
    # Only now, after COMMIT returned, is the write reported as saved.
    print(resident.id, resident.name, flush=True)
"""


def make_store(path: Path) -> int:
    """A store with one room to put residents in; returns the room id."""
    store, _ = open_store(to_url(str(path)))
    try:
        with store.write() as session:
            community = Community(name="阳光花园")
            session.add(community)
            session.flush()
            building = Building(community_id=community.id, name="1栋")
            session.add(building)
            session.flush()
            unit = Unit(building_id=building.id, name="1单元")
            session.add(unit)
            session.flush()
            room = Room(unit_id=unit.id, number="101", floor=1)
            session.add(room)
            session.flush()
            return room.id
    finally:
        store.dispose()


def write_until_killed(path: Path, room_id: int, tag: str, kill_after: int) -> dict[int, str]:
    """Run the writer, SIGKILL it after ``kill_after`` reported commits; return them."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(room_id), tag],
        cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    reported: dict[int, str] = {}
    try:
        assert proc.stdout is not None
        while len(reported) < kill_after:
            line = proc.stdout.readline()
            if not line:
                proc.wait(timeout=10)
                error = proc.stderr.read() if proc.stderr else ""
                pytest.fail(f"writer stopped early ({proc.returncode}): {error}")
            ident, name = line.split()
            reported[int(ident)] = name
        assert proc.poll() is None  # still writing when it is killed
        proc.kill()  # SIGKILL on POSIX: no atexit, no rollback, no close
        proc.wait(timeout=10)
        assert proc.returncode == -9
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe:
                pipe.close()
    return reported


def test_reported_commits_survive_sigkill(tmp_path: Path,
                                          assert_cli_healthy: Callable[[str], None]) -> None:
    path = tmp_path / "durable.db"
    room_id = make_store(path)
    saved: dict[int, str] = {}
    for round_no, kill_after in enumerate(KILL_AFTER, start=1):
        saved |= write_until_killed(path, room_id, str(round_no), kill_after)

        raw = sqlite3.connect(str(path))
        try:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            raw.close()
        store, report = open_store(to_url(str(path)))
        try:
            assert report.backup is None  # a crash is not a migration
            with store.read() as session:
                stored = dict(session.execute(select(Resident.id, Resident.name)).tuples().all())
                chain = audit.verify(session)
        finally:
            store.dispose()
        missing = {i: n for i, n in saved.items() if stored.get(i) != n}
        assert missing == {}, f"round {round_no}: reported but lost"
        assert chain.ok, chain.reason
        assert chain.checked == len(stored)  # one entry per resident, none torn off
        assert_cli_healthy(str(path))
    assert len(saved) == sum(KILL_AFTER)
