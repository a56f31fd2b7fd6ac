"""Backup to one SQLite file and restore from it, on either backend."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from localdb import audit, backup, demo
from localdb.engine import Store
from localdb.errors import StoreError
from localdb.migrate import open_store
from localdb.models import AuditEntry, AuditHead, Resident
from localdb.roles import SYSTEM, Actor, Role
from localdb.services import community, users
from localdb.services.community import CommunityProfile
from localdb.url import to_url

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]


def state(store: Store) -> tuple[str, list[str], list[tuple[str, str]]]:
    """What a user would notice: community name, accounts, residents."""
    with store.read() as session:
        profile = community.get_profile(session)
        names = [u.username for u in users.list_users(session)]
        residents = [tuple(r) for r in session.execute(
            select(Resident.name, Resident.phone).order_by(Resident.id)).all()]
    assert profile is not None
    return profile.name, names, residents


def head(store: Store) -> tuple[int, str]:
    with store.read() as session:
        row = session.get(AuditHead, 1)
        assert row is not None
        return row.seq, row.hash


@pytest.fixture
def loaded(store: Store, admin_actor: Actor) -> Store:
    with store.write() as session:
        demo.load(session, admin_actor, with_complaints=False)
    return store


def test_restore_brings_back_the_backed_up_data(loaded: Store, admin_actor: Actor,
                                                tmp_path: Path) -> None:
    """Backup, change things, restore: the data is as at backup time, the chain
    verifies and ends with the restore, and new rows still get fresh ids."""
    saved = state(loaded)
    file = backup.backup(loaded, tmp_path / "备份.sqlite")
    assert file.read_bytes()[:16] == b"SQLite format 3\x00"
    with loaded.write() as session:
        community.save_profile(session, admin_actor, CommunityProfile(name="改过的名字"))
        users.add_user(session, admin_actor, "later", "后来的人", Role.DESK, None)
        session.execute(delete(Resident).where(Resident.id <= 10))
    changed = state(loaded)
    assert changed != saved

    report = backup.restore(loaded, admin_actor, file)
    assert state(loaded) == saved
    assert report.rows > len(saved[2])
    with loaded.read() as session:
        chain = audit.verify(session)
        last = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
    assert chain.ok
    assert (last.action, last.actor_id) == ("backup.restore", admin_actor.user_id)
    assert head(loaded) == (last.seq, last.hash)

    if loaded.backend == "sqlite":
        assert report.safety_copy is not None and report.safety_copy.exists()
        safety, _ = open_store(to_url(str(report.safety_copy)))
        try:
            assert state(safety) == changed  # what the restore replaced is kept
        finally:
            safety.dispose()
    else:
        assert report.safety_copy is None

    # Sequences (PostgreSQL) and autoincrement (SQLite) continue past copied ids.
    with loaded.write() as session:
        _, new_id = users.add_user(session, admin_actor, "after", "恢复后", Role.DESK, None)
    assert new_id > max(u for u in (admin_actor.user_id or 0, len(saved[1])))


def test_backup_of_either_backend_restores_into_sqlite(loaded: Store, tmp_path: Path) -> None:
    """One format: a backup (from SQLite or PostgreSQL) restores into a new SQLite store."""
    file = backup.backup(loaded, tmp_path / "portable.sqlite")
    target, _ = open_store(to_url(str(tmp_path / "fresh.db")))
    try:
        backup.restore(target, SYSTEM, file)
        assert state(target) == state(loaded)
        with target.read() as session:
            assert audit.verify(session).ok
    finally:
        target.dispose()


def test_restore_into_a_fresh_store_continues_ids(store: Store, tmp_path: Path) -> None:
    """Restored ids do not collide with the next insert (PostgreSQL sequences are
    moved past the copied ids; the fresh target's own sequences start at 1)."""
    source, _ = open_store(to_url(str(tmp_path / "source.db")))
    try:
        with source.write() as session:
            demo.load(session, SYSTEM, with_complaints=False)
        file = backup.backup(source, tmp_path / "b.sqlite")
        expected = state(source)
    finally:
        source.dispose()
    backup.restore(store, SYSTEM, file)
    assert state(store) == expected
    with store.write() as session:
        _, user_id = users.add_user(session, SYSTEM, "newcomer", "新同事", Role.DESK, None)
        room_id = session.execute(select(Resident.room_id).limit(1)).scalar_one()
        resident = Resident(room_id=room_id, name="新住户", phone="13900000000")
        session.add(resident)
        session.flush()
    assert user_id == len(demo.STAFF) + 1
    assert resident.id == len(expected[2]) + 1
    with store.read() as session:
        assert audit.verify(session).ok


def test_backup_file_is_self_contained(loaded: Store, tmp_path: Path,
                                      request: pytest.FixtureRequest) -> None:
    """One file in rollback-journal mode (no -wal/-shm needed, e.g. on read-only
    media); plain sqlite3 reads it."""
    file = backup.backup(loaded, tmp_path / "b.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.")) == ["b.sqlite"]
    conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT count(*) FROM resident").fetchone()[0] == len(state(loaded)[2])
    finally:
        conn.close()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database at all", b"SQLite format 3\x00junk"])
def test_restoring_a_bad_file_changes_nothing(loaded: Store, admin_actor: Actor, tmp_path: Path,
                                              content: bytes) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    before = (state(loaded), head(loaded))
    with pytest.raises(StoreError) as info:
        backup.restore(loaded, admin_actor, bad)
    assert info.value.code == "backup_invalid"
    assert (state(loaded), head(loaded)) == before
    assert bad.read_bytes() == content
    assert not any("backup-" in p.name for p in tmp_path.iterdir())  # no safety copy either


def test_restoring_a_tampered_backup_is_refused(loaded: Store, admin_actor: Actor, tmp_path: Path) -> None:
    file = backup.backup(loaded, tmp_path / "b.sqlite")
    conn = sqlite3.connect(file)
    with conn:
        conn.execute("UPDATE audit_entry SET actor_name = '别人' WHERE seq = 1")
    conn.close()
    before = head(loaded)
    with pytest.raises(StoreError) as info:
        backup.restore(loaded, admin_actor, file)
    assert info.value.code == "backup_invalid" and "第 1 条" in info.value.message
    assert head(loaded) == before


def test_backup_never_overwrites(loaded: Store, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite"
    target.write_bytes(b"precious")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as info:
        backup.backup(loaded, target)
    assert info.value.code == "backup_invalid" and "不会覆盖" in info.value.message
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest


def test_a_store_with_complaints_backs_up_and_restores(store: Store, tmp_path: Path) -> None:
    """Complaints point at earlier complaints (repeats): the copy keeps every link."""
    from sqlalchemy import update

    from localdb.models import Complaint

    def complaints() -> list[tuple[int, int | None, str]]:
        with store.read() as session:
            return sorted(session.execute(
                select(Complaint.id, Complaint.repeat_of_id, Complaint.description)).tuples())

    with store.write() as session:
        demo.load(session, SYSTEM)
    before = complaints()
    assert any(link for _, link, _ in before)
    file = backup.backup(store, tmp_path / "with-complaints.sqlite")
    with store.write() as session:
        session.execute(update(Complaint).values(description="改掉了"))
    backup.restore(store, SYSTEM, file)
    assert complaints() == before
