"""Checks made before the store is touched, so bad input changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

from localdb.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a file that is not SQLite, or a place we cannot write to.

    SQLite in WAL mode writes ``-wal`` and ``-shm`` files beside the database,
    so the folder must be writable as well as the file.
    """
    if path.exists():
        if not path.is_file():
            raise StoreError("not_a_database", path=str(path))
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise StoreError("not_a_database", path=str(path))
        if not os.access(path, os.W_OK):
            raise StoreError("file_read_only", path=str(path))
        if not os.access(path.parent, os.W_OK):
            raise StoreError("folder_read_only", path=str(path.parent))
        return
    folder = path.parent
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("folder_read_only", path=str(folder)) from exc
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError("folder_read_only", path=str(folder))
