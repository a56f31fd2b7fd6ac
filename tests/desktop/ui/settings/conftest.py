"""Fixtures for the complaint-desk settings tabs: a manager, and the settings
page opened on one tab by its label."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from localdb.roles import Actor, Role
from tests.desktop.conftest import actor_for

OpenTab = Callable[[Actor, str], QWidget]


@pytest.fixture
def manager(demo_store: Store) -> Actor:
    return actor_for(demo_store, "zhangli", Role.MANAGER)


@pytest.fixture
def open_tab(qtbot: Any, worker: DbWorker, qsettings: QSettings,
             settle: Callable[[], None]) -> OpenTab:
    pages: list[SettingsPage] = []  # qtbot holds widgets weakly: keep each page alive

    def open_(actor: Actor, label: str) -> QWidget:
        page = SettingsPage(worker, actor, qsettings)
        qtbot.addWidget(page)
        pages.append(page)
        labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        page.tabs.setCurrentIndex(labels.index(label))
        page.show()
        settle()
        return page.tabs.currentWidget()

    return open_


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations answer Yes; the questions asked are recorded."""
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
