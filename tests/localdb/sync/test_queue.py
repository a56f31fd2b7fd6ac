"""The outbox drained in order per case: what is taken, what waits, and how
each answer is recorded."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from localdb import outbox
from localdb.engine import Store
from localdb.models import OutboxEntry, utcnow
from localdb.sync import queue
from localdb.sync.types import OpResult, OutboxState, Outcome

pytestmark = pytest.mark.store


def _enqueue(store: Store, *cases: str) -> list[int]:
    ids = []
    with store.write() as session:
        for case in cases:
            entry = outbox.enqueue(session, "complaint.note", "complaint", case, {"note": case})
            session.flush()
            ids.append(entry.id)
    return ids


def _take(store: Store, limit: int = 10, **kw: object) -> list[int]:
    with store.write() as session:
        ops = queue.take_batch(session, limit, kw.pop("now", utcnow()), **kw)  # type: ignore[arg-type]
        queue.mark_sent(session, ops, {op.id: json.dumps({"n": op.id}) for op in ops}, utcnow())
    return [op.id for op in ops]


def _record(store: Store, *results: OpResult) -> None:
    with store.write() as session:
        queue.record_results(session, list(results), utcnow())


def _row(store: Store, ident: int) -> OutboxEntry:
    with store.read() as session:
        return session.execute(select(OutboxEntry).where(OutboxEntry.id == ident)).scalar_one()


def test_batch_is_oldest_first_and_limited(store: Store) -> None:
    ids = _enqueue(store, "1", "2", "1", "3")
    assert _take(store, limit=3) == ids[:3]
    # Marked sent: in flight, not taken again while its lease runs.
    assert _take(store) == [ids[3]]


def test_a_case_waiting_for_retry_holds_back_only_its_own_later_operations(store: Store) -> None:
    a1, b1, a2, b2 = _enqueue(store, "A", "B", "A", "B")
    assert _take(store, limit=1) == [a1]
    later = utcnow() + timedelta(minutes=5)
    _record(store, OpResult(a1, Outcome.RETRYABLE, "server_error", "boom", retry_at=later))
    assert _take(store) == [b1, b2]  # A waits: a2 must not overtake a1
    _record(store, OpResult(b1, Outcome.APPLIED), OpResult(b2, Outcome.APPLIED))
    assert _take(store, now=later + timedelta(seconds=1)) == [a1, a2]


def test_rejected_operation_blocks_nothing_and_keeps_its_reason(store: Store) -> None:
    a1, a2 = _enqueue(store, "A", "A")
    assert _take(store, limit=1) == [a1]
    _record(store, OpResult(a1, Outcome.REJECTED, "invalid", "title is required"))
    assert _take(store) == [a2]
    row = _row(store, a1)
    assert (row.state, row.reason_code, row.last_error) == ("rejected", "invalid", "title is required")


def test_confirmed_operation_keeps_its_key_and_server_id(store: Store) -> None:
    (a1,) = _enqueue(store, "A")
    key = _row(store, a1).idempotency_key
    _take(store)
    _record(store, OpResult(a1, Outcome.REPLAYED, server_id="U-000001"))
    row = _row(store, a1)
    assert (row.state, row.result, row.server_id, row.idempotency_key) == (
        "applied", "replayed", "U-000001", key)
    assert row.attempts == 1 and row.confirmed_at is not None
    assert _take(store) == []


def test_sent_operation_is_sent_again_after_its_lease_with_the_same_frozen_body(store: Store) -> None:
    (a1,) = _enqueue(store, "A")
    _take(store)
    body = _row(store, a1).body
    with store.write() as session:
        again = queue.take_batch(session, 10, utcnow() + queue.LEASE + timedelta(seconds=1))
    assert [(op.id, op.body, op.attempts) for op in again] == [(a1, body, 1)]


def test_retry_time_far_ahead_means_the_clock_went_back(store: Store) -> None:
    (a1,) = _enqueue(store, "A")
    _take(store)
    _record(store, OpResult(a1, Outcome.RETRYABLE, "busy", "",
                            retry_at=utcnow() + queue.MAX_WAIT + timedelta(days=1)))
    assert _take(store) == [a1]


def test_release_puts_a_failed_batch_back_to_pending(store: Store) -> None:
    ids = _enqueue(store, "A", "B")
    _take(store)
    soon = utcnow() + timedelta(seconds=30)
    with store.write() as session:
        ops = queue.take_batch(session, 10, utcnow() + timedelta(hours=2))  # lease over
        queue.release(session, ops, soon, "无法连接市平台")
    assert {_row(store, i).state for i in ids} == {OutboxState.PENDING.value}
    assert _take(store) == []
    assert _take(store, now=soon) == ids
