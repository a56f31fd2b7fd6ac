"""Log in with lockout after repeated failures.

A failed attempt is itself a write (the counter, the audit entry), so this
returns an outcome instead of raising: the caller commits either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.errors import AuthError
from localdb.models import User, utcnow
from localdb.passwords import hash_password, needs_rehash, verify_password
from localdb.roles import SYSTEM, Actor, Role
from localdb.services.settings import get_settings


@dataclass(frozen=True)
class LoginOutcome:
    actor: Actor | None
    error: AuthError | None = None

    def actor_or_raise(self) -> Actor:
        if self.error is not None:
            raise self.error
        assert self.actor is not None
        return self.actor


def authenticate(
    session: Session, username: str, password: str, now: datetime | None = None
) -> LoginOutcome:
    now = now or utcnow()
    settings = get_settings(session)
    user = session.execute(
        select(User).where(func.lower(User.username) == username.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        # Same message as a wrong password: do not reveal which names exist.
        return LoginOutcome(None, AuthError("login_failed_no_hint"))
    actor = Actor(user.id, user.display_name, Role(user.role), user.username)
    if not user.active:
        return LoginOutcome(None, AuthError("account_inactive"))
    if user.locked_until is not None and user.locked_until > now:
        minutes = math.ceil((user.locked_until - now).total_seconds() / 60)
        return LoginOutcome(None, AuthError("account_locked", minutes=minutes))
    if not user.password_hash:
        return LoginOutcome(None, AuthError("no_password"))
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        audit.record(session, SYSTEM, "auth.failed", "app_user", user.id, None,
                     {"failed_logins": user.failed_logins})
        if user.failed_logins >= settings.max_failed_logins:
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            user.failed_logins = 0
            audit.record(session, SYSTEM, "auth.locked", "app_user", user.id, None,
                         {"locked_until": user.locked_until.isoformat()})
            return LoginOutcome(
                None, AuthError("account_locked", minutes=settings.lockout_minutes)
            )
        # The same words as for an unknown name: never tell which names exist.
        return LoginOutcome(None, AuthError("login_failed_no_hint"))
    if user.failed_logins or user.locked_until is not None:
        user.failed_logins = 0
        user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record(session, actor, "auth.login", "app_user", user.id)
    return LoginOutcome(actor)
