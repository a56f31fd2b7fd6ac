"""The screenshot command renders every main screen to a real image."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from desktop.ui.screenshots import render_all

pytestmark = pytest.mark.slow


def test_renders_setup_login_and_every_area(qapp: Any, tmp_path: Path) -> None:
    written = render_all(qapp, tmp_path / "shots")
    names = {p.name for p in written}
    assert {"01-setup.png", "02-login.png", "03-main-desk.png", "08-main-settings.png"} <= names
    screens = ("home", "category", "record", "document", "panel", "question")
    kiosk = {f"{n}-kiosk-{tag}-{screen}.png" for base, tag in ((30, "landscape"), (40, "portrait"))
             for n, screen in zip(range(base, base + 6), screens, strict=True)}
    assert kiosk <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300 and image.height() >= 150, path
        # Not a blank image: a rendered screen has many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, image.width(), 23)
                   for y in range(0, image.height(), 23)}
        assert len(colours) > 3, path
