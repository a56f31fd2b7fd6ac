"""r0006 goes down and up again cleanly on both backends, keeping the state row."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from localdb.engine import Store
from localdb.migrate import MIGRATIONS_DIR
from localdb.sync import state

pytestmark = pytest.mark.store


def _alembic(store: Store, action: str, target: str) -> None:
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, target)


def test_r0006_downgrades_and_upgrades(store: Store) -> None:
    _alembic(store, "downgrade", "r0005")
    with store.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        columns = {c["name"] for c in inspect(conn).get_columns("outbox")}
    assert "sync_state" not in tables and "next_attempt_at" not in columns
    _alembic(store, "upgrade", "head")
    with store.read() as session:
        row = state.get_state(session)
        assert (row.id, row.cursor, row.clock_offset_ms, row.online) == (1, None, 0, False)
