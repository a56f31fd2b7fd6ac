"""Fixtures for GUI tests: a store opened by a real DbWorker, and typing
Chinese without qtbot.keyClicks (which aborts on non-ASCII, see STACK-NOTES); a
reference city server in this process and a fake keyring for the sync."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display in CI

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.worker import DbWorker
from localdb import demo
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.roles import SYSTEM, Actor, Role
from localdb.services import auth, community, setup
from localdb.url import to_url
from tests.citysim import CitySim
from tests.desktop.sync.fake_keyring import FakeKeyring
from tests.desktop.sync.helpers import TOKEN

PASSWORD = "correct-horse-1"


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press/release per character, as a person typing would."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def press(widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def demo_store(db_path: Path) -> Iterator[Store]:
    """A store with the demo community and no usable admin yet."""
    store, _ = open_store(to_url(str(db_path)))
    with store.write() as session:
        demo.load(session, SYSTEM, "small", with_complaints=False)
    yield store
    store.dispose()


@pytest.fixture
def admin(demo_store: Store) -> Actor:
    with demo_store.write() as session:
        profile = community.get_profile(session)
        assert profile is not None
        setup.complete_setup(session, profile, "admin", "王强", PASSWORD, PASSWORD)
    with demo_store.write() as session:
        return auth.authenticate(session, "admin", PASSWORD).actor_or_raise()


@pytest.fixture
def worker(qtbot: Any, db_path: Path, demo_store: Store) -> Iterator[DbWorker]:
    w = DbWorker()
    w.open(lambda: open_store(to_url(str(db_path))), lambda _: None, pytest.fail)
    qtbot.waitUntil(lambda: not w.busy)
    yield w
    w.shutdown()


@pytest.fixture
def settle(qtbot: Any, worker: DbWorker) -> Callable[[], None]:
    def wait() -> None:
        qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)

    return wait


@pytest.fixture
def city() -> Iterator[CitySim]:
    sim = CitySim({"demo": TOKEN})
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def actor_for(store: Store, username: str, role: Role) -> Actor:
    """Give a demo account a password and log it in."""
    from localdb.services import users

    with store.write() as session:
        target = next(u for u in users.list_users(session) if u.username == username)
        users.set_password(session, SYSTEM, target.id, PASSWORD)
        users.update_user(session, SYSTEM, target.id, role=role)
    with store.write() as session:
        return auth.authenticate(session, username, PASSWORD).actor_or_raise()
