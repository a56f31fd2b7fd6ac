"""The hash-chained audit log: what services record, and that tampering shows."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from localdb import audit
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.models import AuditEntry, AuditHead, User
from localdb.roles import Actor, Role
from localdb.services import community, settings, users
from localdb.services.community import CommunityProfile

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]



def entries(store: Store) -> list[AuditEntry]:
    with store.read() as session:
        return list(session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


def head(store: Store) -> tuple[int, str]:
    with store.read() as session:
        row = session.get(AuditHead, 1)
        assert row is not None
        return row.seq, row.hash


def verify(store: Store) -> audit.VerifyResult:
    with store.read() as session:
        return audit.verify(session)


def raw(store: Store, sql: str, **params: object) -> None:
    """Tamper behind the services' back, as someone with a database tool would."""
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


@pytest.fixture
def busy_store(store: Store, admin_actor: Actor, manager_actor: Actor) -> Store:
    """A store with a handful of entries from different people (at least 5)."""
    with store.write() as session:
        community.save_profile(session, manager_actor, CommunityProfile(
            name="阳光花园", address="天府大道 888 号", service_phone="028-85551234"))
    with store.write() as session:
        settings.save_settings(session, manager_actor, settings.StoreSettings(work_start="09:00"))
    assert len(entries(store)) >= 5
    return store


def test_services_record_actor_action_before_and_after(store: Store, admin_actor: Actor,
                                                       manager_actor: Actor) -> None:
    """A profile change is logged with who did it and the old and new values."""
    before_seq, _ = head(store)
    with store.write() as session:
        community.save_profile(session, manager_actor, CommunityProfile(
            name="阳光花园二期", service_phone="13812345678", opening_hours="08:30–18:00"))
    last = entries(store)[-1]
    assert last.seq == before_seq + 1
    assert (last.actor_id, last.actor_name, last.actor_role) == (manager_actor.user_id, "王强", "manager")
    assert (last.action, last.entity) == ("community.save", "community")
    assert json.loads(last.before)["name"] == "阳光花园"
    assert json.loads(last.after) == {
        "name": "阳光花园二期", "address": "", "service_phone": "13812345678",
        "project_manager": "", "opening_hours": "08:30–18:00"}
    assert "阳光花园二期" in last.after  # Chinese kept readable, not \\u-escaped
    assert head(store) == (last.seq, last.hash)


def test_set_password_never_logs_the_hash(store: Store, admin_actor: Actor, desk_actor: Actor) -> None:
    with store.write() as session:
        users.set_password(session, admin_actor, desk_actor.user_id or 0, "new-secret-99")
    last = entries(store)[-1]
    with store.read() as session:
        stored = session.get(User, desk_actor.user_id)
        assert stored is not None and stored.password_hash
        assert stored.password_hash not in last.before + last.after
    assert last.action == "user.set_password" and "new-secret-99" not in last.before + last.after


def test_untouched_chain_verifies(busy_store: Store) -> None:
    result = verify(busy_store)
    assert result.ok and result.checked == len(entries(busy_store)) and result.bad_seq is None


def test_altered_entry_is_named(busy_store: Store) -> None:
    """Changing one entry's ``after`` breaks exactly that entry's hash."""
    raw(busy_store, "UPDATE audit_entry SET after = :v WHERE seq = 3", v='{"role":"admin"}')
    result = verify(busy_store)
    assert not result.ok and result.bad_seq == 3
    assert "第 3 条" in result.reason and "修改" in result.reason


def test_rehashed_alteration_breaks_the_next_link(busy_store: Store) -> None:
    """Even with its own hash recomputed, an altered entry no longer matches the
    next entry's prev_hash."""
    entry = entries(busy_store)[1]
    fields = {c: getattr(entry, c) for c in (
        "seq", "at", "actor_id", "actor_name", "actor_role", "action", "entity", "entity_id",
        "before", "after", "prev_hash")}
    fields["after"] = '{"forged":true}'
    raw(busy_store, "UPDATE audit_entry SET after = :a, hash = :h WHERE seq = :s",
        a=fields["after"], h=audit.entry_hash(**fields), s=entry.seq)
    result = verify(busy_store)
    assert not result.ok and result.bad_seq == entry.seq + 1 and "链接" in result.reason


