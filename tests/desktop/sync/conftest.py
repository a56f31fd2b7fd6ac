"""Fixtures for the sync tests: a reference city server in this process and
a store on each backend; the keyring is a fake one."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from localdb.engine import Store
from tests.citysim import CitySim
from tests.desktop.sync.fake_keyring import FakeKeyring
from tests.desktop.sync.helpers import TOKEN


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
def sync_store(store: Store) -> Store:
    """A store at HEAD (categories seeded by the migration); writes act as SYSTEM."""
    return store
