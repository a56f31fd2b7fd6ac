"""Per-PC settings (QSettings) in a private folder, for tools and tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings


@contextmanager
def isolated_settings(folder: Path) -> Iterator[QSettings]:
    yield QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
