"""Per-user folders (platformdirs) and the default store location."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import PlatformDirs

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP = "sunshine-desk"
_dirs = PlatformDirs(APP, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "sunshine.db"


def log_file() -> Path:
    return log_dir() / f"{APP}.log"


def attachments_dir(url: URL) -> Path:
    """The attachment-file folder of a store: beside a SQLite file, or under the
    user data folder for a server store. The CLI and the GUI both ask here."""
    from localdb.records.files import files_root  # not at import: the CLI starts without SQLAlchemy

    root = files_root(url, data_dir())
    assert root is not None  # a server folder was given
    return root
