"""First-start setup and login: no default accounts, lockout, argon2 hashes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from localdb import demo
from localdb.engine import Store
from localdb.errors import MESSAGES, StoreError, ValidationError
from localdb.models import User, utcnow
from localdb.roles import SYSTEM, Actor, Role
from localdb.services import auth, setup, users
from localdb.services.auth import LoginOutcome
from localdb.services.community import CommunityProfile

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]

PROFILE = CommunityProfile(name="阳光花园")


def login(store: Store, username: str, password: str, **kwargs: object) -> LoginOutcome:
    """One attempt in its own transaction, as the login dialog makes it."""
    with store.write() as session:
        return auth.authenticate(session, username, password, **kwargs)  # type: ignore[arg-type]


def code(outcome: LoginOutcome) -> str | None:
    return outcome.error.code if outcome.error else None


def user_row(store: Store, username: str) -> User:
    with store.read() as session:
        return session.execute(select(User).where(User.username == username)).scalar_one()


def test_setup_creates_the_admin_once(store: Store) -> None:
    with store.read() as session:
        assert setup.needs_setup(session)
    with store.write() as session:
        setup.complete_setup(session, PROFILE, "admin", "周管理", "first-pass-1", "first-pass-1")
    with store.read() as session:
        assert not setup.needs_setup(session)
    outcome = login(store, "admin", "first-pass-1")
    assert outcome.actor is not None and outcome.actor.role is Role.ADMIN
    with pytest.raises(StoreError) as info, store.write() as session:
        setup.complete_setup(session, PROFILE, "admin2", "另一个", "other-pass-1", "other-pass-1")
    assert info.value.code == "already_set_up"
    with store.read() as session:
        assert [u.username for u in users.list_users(session)] == ["admin"]


def test_setup_rejects_short_or_mismatched_password(store: Store) -> None:
    for password, confirm, expected in (("short7x", "short7x", "password_too_short"),
                                        ("long-enough-1", "long-enough-2", "password_mismatch")):
        with pytest.raises(ValidationError) as info, store.write() as session:
            setup.complete_setup(session, PROFILE, "admin", "周管理", password, confirm)
        assert info.value.code == expected
    with store.read() as session:
        assert setup.needs_setup(session) and users.list_users(session) == []


def test_demo_staff_have_no_password_and_cannot_log_in(store: Store) -> None:
    """There is no default password: demo accounts exist but are refused."""
    with store.write() as session:
        demo.load(session, SYSTEM, with_complaints=False)
    for username, _, _ in demo.STAFF:
        for attempt in ("", "123456", username, "password"):
            assert code(login(store, username, attempt)) == "no_password"
    with store.read() as session:
        assert setup.needs_setup(session)  # demo staff do not count as an admin


def test_lockout_after_five_failures_holds_until_expiry(store: Store, desk_actor: Actor,
                                                        staff_password: str) -> None:
    """Four wrong passwords are counted (with the same words as an unknown name);
    the fifth locks the account; even the right password is refused until
    ``locked_until`` passes, then it works."""
    now = utcnow()
    failures = [code(login(store, "desk1", f"wrong-{i}", now=now)) for i in range(4)]
    assert failures == ["login_failed_no_hint"] * 4
    assert user_row(store, "desk1").failed_logins == 4  # the count persists between sessions
    fifth = login(store, "desk1", "wrong-5", now=now)
    assert code(fifth) == "account_locked" and fifth.error and fifth.error.params["minutes"] == 15

    locked_until = user_row(store, "desk1").locked_until
    assert locked_until is not None and locked_until == now + timedelta(minutes=15)
    for later in (now + timedelta(minutes=1), locked_until - timedelta(seconds=1)):
        assert code(login(store, "desk1", staff_password, now=later)) == "account_locked"
    assert user_row(store, "desk1").locked_until == locked_until  # refusals do not extend it

    outcome = login(store, "desk1", staff_password, now=locked_until + timedelta(seconds=1))
    assert outcome.actor == desk_actor
    row = user_row(store, "desk1")
    assert (row.failed_logins, row.locked_until) == (0, None)


def test_success_resets_the_failure_count(store: Store, desk_actor: Actor, staff_password: str) -> None:
    for _ in range(3):
        login(store, "desk1", "nope-nope")
    assert login(store, "desk1", staff_password).actor == desk_actor
    assert user_row(store, "desk1").failed_logins == 0
    assert code(login(store, "desk1", "nope-nope")) == "login_failed_no_hint"
    assert user_row(store, "desk1").failed_logins == 1


def test_unknown_user_gets_the_generic_message(store: Store, admin_actor: Actor) -> None:
    outcome = login(store, "nobody", "whatever-1")
    assert outcome.actor is None and outcome.error is not None
    assert outcome.error.code == "login_failed_no_hint"
    assert outcome.error.message == MESSAGES["login_failed_no_hint"]


def test_username_is_case_insensitive(store: Store, admin_actor: Actor, admin_password: str) -> None:
    assert login(store, "  ADMIN ", admin_password).actor == admin_actor


def test_inactive_account_is_refused(store: Store, admin_actor: Actor, desk_actor: Actor,
                                     staff_password: str) -> None:
    with store.write() as session:
        users.update_user(session, admin_actor, desk_actor.user_id or 0, active=False)
    assert code(login(store, "desk1", staff_password)) == "account_inactive"


def test_short_passwords_are_refused_everywhere(store: Store, admin_actor: Actor,
                                                desk_actor: Actor) -> None:
    with pytest.raises(ValidationError) as info, store.write() as session:
        users.add_user(session, admin_actor, "desk2", "刘洋", Role.DESK, "1234567")
    assert info.value.code == "password_too_short" and info.value.params["limit"] == 8
    with pytest.raises(ValidationError), store.write() as session:
        users.set_password(session, desk_actor, desk_actor.user_id or 0, "short")
    with store.write() as session:  # exactly 8 is enough
        users.set_password(session, desk_actor, desk_actor.user_id or 0, "12345678")
    assert login(store, "desk1", "12345678").actor == desk_actor


def test_passwords_are_stored_as_argon2id(store: Store, admin_actor: Actor, desk_actor: Actor,
                                          admin_password: str, staff_password: str) -> None:
    for username, password in (("admin", admin_password), ("desk1", staff_password)):
        stored = user_row(store, username).password_hash
        assert stored is not None and stored.startswith("$argon2id$")
        assert password not in stored
    assert user_row(store, "admin").password_hash != user_row(store, "desk1").password_hash
