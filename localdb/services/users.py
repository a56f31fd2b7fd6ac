"""Staff accounts: create, change role, password, (de)activate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.errors import StoreError, ValidationError
from localdb.models import User
from localdb.passwords import hash_password
from localdb.roles import STAFF_ROLES, Actor, Permission, Role


@dataclass(frozen=True)
class UserView:
    """A user as the UI sees it: no hash, no ORM object."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: datetime | None


def _view(user: User) -> UserView:
    return UserView(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        active=user.active,
        has_password=bool(user.password_hash),
        locked_until=user.locked_until,
    )


def _snapshot(user: User) -> dict[str, object]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "active": user.active,
    }


def list_users(session: Session) -> list[UserView]:
    return [_view(u) for u in session.execute(select(User).order_by(User.id)).scalars()]


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise StoreError("not_found", what="用户", ident=user_id)
    return user


def _check_role(role: Role) -> Role:
    if role not in STAFF_ROLES:
        raise ValidationError("required", field="role")
    return role


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str | None,
) -> tuple[Changes, int]:
    """Create an account. ``password=None`` makes one that cannot log in yet."""
    actor.require(Permission.MANAGE_USERS)
    return insert_user(session, actor, username, display_name, role, password)


def insert_user(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str | None,
) -> tuple[Changes, int]:
    username = validate.username(username)
    display_name = validate.text(display_name, "姓名", limit=50)
    role = _check_role(role)
    if password is not None:
        validate.password(password)
    taken = session.execute(
        select(User.id).where(func.lower(User.username) == username.lower())
    ).first()
    if taken:
        raise ValidationError("username_taken", field="username", username=username)
    user = User(
        username=username,
        display_name=display_name,
        role=role.value,
        password_hash=hash_password(password) if password is not None else None,
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.add", "app_user", user.id, None, _snapshot(user))
    return Changes(users=True), user.id


def _active_admins(session: Session) -> int:
    """Admins who can log in: the same test as ``setup.needs_setup``, so
    demoting the last of them can never reopen first-start setup."""
    return session.execute(
        select(func.count()).select_from(User).where(
            User.role == Role.ADMIN.value, User.active, User.password_hash.is_not(None))
    ).scalar_one()


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    display_name: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> Changes:
    actor.require(Permission.MANAGE_USERS)
    user = _get(session, user_id)
    before = _snapshot(user)
    losing_admin = user.role == Role.ADMIN.value and user.active and (
        (role is not None and role != Role.ADMIN) or active is False
    )
    if losing_admin and _active_admins(session) <= 1:
        raise StoreError("last_admin")
    if display_name is not None:
        user.display_name = validate.text(display_name, "姓名", limit=50)
    if role is not None:
        user.role = _check_role(role).value
    if active is not None:
        user.active = active
    audit.record(session, actor, "user.update", "app_user", user.id, before, _snapshot(user))
    return Changes(users=True)


def set_password(session: Session, actor: Actor, user_id: int, password: str) -> Changes:
    """An admin sets anyone's password; a user may set their own."""
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    validate.password(password)
    user = _get(session, user_id)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    # The hash itself never goes into the audit log.
    audit.record(session, actor, "user.set_password", "app_user", user.id, None, None)
    return Changes(users=True)
