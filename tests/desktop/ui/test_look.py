"""The application-wide look: the icon and the menu entry it belongs to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.ui.look import apply_look

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def looked(qapp: QApplication) -> Iterator[QApplication]:
    """apply_look on the shared application, undone afterwards for other tests."""
    sheet, font, name = qapp.styleSheet(), qapp.font(), QApplication.desktopFileName()
    apply_look(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setWindowIcon(QIcon())
    QApplication.setDesktopFileName(name)


def test_windows_carry_the_sunshine_desk_icon(looked: QApplication) -> None:
    icon = looked.windowIcon()
    assert not icon.isNull()
    assert icon.actualSize(QSize(256, 256)) == QSize(256, 256)


def test_desktop_file_name_names_the_shipped_menu_entry(looked: QApplication) -> None:
    name = QApplication.desktopFileName()
    assert name == "sunshine-desk"
    assert (ROOT / "installer" / "linux" / f"{name}.desktop").is_file()
