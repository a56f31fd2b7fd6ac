"""A city server in this process, a fake keyring, and a demo store set up to
sync with the city (address in the settings, token in the keyring)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop.sync.token_store import set_token
from localdb.engine import Store
from localdb.roles import SYSTEM, Actor, Role
from localdb.sync.settings import SyncSettings, save_sync_settings
from tests.desktop.conftest import actor_for
from tests.desktop.sync.fake_keyring import FakeKeyring
from tests.desktop.sync.helpers import TOKEN


@pytest.fixture
def configure(demo_store: Store, fake_keyring: FakeKeyring) -> Callable[[str], None]:
    """Point the store at a city: its address in the settings, the token in the keyring."""

    def at(url: str) -> None:
        with demo_store.write() as session:
            save_sync_settings(session, SYSTEM, SyncSettings(city_url=url, interval_seconds=3600))
        set_token(url, TOKEN)

    return at


@pytest.fixture
def manager(demo_store: Store) -> Actor:
    return actor_for(demo_store, "zhangli", Role.MANAGER)


@pytest.fixture
def clerk(demo_store: Store) -> Actor:
    return actor_for(demo_store, "zhangli", Role.DESK)


def wait_round(qtbot: Any, controller: Any, timeout: int = 10_000) -> Any:
    with qtbot.waitSignal(controller.round_done, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


@pytest.fixture
def bar(qtbot: Any) -> Any:
    from desktop.ui.status_bar import MainStatusBar

    widget = MainStatusBar()
    qtbot.addWidget(widget)
    widget.resize(900, 30)
    return widget


@pytest.fixture
def controller(worker: Any, bar: Any) -> Iterator[Any]:
    from desktop.ui.sync.controller import SyncController

    made = SyncController(worker, bar)
    yield made
    made.stop()  # before the worker closes the store
