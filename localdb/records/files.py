"""Attachment files in the data folder, addressed by their SHA-256.

The same content is stored once, whichever records attach it. The folder sits
beside a SQLite store (``<store>.files/``); for a server store the caller names
a folder (the desktop passes its user data folder) — localdb makes no guess
about per-user folders. ``files_root`` is the one place that decides.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.engine import URL

from localdb.errors import StoreError
from localdb.url import sqlite_path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def files_root(url: URL, server_folder: Path | None) -> Path | None:
    """Where a store's attachment files live: ``<file>.files`` beside a SQLite
    file; for a server (or in-memory) store a sub-folder of ``server_folder``
    named after the server and database, so two stores never share one; None
    when there is no such folder."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".files")
    if server_folder is None:
        return None
    name = "-".join(str(part) for part in (url.host or "local", url.port or "", url.database or "")
                    if part != "")
    return server_folder / (_UNSAFE.sub("_", name) + ".files")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileStore:
    """Content-addressed files under ``root``: ``root/ab/abcdef…`` (by SHA-256)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` unless the same content is already there; its SHA-256.

        Written to a temporary file and renamed, so a crash never leaves a
        partial file under a real hash."""
        digest = sha256_of(data)
        target = self.path(digest)
        if target.is_file() and target.stat().st_size == len(data):
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def open(self, sha256: str) -> BinaryIO:
        try:
            return self.path(sha256).open("rb")
        except FileNotFoundError as exc:
            raise StoreError("attachment_missing", sha256=sha256) from exc

    def read(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return fh.read()
