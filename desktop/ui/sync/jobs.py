"""Database and keyring work for the sync screens, run on the DbWorker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.sync.client import SyncClient
from desktop.sync.config import make_client
from localdb.changes import Changes
from localdb.engine import Store
from localdb.roles import Actor
from localdb.sync import actions, status
from localdb.sync.settings import get_sync_settings
from localdb.sync.status import OperationView, SyncSummary


@dataclass(frozen=True)
class StatusRead:
    configured: bool
    summary: SyncSummary


def read_status(store: Store) -> StatusRead:
    with store.read() as session:
        return StatusRead(bool(get_sync_settings(session).city_url.strip()), status.summary(session))


@dataclass(frozen=True)
class ClientSetup:
    client: SyncClient | None  # None: no city address set
    interval: float


def build_client(store: Store) -> ClientSetup:
    """The client from the store's settings and the keyring's token; raises
    SyncError (no token, no keyring) for staff to fix."""
    with store.read() as session:
        settings = get_sync_settings(session)
    if not settings.city_url.strip():
        return ClientSetup(None, settings.interval_seconds)
    return ClientSetup(make_client(store), settings.interval_seconds)


@dataclass(frozen=True)
class PanelRows:
    attention: list[OperationView]
    waiting: list[OperationView]


def read_rows(store: Store) -> PanelRows:
    with store.read() as session:
        attention = status.attention(session)
        shown = {op.id for op in attention}
        return PanelRows(attention, [op for op in status.waiting(session) if op.id not in shown])


def retry(actor: Actor, entry_id: int) -> Callable[[Store], tuple[Changes, None]]:
    def job(store: Store) -> tuple[Changes, None]:
        with store.write() as session:
            return actions.retry(session, actor, entry_id), None

    return job


def discard(actor: Actor, entry_id: int) -> Callable[[Store], tuple[Changes, None]]:
    def job(store: Store) -> tuple[Changes, None]:
        with store.write() as session:
            return actions.discard(session, actor, entry_id), None

    return job
