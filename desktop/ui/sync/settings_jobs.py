"""Work behind the sync settings tab: the store's settings and the keyring's
token are read and written on the DbWorker; the connection test runs on a
thread of its own (it may wait for the network)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from desktop.sync import token_store
from desktop.sync.errors import SyncError
from desktop.sync.transport import CityTransport
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor, Permission
from localdb.sync.settings import SyncSettings, check_url, get_sync_settings, save_sync_settings


class TokenState(Enum):
    NO_ADDRESS = "no_address"  # nothing to look up a token for
    SAVED = "saved"
    MISSING = "missing"
    NO_KEYRING = "no_keyring"  # this PC has no keyring backend


def token_state(city_url: str) -> TokenState:
    if not city_url.strip():
        return TokenState.NO_ADDRESS
    try:
        return TokenState.SAVED if token_store.has_token(city_url) else TokenState.MISSING
    except SyncError:
        return TokenState.NO_KEYRING


@dataclass(frozen=True)
class SettingsRead:
    settings: SyncSettings
    token: TokenState


def read_settings(store: Store) -> SettingsRead:
    with store.read() as session:
        settings = get_sync_settings(session)
    return SettingsRead(settings, token_state(settings.city_url))


def save_settings(actor: Actor, new: SyncSettings,
                  token: str) -> Callable[[Store], tuple[Changes, SettingsRead]]:
    """Save the settings and, when one is typed, the token for the new address.
    The address is checked before the keyring is touched, and the token is
    stored before the settings, so a keyring failure leaves the old settings."""

    def job(store: Store) -> tuple[Changes, SettingsRead]:
        actor.require(Permission.MANAGE_SYNC)
        if token.strip():
            token_store.set_token(check_url(new.city_url), token)
        with store.write() as session:
            changes = save_sync_settings(session, actor, new)
        return changes, read_settings(store)

    return job


def clear_token(actor: Actor, city_url: str) -> Callable[[Store], tuple[Changes, SettingsRead]]:
    def job(store: Store) -> tuple[Changes, SettingsRead]:
        actor.require(Permission.MANAGE_SYNC)
        token_store.delete_token(city_url)
        return Changes(sync=True, settings=True), read_settings(store)  # the runner restarts

    return job


@dataclass(frozen=True)
class ConnectionReport:
    services: int  # the city's complaint categories
    offset: timedelta | None  # the city's clock minus ours
    rtt: float  # seconds


def check_connection(settings: SyncSettings, token: str) -> ConnectionReport:
    """One ``GET services.json`` with the given (or the saved) token; raises
    ValidationError, SyncError or TransportError with a Chinese message."""
    url = check_url(settings.city_url)
    transport = CityTransport(url, token.strip() or token_store.get_token(url),
                              ca_bundle=settings.ca_bundle.strip() or None, timeout=(5.0, 15.0))
    try:
        answer = transport.call("GET", "services.json")
    finally:
        transport.close()
    services = answer.doc.get("services")
    return ConnectionReport(len(services) if isinstance(services, list) else 0, answer.offset, answer.rtt)
