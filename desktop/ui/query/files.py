"""Attachment bytes for the viewers, read on the worker thread from the
store's attachment folder (desktop.paths.attachments_dir)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.paths import attachments_dir

if TYPE_CHECKING:
    from localdb.engine import Store


def attachment_bytes(store: Store, sha256: str) -> bytes:
    """Runs on the worker: the file's content (StoreError when it is missing)."""
    from localdb.records.files import FileStore

    return FileStore(attachments_dir(store.url)).read(sha256)
