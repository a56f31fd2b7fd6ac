"""The sync panel lists a refused operation with its reason; a manager retries
or discards it (audited); desk staff only read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop.ui.sync.controller import SyncController
from desktop.ui.sync.panel import SyncPanel
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from localdb.models import AuditEntry, Complaint
from localdb.roles import Actor
from tests.citysim import CitySim
from tests.desktop.sync.helpers import outbox_states, walk_in


def _number(store: Store, complaint_id: int) -> str:
    with store.read() as session:
        return session.execute(select(Complaint.number).where(Complaint.id == complaint_id)).scalar_one()


def _refused(qtbot: Any, controller: SyncController, actor: Actor, store: Store, city: CitySim,
             configure: Callable[[str], None], times: int | None = 1) -> SyncPanel:
    configure(city.url)
    ident = walk_in(store, "电梯异响")
    city.faults.add("reject", "batch", match={"ref": _number(store, ident)}, times=times,
                    code="invalid", message="address is incomplete")
    with qtbot.waitSignal(controller.round_done, timeout=10_000):
        controller.start(actor)
    controller.open_panel()
    panel = controller.panel
    assert isinstance(panel, SyncPanel)
    qtbot.waitUntil(lambda: len(panel.rows) == 1, timeout=5_000)
    return panel


def test_refused_operation_is_listed_with_its_reason(qtbot: Any, controller: SyncController, manager: Actor,
                                                     demo_store: Store, city: CitySim,
                                                     configure: Callable[[str], None]) -> None:
    panel = _refused(qtbot, controller, manager, demo_store, city, configure)
    texts = [panel.table.item(0, c).text() for c in range(5)]
    assert texts[0] == "被拒绝" and "受理" in texts[1] and texts[3] == "1"
    assert "内容不符合市平台要求" in texts[4] and "address is incomplete" in texts[4]
    label = controller.status_bar.sync_label
    assert "失败 1" in label.text() and label.property("tone") == "bad"


def test_manager_retry_sends_it_again(qtbot: Any, controller: SyncController, manager: Actor,
                                      demo_store: Store, city: CitySim, configure: Callable[[str], None],
                                      settle: Callable[[], None]) -> None:
    panel = _refused(qtbot, controller, manager, demo_store, city, configure)
    panel.table.selectRow(0)
    assert panel.retry_button.isEnabled()
    with qtbot.waitSignal(controller.round_done, timeout=10_000):
        panel.retry_button.click()
    settle()
    qtbot.waitUntil(lambda: panel.rows == [], timeout=5_000)
    assert set(outbox_states(demo_store)) == {"applied"}
    assert len(city.state.applications()) == 1
    with demo_store.read() as session:
        assert session.execute(select(AuditEntry).where(AuditEntry.action == "sync.retry")).first()
    assert "失败" not in controller.status_bar.sync_label.text()


def test_manager_discard_asks_first(qtbot: Any, controller: SyncController, manager: Actor,
                                    demo_store: Store, city: CitySim, configure: Callable[[str], None],
                                    settle: Callable[[], None]) -> None:
    panel = _refused(qtbot, controller, manager, demo_store, city, configure, times=None)
    panel.table.selectRow(0)
    panel.confirm = lambda op: False
    panel.discard_button.click()
    settle()
    assert outbox_states(demo_store)["rejected"] == 1
    panel.confirm = lambda op: True
    panel.discard_button.click()
    settle()
    qtbot.waitUntil(lambda: panel.rows == [], timeout=5_000)
    assert outbox_states(demo_store)["discarded"] == 1
    with demo_store.read() as session:
        assert session.execute(select(AuditEntry).where(AuditEntry.action == "sync.discard")).first()
    assert city.state.applications() == {}


def test_desk_staff_only_read(qtbot: Any, controller: SyncController, clerk: Actor, worker: DbWorker,
                              demo_store: Store, city: CitySim, configure: Callable[[str], None],
                              settle: Callable[[], None]) -> None:
    panel = _refused(qtbot, controller, clerk, demo_store, city, configure)
    assert not panel.retry_button.isVisible() and not panel.discard_button.isVisible()
    assert "项目经理" in panel.note.text()
    panel.table.selectRow(0)
    panel.confirm = lambda op: True
    panel.retry_selected()
    panel.discard_selected()
    settle()
    assert outbox_states(demo_store)["rejected"] == 1
