"""What staff see (summary, waiting, needs attention) and what a manager may
do about one operation: retry or discard, permission-checked and audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from localdb import outbox
from localdb.audit import verify
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError
from localdb.models import AuditEntry, Complaint, OutboxEntry, utcnow
from localdb.roles import Actor
from localdb.sync import actions, queue, state, status
from localdb.sync.types import OpResult, Outcome

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]


def _ops(store: Store, n: int) -> list[int]:
    with store.write() as session:
        entries = [outbox.enqueue(session, "complaint.resolve", "complaint", 42,
                                  {"number": "TS20261127-0001", "result": "已修好"}) for _ in range(n)]
        session.flush()
        ids = [e.id for e in entries]
        ops = queue.take_batch(session, n, utcnow())
        queue.mark_sent(session, ops, {op.id: "{}" for op in ops}, utcnow())
    return ids


def _reject(store: Store, ident: int) -> None:
    with store.write() as session:
        queue.record_results(session, [OpResult(ident, Outcome.REJECTED, "invalid", "result too long")],
                             utcnow())


def test_summary_counts_waiting_failed_and_the_offset(store: Store) -> None:
    a, b, c = _ops(store, 3)
    _reject(store, a)
    with store.write() as session:
        queue.record_results(session, [OpResult(b, Outcome.APPLIED)], utcnow())
        state.record_offset(session, timedelta(seconds=-86400), utcnow())
        state.record_round(session, at=utcnow(), ok=False, error="无法连接市平台：timeout", online=False)
    with store.read() as session:
        view = status.summary(session)
        attention = status.attention(session)
        waiting = status.waiting(session)
    assert (view.online, view.waiting, view.failed, view.last_success_at) == (False, 1, 1, None)
    assert view.last_error == "无法连接市平台：timeout"
    assert view.clock_offset == timedelta(days=-1)
    local = utcnow()
    assert view.server_now(local) == local - timedelta(days=1)
    assert [(o.id, o.state, o.label) for o in attention] == [
        (a, "rejected", "投诉 TS20261127-0001 · 办结")]
    assert attention[0].reason == "内容不符合市平台要求：result too long"
    assert [o.id for o in waiting] == [c]


def test_desk_staff_may_not_retry_or_discard(store: Store, desk_actor: Actor) -> None:
    (a,) = _ops(store, 1)
    _reject(store, a)
    for act in (lambda s: actions.retry(s, desk_actor, a), lambda s: actions.discard(s, desk_actor, a)):
        with pytest.raises(PermissionDenied), store.write() as session:
            act(session)
    with store.read() as session:
        assert session.get(OutboxEntry, a).state == "rejected"  # type: ignore[union-attr]


def test_manager_retries_under_the_same_key_and_it_is_audited(store: Store,
                                                             manager_actor: Actor) -> None:
    (a,) = _ops(store, 1)
    _reject(store, a)
    with store.read() as session:
        key = session.get(OutboxEntry, a).idempotency_key  # type: ignore[union-attr]
    with store.write() as session:
        assert actions.retry(session, manager_actor, a).sync
    with store.write() as session:
        taken = queue.take_batch(session, 10, utcnow())
    assert [(op.id, op.key) for op in taken] == [(a, key)]
    with store.read() as session:
        entry = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
        assert entry is not None and (entry.action, entry.actor_name) == ("sync.retry", "王强")
        assert verify(session).ok


def test_discard_is_final_audited_and_cannot_touch_a_confirmed_one(store: Store,
                                                                   manager_actor: Actor) -> None:
    a, b = _ops(store, 2)
    _reject(store, a)
    with store.write() as session:
        queue.record_results(session, [OpResult(b, Outcome.APPLIED)], utcnow())
    with store.write() as session:
        actions.discard(session, manager_actor, a, reason="重复录入")
    with pytest.raises(StoreError) as info, store.write() as session:
        actions.discard(session, manager_actor, b)
    assert info.value.code == "sync_not_actionable" and "已送达" in info.value.message
    with store.read() as session:
        assert session.get(OutboxEntry, a).state == "discarded"  # type: ignore[union-attr]
        assert status.attention(session) == [] and status.summary(session).failed == 0
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "sync.discard")).scalar_one()
        assert "重复录入" in entry.after


def test_discarding_the_last_unsettled_operation_adopts_the_citys_status(
        store: Store, manager_actor: Actor) -> None:
    from localdb.complaints import lifecycle
    from localdb.roles import SYSTEM
    from localdb.sync.types import PulledPage
    from tests.localdb.sync.test_inbound import apply, complaint, request

    apply(store, PulledPage((request(),), next_cursor="c1"))
    cid = complaint(store).id
    with store.write() as session:
        lifecycle.respond(session, SYSTEM, cid, note="已联系")
        (op,) = queue.take_batch(session, 10, utcnow())
        queue.mark_sent(session, [op], {op.id: "{}"}, utcnow())
    _reject(store, op.id)
    apply(store, PulledPage((request(revision=2, status="closed"),), next_cursor="c2"), "c1")
    assert complaint(store).status == "responded"  # ours is refused, still shown until decided
    with store.write() as session:
        changes = actions.discard(session, manager_actor, op.id)
    assert changes.complaints
    with store.read() as session:
        assert session.get(Complaint, cid).status == "closed"  # type: ignore[union-attr]
