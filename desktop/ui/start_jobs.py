"""Worker jobs used before the staff screens exist: open, route, set up, log in.

They import localdb's services inside the function bodies on purpose: these
run on the worker thread, so SQLAlchemy loads there while the GUI thread
shows the window (process start to window shown stays close to a bare Qt app).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from localdb.changes import Changes
from localdb.roles import Actor

if TYPE_CHECKING:
    from localdb.engine import Store
    from localdb.migrate import OpenReport


@dataclass(frozen=True)
class StartInfo:
    store_label: str
    needs_setup: bool
    community_name: str
    idle_minutes: int


@dataclass(frozen=True)
class ProfileFields:
    name: str
    address: str
    service_phone: str
    project_manager: str
    opening_hours: str


def open_store_at(db_text: str) -> tuple[Store, OpenReport]:
    from localdb.migrate import open_store
    from localdb.url import to_url

    return open_store(to_url(db_text))


def start_info(store: Store) -> StartInfo:
    from localdb.services.community import get_profile
    from localdb.services.settings import get_settings
    from localdb.services.setup import needs_setup
    from localdb.url import describe

    with store.read() as session:
        profile = get_profile(session)
        return StartInfo(describe(store.url), needs_setup(session),
                         profile.name if profile else "",
                         get_settings(session).idle_lock_minutes)


def profile_fields(store: Store) -> ProfileFields | None:
    from dataclasses import asdict

    from localdb.services.community import get_profile

    with store.read() as session:
        profile = get_profile(session)
    return ProfileFields(**asdict(profile)) if profile else None


def login(store: Store, username: str, password: str) -> tuple[Changes, Actor]:
    """Authenticate and commit the outcome (failure counter, audit) either way."""
    from localdb.services import auth

    with store.write() as session:
        outcome = auth.authenticate(session, username, password)
    return Changes(), outcome.actor_or_raise()


def complete_setup(store: Store, fields: ProfileFields, username: str, display_name: str,
                   password: str, confirm: str) -> tuple[Changes, Actor]:
    from dataclasses import asdict

    from localdb.services import community, setup

    profile = community.CommunityProfile(**asdict(fields))
    with store.write() as session:
        changes = setup.complete_setup(session, profile, username, display_name, password, confirm)
    _, actor = login(store, username, password)
    return changes, actor
