"""Per-user folders (platformdirs) and the default store location."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

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
