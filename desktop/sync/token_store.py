"""The project's bearer token, kept in the operating system's keyring (never
in the database or a settings file), one per city address."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.sync.errors import SyncError

SERVICE = "sunshine-desk-city"


def _account(city_url: str) -> str:
    return city_url.strip().rstrip("/")


def get_token(city_url: str) -> str:
    try:
        token = keyring.get_password(SERVICE, _account(city_url))
    except KeyringError as exc:  # NoKeyringError: no backend on this machine
        raise SyncError("sync_no_keyring") from exc
    if not token:
        raise SyncError("sync_no_token")
    return token


def set_token(city_url: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _account(city_url), token.strip())
    except KeyringError as exc:
        raise SyncError("sync_no_keyring") from exc


def delete_token(city_url: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(city_url))
    except PasswordDeleteError:
        pass  # nothing stored
    except KeyringError as exc:
        raise SyncError("sync_no_keyring") from exc


def has_token(city_url: str) -> bool:
    """Is a token saved for this address? Raises SyncError without a keyring."""
    try:
        return bool(keyring.get_password(SERVICE, _account(city_url)))
    except KeyringError as exc:
        raise SyncError("sync_no_keyring") from exc
