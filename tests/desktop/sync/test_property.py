"""Random interleavings of local writes, network faults, city-side changes and
pulls: once the faults stop, the city and the store agree and every
operation was applied exactly once."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.sync.errors import TransportError
from localdb.complaints.states import Status
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.models import Complaint
from localdb.url import to_url
from tests.citysim import CitySim
from tests.desktop.sync.helpers import (
    TOKEN,
    Clock,
    assert_agree,
    assert_all_applied,
    client,
    note,
    resolve,
    respond,
    walk_in,
)

pytestmark = pytest.mark.slow

FAULTS = (
    {"fault": "drop_before", "endpoint": "batch"},
    {"fault": "drop_after", "endpoint": "batch", "after_ops": 1},
    {"fault": "drop_after", "endpoint": "batch"},
    {"fault": "http_500", "endpoint": "batch"},
    {"fault": "op_500", "endpoint": "batch"},
    {"fault": "duplicate", "endpoint": "batch"},
    {"fault": "rate_limit", "endpoint": "batch", "seconds": 0},
    {"fault": "out_of_order", "endpoint": "dispatch"},
    {"fault": "expired_cursor", "endpoint": "dispatch"},
    {"fault": "drop_after", "endpoint": "dispatch"},
    {"fault": "drop_before", "endpoint": "dispatch"},
)
STEPS = st.lists(st.tuples(
    st.sampled_from(("write", "write", "respond", "resolve", "note", "round", "round", "pull",
                     "fault", "fault", "city", "dispatch")),
    st.integers(0, 1000)), min_size=3, max_size=16)


def _local(store: Store, status: Status, n: int) -> int | None:
    with store.read() as session:
        ids = session.execute(select(Complaint.id).where(Complaint.status == status.value)
                              .order_by(Complaint.id)).scalars().all()
    return ids[n % len(ids)] if ids else None


def _step(store: Store, city: CitySim, sync: object, kind: str, n: int) -> None:
    if kind == "write":
        walk_in(store, f"第{n}号事项")
    elif kind == "respond" and (ident := _local(store, Status.RECEIVED, n)):
        respond(store, ident)
    elif kind == "resolve" and (ident := _local(store, Status.RESPONDED, n)):
        resolve(store, ident)
    elif kind == "note" and (ident := _local(store, Status.RESPONDED, n)):
        note(store, ident, f"备注{n}")
    elif kind == "round":
        sync.run_round()  # type: ignore[attr-defined]
    elif kind == "pull":
        with contextlib.suppress(TransportError):  # a pull fault: the next round goes on
            sync.pull()  # type: ignore[attr-defined]
    elif kind == "fault":
        city.faults.set([{**FAULTS[n % len(FAULTS)], "times": 1}], replace=False)
    elif kind == "city" and city.state.requests:
        ident = sorted(city.state.requests)[n % len(city.state.requests)]
        if n % 3 == 0:
            city.state.supervise(ident, f"督办{n}")
        else:
            # the resident confirmed (closed), or asked to reopen it (in progress), or just a note
            status = ("closed", "in_progress", None)[n // 3 % 3]
            city.state.city_update(ident, status, f"市平台备注{n}")
    elif kind == "dispatch":
        city.state.dispatch("demo", 1 + n % 3)


@settings(max_examples=int(os.environ.get("SUNSHINE_SYNC_EXAMPLES", "12")), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=STEPS)
def test_random_interleavings_end_in_agreement(sqlite_template: Path,
                                               tmp_path_factory: pytest.TempPathFactory,
                                               steps: list[tuple[str, int]]) -> None:
    path = tmp_path_factory.mktemp("interleaving") / "store.db"
    shutil.copyfile(sqlite_template, path)
    store, _ = open_store(to_url(str(path)))
    city = CitySim({"demo": TOKEN})
    city.start()
    try:
        sync = client(store, city, batch_size=3, page_size=3, timeout=(1.0, 2.0))
        for kind, n in steps:
            _step(store, city, sync, kind, n)
        city.faults.clear()
        settle = client(store, city, now=Clock(timedelta(minutes=5)), batch_size=3, page_size=3)
        for _ in range(8):
            summary = settle.run_round()
            if summary.error is None and summary.waiting == 0:
                break
        assert summary.error is None and summary.waiting == 0, summary
        assert_all_applied(city, store)
        assert_agree(city, store)
    finally:
        city.stop()
        store.dispose()
