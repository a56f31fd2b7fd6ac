"""The desk's table model: ids only, rows fetched lazily in blocks through
the worker, and a one-second tick that repaints only what is on screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy.orm import Session

from desktop.ui.desk import desk_model
from desktop.ui.desk.complaint_table import ComplaintTable
from desktop.ui.desk.desk_model import COL_HANDLER, COL_NUMBER, COL_RESOLUTION, COL_RESPONSE
from desktop.ui.worker import DbWorker
from localdb import demo
from localdb.complaints import queries
from localdb.complaints.queries import DeskFilter, DeskRow
from localdb.migrate import open_store
from localdb.models import Complaint, utcnow
from localdb.roles import SYSTEM, Actor, Role
from localdb.services import auth, users
from localdb.url import to_url

COUNT = 600
PASSWORD = "block-test-pass-1"


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per module: demo data plus 600 open complaints of one clerk,
    received a minute apart, so the desk order is known."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    store, _ = open_store(to_url(str(path)))
    now = utcnow()
    with store.write() as s:
        demo.load(s, SYSTEM, "small")
    with store.write() as s:
        clerk = next(u for u in users.list_users(s) if u.role is Role.DESK)
        users.set_password(s, SYSTEM, clerk.id, PASSWORD)
    with store.write() as s:
        # Straight into the table (600 intakes with audit and clocks take ~20 s);
        # the model only needs open rows with their due times.
        category, _name, urgency = next(c for c in queries.categories(s) if c[1] == "公共设施报修")
        for i in range(COUNT):
            received = now - timedelta(minutes=COUNT - i)
            s.add(Complaint(
                number=f"TS20000101-{i:04d}", channel="walk_in", category_id=category,
                urgency=urgency, status="received", description=f"测试投诉 {i}",
                location=f"测试地点 {i}", handler_id=clerk.id, received_at=received,
                response_due=received + timedelta(hours=4),
                resolution_due=received + timedelta(days=2),
                next_due=received + timedelta(hours=4), created_by=clerk.id))
    store.dispose()
    return path


@pytest.fixture
def clerk_worker(qtbot: Any, big_file: Path, tmp_path: Path) -> Iterator[tuple[DbWorker, Actor]]:
    copy = tmp_path / "big.db"
    shutil.copy(big_file, copy)
    w = DbWorker()
    w.open(lambda: open_store(to_url(str(copy))), lambda _: None,
           lambda exc: pytest.fail(str(exc)))
    qtbot.waitUntil(lambda: not w.busy)
    store, _ = open_store(to_url(str(copy)))
    with store.write() as s:
        clerk = next(u for u in users.list_users(s) if u.role is Role.DESK)
        actor = auth.authenticate(s, clerk.username, PASSWORD).actor_or_raise()
    store.dispose()
    yield w, actor
    w.shutdown()


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Every id list the model asks ``queries.rows`` for."""
    calls: list[list[int]] = []
    real = queries.rows

    def counting(session: Session, ids: Sequence[int]) -> dict[int, DeskRow]:
        calls.append(list(ids))
        return real(session, ids)

    monkeypatch.setattr(queries, "rows", counting)  # the module the model calls through
    return calls


def mine(actor: Actor) -> desk_model.IdSource:
    """The 600 test complaints (the clerk also handles some of the demo's)."""
    f = DeskFilter(handler_id=actor.user_id, text="测试投诉")
    return lambda s: queries.open_ids(s, f)


def test_rows_are_fetched_in_blocks_only_when_asked_for(
    qtbot: Any, clerk_worker: tuple[DbWorker, Actor], fetched: list[list[int]]
) -> None:
    worker, actor = clerk_worker
    model = desk_model.ComplaintTableModel(worker, mine(actor), utcnow())
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.rowCount() == COUNT
    assert fetched == []  # ids only: no row read yet

    assert model.data(model.index(0, COL_NUMBER)) == "加载中…"  # placeholder, asks once
    assert model.data(model.index(450, COL_NUMBER)) == "加载中…"
    assert model.data(model.index(451, COL_NUMBER)) == "加载中…"  # same block: no new request
    qtbot.waitUntil(lambda: not worker.busy)
    assert [len(ids) for ids in fetched] == [200, 200]
    ids = [model.id_at(r) for r in range(COUNT)]
    assert fetched[0] == ids[0:200] and fetched[1] == ids[400:600]  # block 1 never read
    assert model.data(model.index(450, COL_NUMBER)).startswith("TS")
    assert model.data(model.index(450, desk_model.COL_SUMMARY)) == "测试投诉 450"  # desk order
    assert model.data(model.index(450, 0), desk_model.ID_ROLE) == ids[450]
    assert len(fetched) == 2  # reading cached rows asks nothing


def test_view_fetches_only_visible_blocks_and_tick_repaints_only_visible_countdowns(
    qtbot: Any, clerk_worker: tuple[DbWorker, Actor], fetched: list[list[int]]
) -> None:
    worker, actor = clerk_worker
    now = utcnow()
    table = ComplaintTable(worker, mine(actor), lambda: now)
    table.timer.stop()  # the test ticks by hand
    qtbot.addWidget(table)
    table.resize(1000, 400)
    table.show()
    with qtbot.waitSignal(table.model_.loaded):
        table.model_.refresh()
    qtbot.waitUntil(lambda: not worker.busy and table.model_.row_data(0) is not None)
    assert len(fetched) == 1 and len(fetched[0]) == 200  # only the first block is on screen
    table.scrollToBottom()
    qtbot.waitUntil(lambda: len(fetched) == 2)
    qtbot.waitUntil(lambda: not worker.busy)
    assert len(fetched) == 2
    ids = [table.model_.id_at(r) for r in range(COUNT)]
    assert fetched[1] == ids[400:600]

    first, last = table.visible_rows()
    assert first > 400 and last == COUNT - 1 and last - first < 20
    changes: list[tuple[QModelIndex, QModelIndex, list[int]]] = []
    table.model_.dataChanged.connect(lambda tl, br, roles=(): changes.append((tl, br, list(roles))))
    later = now + timedelta(hours=5)
    table.model_.tick(later, first, last)
    assert len(changes) == 1
    top_left, bottom_right, roles = changes[0]
    assert (top_left.row(), top_left.column()) == (first, COL_RESPONSE)
    assert (bottom_right.row(), bottom_right.column()) == (last, COL_RESOLUTION)
    assert Qt.ItemDataRole.DisplayRole in roles
    assert len(fetched) == 2  # a tick reads nothing from the store
    table.model_.tick(later, first, last)
    assert len(changes) == 1  # nothing on screen would read differently: no repaint

    # The oldest complaint was received 600 minutes ago, 4 h response: overdue at once.
    table.scrollToTop()
    qtbot.waitUntil(lambda: not worker.busy)
    response = table.model_.index(0, COL_RESPONSE)
    assert table.model_.data(response).startswith("超时")
    assert table.model_.data(response, Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    assert table.model_.data(table.model_.index(0, COL_HANDLER)) == actor.name