def test_deleted_middle_entry_is_named(busy_store: Store) -> None:
    raw(busy_store, "DELETE FROM audit_entry WHERE seq = 2")
    result = verify(busy_store)
    assert not result.ok and result.bad_seq == 2 and result.checked == 1
    assert "第 2 条" in result.reason and "缺失" in result.reason


def test_deleted_last_entry_is_detected(busy_store: Store) -> None:
    """The head row remembers the tail, so dropping the newest entry shows too."""
    last_seq, _ = head(busy_store)
    raw(busy_store, "DELETE FROM audit_entry WHERE seq = :s", s=last_seq)
    result = verify(busy_store)
    assert not result.ok and result.bad_seq == last_seq


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_verify_closes_its_cursor_when_it_stops_early(busy_store: Store) -> None:
    raw(busy_store, "DELETE FROM audit_entry WHERE seq = 2")
    assert verify(busy_store).bad_seq == 2


def test_failed_service_writes_neither_row_nor_entry(store: Store, admin_actor: Actor,
                                                     desk_actor: Actor) -> None:
    """A service that raises after changing a row leaves no trace: row and audit
    entry share the one transaction of ``Store.write()``."""
    before = head(store)
    with pytest.raises(ValidationError), store.write() as session:
        # display_name is applied before the role is found invalid
        users.update_user(session, admin_actor, desk_actor.user_id or 0,
                          display_name="改过的名字", role=Role.KIOSK)
    with pytest.raises(ValidationError) as info, store.write() as session:
        community.save_profile(session, admin_actor,
                               CommunityProfile(name="新名字", service_phone="12345"))
    assert info.value.code == "bad_phone" and info.value.field == "服务电话"
    assert head(store) == before
    with store.read() as session:
        user = session.get(User, desk_actor.user_id)
        assert user is not None and user.display_name == "张丽"
        profile = community.get_profile(session)
        assert profile is not None and profile.name == "阳光花园"


def test_error_after_service_rolls_back_its_audit_entry(store: Store, admin_actor: Actor) -> None:
    """A completed service call inside a write that later fails is undone with its entry."""
    before = head(store)
    with pytest.raises(RuntimeError), store.write() as session:
        users.add_user(session, admin_actor, "ghost", "幽灵", Role.DESK, None)
        raise RuntimeError("caller failed after the service")
    assert head(store) == before
    with store.read() as session:
        assert session.execute(select(User).where(User.username == "ghost")).first() is None


def test_cli_verify_reports_the_tampered_entry(
    tmp_path: Path,
    run_cli: Callable[..., subprocess.CompletedProcess[str]],
    assert_cli_healthy: Callable[[str], None],
) -> None:
    """``demo``, ``check`` and ``audit verify`` succeed; after one row is edited
    with sqlite3, ``audit verify`` fails and names it."""
    db = str(tmp_path / "cli.db")
    demo = run_cli("--db", db, "demo")
    assert demo.returncode == 0, demo.stderr
    assert_cli_healthy(db)
    ok = run_cli("--db", db, "audit", "verify")
    # The demo's services (query-desk records, questions) audit each step, then the load itself.
    assert ok.returncode == 0 and re.search(r"共 [1-9]\d* 条", ok.stdout), ok.stderr

    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute("""UPDATE audit_entry SET after = '{"scale":"large"}' WHERE seq = 1""")
        assert conn.total_changes == 1
    finally:
        conn.close()
    bad = run_cli("--db", db, "audit", "verify")
    assert bad.returncode == 1
    assert "第 1 条" in bad.stderr and "审计链损坏" in bad.stderr
