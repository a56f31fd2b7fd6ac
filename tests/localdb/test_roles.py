"""Who may write what: kiosk and desk are refused every guarded write, with
nothing stored; managers edit the community but not accounts; the last admin
stays an admin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import backup, demo
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError
from localdb.models import AuditHead, Base
from localdb.roles import KIOSK, Actor, Role
from localdb.services import community, complaint_contacts, settings, users
from localdb.services.community import CommunityProfile

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]

Attempt = Callable[[Store, Actor, "Context"], object]


class Context:
    """Ids and files a write attempt needs."""

    def __init__(self, admin: Actor, backup_file: Path) -> None:
        self.admin = admin
        self.backup_file = backup_file


def in_write(call: Callable[[Session, Actor, Context], object]) -> Attempt:
    def attempt(store: Store, actor: Actor, ctx: Context) -> object:
        with store.write() as session:
            return call(session, actor, ctx)

    return attempt


WRITES: dict[str, Attempt] = {
    "community.save_profile": in_write(lambda s, a, c: community.save_profile(
        s, a, CommunityProfile(name="被改掉的小区"))),
    "complaint_contacts.save_contacts": in_write(lambda s, a, c: complaint_contacts.save_contacts(
        s, a, complaint_contacts.ComplaintContacts(qr_url="https://evil.example.cn/q"))),
    "settings.save_settings": in_write(lambda s, a, c: settings.save_settings(
        s, a, settings.StoreSettings(idle_lock_minutes=240))),
    "users.add_user": in_write(lambda s, a, c: users.add_user(
        s, a, "intruder", "入侵者", Role.ADMIN, "intruder-pass-1")),
    "users.update_user": in_write(lambda s, a, c: users.update_user(
        s, a, c.admin.user_id or 0, active=False)),
    "users.set_password(other)": in_write(lambda s, a, c: users.set_password(
        s, a, c.admin.user_id or 0, "taken-over-1")),
    "demo.load": in_write(lambda s, a, c: demo.load(s, a)),
    "backup.restore": lambda store, a, c: backup.restore(store, a, c.backup_file),
}


def snapshot(store: Store) -> tuple[tuple[int, str], dict[str, int]]:
    """The audit head plus a row count per table: any write changes one of them."""
    with store.read() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        counts = {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in Base.metadata.sorted_tables}
        return (head.seq, head.hash), counts


@pytest.fixture
def ctx(store: Store, admin_actor: Actor, tmp_path: Path) -> Context:
    return Context(admin_actor, backup.backup(store, tmp_path / "valid-backup.sqlite"))


@pytest.mark.parametrize("who", ["kiosk", "desk"])
def test_kiosk_and_desk_cannot_write(store: Store, ctx: Context, desk_actor: Actor, who: str) -> None:
    """Every guarded write refuses them, and the store is exactly as before."""
    actor = KIOSK if who == "kiosk" else desk_actor
    label = "查询机" if who == "kiosk" else "客服"
    problems: dict[str, str] = {}
    for service, attempt in WRITES.items():  # one store for all: creating one costs
        before = snapshot(store)
        try:
            attempt(store, actor, ctx)
        except PermissionDenied as exc:
            if exc.code != "permission_denied" or label not in exc.message:
                problems[service] = f"wrong refusal: {exc.message}"
        else:
            problems[service] = "allowed"
        if snapshot(store) != before:
            problems[service] = problems.get(service, "") + " and wrote to the store"
    assert problems == {}


def test_desk_may_change_only_its_own_password(store: Store, desk_actor: Actor) -> None:
    """The set_password refusal above is about *other* users, not the service."""
    with store.write() as session:
        users.set_password(session, desk_actor, desk_actor.user_id or 0, "my-own-pass-1")
    with pytest.raises(PermissionDenied), store.write() as session:
        users.set_password(session, KIOSK, desk_actor.user_id or 0, "kiosk-pass-1")


def test_manager_edits_profile_and_settings_but_not_users(store: Store, ctx: Context,
                                                          manager_actor: Actor) -> None:
    with store.write() as session:
        community.save_profile(session, manager_actor, CommunityProfile(
            name="阳光花园", opening_hours="每天 08:30–18:00"))
        settings.save_settings(session, manager_actor, settings.StoreSettings(lockout_minutes=30))
    with store.read() as session:
        profile = community.get_profile(session)
        assert profile is not None and profile.opening_hours == "每天 08:30–18:00"
        assert settings.get_settings(session).lockout_minutes == 30
    for service in ("users.add_user", "users.update_user", "users.set_password(other)",
                    "demo.load", "backup.restore"):
        before = snapshot(store)
        with pytest.raises(PermissionDenied):
            WRITES[service](store, manager_actor, ctx)
        assert snapshot(store) == before, service


def test_last_admin_can_be_neither_deactivated_nor_demoted(store: Store, admin_actor: Actor) -> None:
    admin_id = admin_actor.user_id or 0
    for change in ({"active": False}, {"role": Role.MANAGER}, {"role": Role.DESK}):
        before = snapshot(store)
        with pytest.raises(StoreError) as info, store.write() as session:
            users.update_user(session, admin_actor, admin_id, **change)
        assert info.value.code == "last_admin"
        assert snapshot(store) == before
    # With a second admin who can log in, the first may step down.
    with store.write() as session:
        _, second = users.add_user(session, admin_actor, "admin2", "李管理", Role.ADMIN,
                                   "second-admin-1")
        users.update_user(session, admin_actor, admin_id, role=Role.MANAGER)
    with store.read() as session:
        roles = {u.username: u.role for u in users.list_users(session)}
    assert roles == {"admin": Role.MANAGER, "admin2": Role.ADMIN}
    # ...and now admin2 is the last one.
    admin2 = Actor(second, "李管理", Role.ADMIN, "admin2")
    with pytest.raises(StoreError) as info, store.write() as session:
        users.update_user(session, admin2, second, active=False)
    assert info.value.code == "last_admin"


def test_last_admin_who_can_log_in_cannot_step_down(store: Store, admin_actor: Actor) -> None:
    """An admin account nobody can log into (no password yet) is no successor."""
    with store.write() as session:
        users.add_user(session, admin_actor, "admin2", "李管理", Role.ADMIN, None)
    with pytest.raises(StoreError) as info, store.write() as session:
        users.update_user(session, admin_actor, admin_actor.user_id or 0, role=Role.DESK)
    assert info.value.code == "last_admin"
