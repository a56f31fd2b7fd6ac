"""Shared by the sync tests: local writes, a client on a city, and the
exactly-once / nothing-lost checks."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desktop.sync.backoff import Backoff
from desktop.sync.client import SyncClient
from desktop.sync.transport import CityTransport
from localdb.complaints import intake, lifecycle
from localdb.complaints.intake import ComplaintInput
from localdb.engine import Store
from localdb.models import Complaint, ComplaintCategory, OutboxEntry, utcnow
from localdb.roles import SYSTEM
from localdb.sync.types import OutboxState
from tests.citysim import CitySim

TOKEN = "citysim-token"


class Clock:
    """A client clock: real time plus a settable skew (±1 day, 10 days later)."""

    def __init__(self, skew: timedelta = timedelta(0)) -> None:
        self.skew = skew

    def __call__(self) -> datetime:
        return utcnow() + self.skew


def client(store: Store, city: CitySim, *, now: Callable[[], datetime] = utcnow, batch_size: int = 50,
           page_size: int = 50, hooks: Callable[[str], None] | None = None,
           timeout: tuple[float, float] = (2.0, 5.0), backoff: Backoff | None = None) -> SyncClient:
    transport = CityTransport(city.url, TOKEN, now=now, timeout=timeout)
    # By default retries are due at once: the tests say when time passes.
    backoff = backoff or Backoff(base=0.0, cap=0.0, rng=random.Random(1))
    return SyncClient(store, transport, now=now, backoff=backoff, batch_size=batch_size,
                      page_size=page_size, hooks=hooks)


def category(store: Store) -> int:
    with store.read() as session:
        return session.execute(select(ComplaintCategory.id).where(
            ComplaintCategory.name == "公共设施报修")).scalar_one()


def walk_in(store: Store, text: str = "楼道灯不亮", *, now: datetime | None = None) -> int:
    """A walk-in complaint logged at the desk: one local commit with its outbox entry."""
    with store.write() as session:
        _, ident = intake.intake(session, SYSTEM, ComplaintInput(
            channel="walk_in", category_id=category(store), description=text, location="3栋大堂"),
            now=now)
    return ident


def respond(store: Store, complaint_id: int, note: str = "已电话联系") -> None:
    with store.write() as session:
        lifecycle.respond(session, SYSTEM, complaint_id, note=note)


def resolve(store: Store, complaint_id: int, result: str = "已更换灯泡") -> None:
    with store.write() as session:
        lifecycle.resolve(session, SYSTEM, complaint_id, result=result)


def note(store: Store, complaint_id: int, text: str) -> None:
    with store.write() as session:
        lifecycle.add_note(session, SYSTEM, complaint_id, text=text)


def outbox_states(store: Store) -> Counter[str]:
    with store.read() as session:
        return Counter(dict(session.execute(
            select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).tuples().all()))


def outbox_keys(store: Store, *states: str) -> set[str]:
    with store.read() as session:
        stmt = select(OutboxEntry.idempotency_key)
        if states:
            stmt = stmt.where(OutboxEntry.state.in_(states))
        return set(session.execute(stmt).scalars())


def assert_exactly_once(city: CitySim, store: Store) -> None:
    """Every key applied on the server once at most, every applied one known
    locally as applied, and nothing local lost: each outbox entry is applied,
    or visibly waiting / refused."""
    counts = city.state.applications()
    assert [k for k, n in counts.items() if n > 1] == []
    local = outbox_keys(store)
    assert set(counts) <= local, "the server applied something the desk never made"
    applied_locally = outbox_keys(store, OutboxState.APPLIED.value)
    assert applied_locally <= set(counts), "marked applied but the server never applied it"


def assert_all_applied(city: CitySim, store: Store) -> None:
    assert_exactly_once(city, store)
    states = outbox_states(store)
    assert set(states) <= {OutboxState.APPLIED.value}, states
    assert set(city.state.applications()) == outbox_keys(store)


def assert_agree(city: CitySim, store: Store) -> None:
    """Local complaints and the city's requests say the same: each request is one
    local complaint with the city's id and the same status."""
    with store.read() as session:
        local = {cid: (status, number) for cid, status, number in session.execute(
            select(Complaint.city_id, Complaint.status, Complaint.number))}
    server = {rid: (r.status, r.client_ref) for rid, r in city.state.requests.items()}
    assert set(server) == {cid for cid in local if cid is not None}
    for rid, (status, ref) in server.items():
        assert local[rid][0] == status, (rid, local[rid], status)
        if ref is not None:
            assert local[rid][1] == ref
