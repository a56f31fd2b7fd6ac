"""A ready client from the store's sync settings and the keyring's token."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.sync.client import SyncClient
from desktop.sync.errors import SyncError
from desktop.sync.token_store import get_token
from desktop.sync.transport import CityTransport
from localdb.engine import Store
from localdb.models import utcnow
from localdb.records.files import FileStore
from localdb.sync.settings import check_url, get_sync_settings


def make_client(store: Store, *, city_url: str | None = None, now: Callable[[], datetime] = utcnow,
                hooks: Callable[[str], None] | None = None) -> SyncClient:
    with store.read() as session:
        settings = get_sync_settings(session)
    url = (city_url or settings.city_url).strip()
    if not url:
        raise SyncError("sync_no_url")
    url = check_url(url)
    transport = CityTransport(url, get_token(url), ca_bundle=settings.ca_bundle or None, now=now)
    from desktop.paths import attachments_dir

    return SyncClient(store, transport, now=now, batch_size=settings.batch_size, hooks=hooks,
                      files=FileStore(attachments_dir(store.url)))
