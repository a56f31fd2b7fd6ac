"""First start: create the admin and the community profile, once."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import validate
from localdb.changes import Changes
from localdb.errors import StoreError
from localdb.models import User
from localdb.roles import Actor, Role
from localdb.services.community import CommunityProfile, write_profile
from localdb.services.users import insert_user


def needs_setup(session: Session) -> bool:
    """True while no admin can log in (a demo store has staff but no passwords)."""
    return (
        session.execute(
            select(User.id).where(
                User.role == Role.ADMIN.value, User.active, User.password_hash.is_not(None)
            )
        ).first()
        is None
    )


def complete_setup(
    session: Session,
    profile: CommunityProfile,
    username: str,
    display_name: str,
    password: str,
    confirm: str,
) -> Changes:
    if not needs_setup(session):
        raise StoreError("already_set_up")
    profile = profile.validated()
    validate.password(password, confirm)
    # The new admin is the actor of its own creation: no default account exists.
    bootstrap = Actor(None, validate.text(display_name, "姓名", limit=50), Role.ADMIN)
    changes, user_id = insert_user(session, bootstrap, username, display_name, Role.ADMIN,
                                   password)
    admin = Actor(user_id, bootstrap.name, Role.ADMIN, username)
    return changes | write_profile(session, admin, profile)
