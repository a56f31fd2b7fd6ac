"""Draining the outbox: the next batch in order per case, marking it sent,
and the server's answer for each operation.

A *case* is the entity an operation is about (one complaint). Its operations
go oldest first; one that waits for a retry holds back only the later ones of
its own case. A refused operation holds back nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Table, bindparam, or_, select, update
from sqlalchemy.orm import Session

from localdb import audit
from localdb.models import Complaint, OutboxEntry
from localdb.roles import SYSTEM
from localdb.sync import city_status, state
from localdb.sync.types import UNCONFIRMED, OpResult, OutboxState, Outcome, QueuedOp, RecordSummary

#: An operation handed to the network is left to its sender this long (a
#: request's timeout); after that another round — or another PC — sends it again.
LEASE = timedelta(seconds=30)
#: No retry waits longer; a later time means the clock was set back.
MAX_WAIT = timedelta(hours=1)
_CHUNK = 500
_TABLE: Table = OutboxEntry.__table__  # type: ignore[assignment]  # Core updates with a WHERE


def _state_in(*states: str) -> ColumnElement[bool]:
    """``state IN (...)`` that executemany accepts (no expanding parameter)."""
    return or_(*(_TABLE.c.state == s for s in states))


def _due(row_state: str, next_attempt_at: datetime | None, sent_at: datetime | None,
         now: datetime, lease: timedelta) -> bool:
    if row_state == OutboxState.SENT:
        # In flight unless its lease ran out (or the clock moved under it).
        return sent_at is None or not (now - lease < sent_at <= now + lease)
    if next_attempt_at is None:
        return True
    return next_attempt_at <= now or next_attempt_at > now + MAX_WAIT


def take_batch(session: Session, limit: int, now: datetime, *,
               lease: timedelta = LEASE) -> list[QueuedOp]:
    """Up to ``limit`` operations due now, oldest first, keeping each case's order.
    Call in a write transaction and mark them sent in the same one."""
    state.get_state(session, lock=True)  # one claimer at a time across PCs (PostgreSQL)
    cols = (OutboxEntry.id, OutboxEntry.idempotency_key, OutboxEntry.kind, OutboxEntry.entity,
            OutboxEntry.entity_id, OutboxEntry.payload, OutboxEntry.created_at,
            OutboxEntry.attempts, OutboxEntry.body, OutboxEntry.state,
            OutboxEntry.next_attempt_at, OutboxEntry.sent_at)
    blocked: set[tuple[str, str]] = set()
    taken: list[QueuedOp] = []
    last_id = 0
    chunk = max(2 * limit, 100)
    while len(taken) < limit:
        rows = session.execute(
            select(*cols).where(OutboxEntry.state.in_(UNCONFIRMED), OutboxEntry.id > last_id)
            .order_by(OutboxEntry.id).limit(chunk)).all()
        if not rows:
            break
        for (ident, key, kind, entity, entity_id, payload, created, attempts, body, row_state,
             next_at, sent_at) in rows:
            last_id = ident
            case = (entity, entity_id)
            if case in blocked:
                continue
            if not _due(row_state, next_at, sent_at, now, lease):
                blocked.add(case)  # its later operations wait with it
                continue
            taken.append(QueuedOp(ident, key, kind, entity, entity_id, json.loads(payload),
                                  created, attempts, body))
            if len(taken) >= limit:
                break
    return taken


def mark_sent(session: Session, ops: Sequence[QueuedOp], bodies: Mapping[int, str],
              now: datetime) -> None:
    """Before sending: count the attempt and freeze each body, so a retry after
    a crash sends the same payload under the same key."""
    if not ops:
        return
    session.execute(update(OutboxEntry), [
        {"id": op.id, "state": OutboxState.SENT.value, "sent_at": now, "attempts": op.attempts + 1,
         "body": bodies.get(op.id, op.body)} for op in ops])


def release(session: Session, ops: Sequence[QueuedOp], retry_at: datetime, error: str) -> None:
    """The batch did not get through (network, 5xx, 429): back to pending, to be
    sent again — with the same keys — not before ``retry_at``."""
    if not ops:
        return
    table = _TABLE
    session.execute(
        update(table).where(table.c.id == bindparam("b_id"),
                            table.c.state == OutboxState.SENT.value)
        .values(state=OutboxState.PENDING.value, next_attempt_at=retry_at, last_error=error[:2000]),
        [{"b_id": op.id} for op in ops])


def record_results(session: Session, results: Sequence[OpResult], now: datetime) -> RecordSummary:
    """The answer for each operation, in one transaction with what it tells
    about the cases (the city's id, revision and status)."""
    if not results:
        return RecordSummary()
    table = _TABLE
    confirmed = [r for r in results if r.outcome in (Outcome.APPLIED, Outcome.REPLAYED)]
    rejected = [r for r in results if r.outcome is Outcome.REJECTED]
    retryable = [r for r in results if r.outcome is Outcome.RETRYABLE]
    if confirmed:  # the server's word beats a refusal recorded by another PC
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"),
                                _state_in(*UNCONFIRMED, OutboxState.REJECTED.value))
            .values(state=OutboxState.APPLIED.value, result=bindparam("b_result"),
                    server_id=bindparam("b_server"), confirmed_at=now, reason_code="", last_error="",
                    next_attempt_at=None),
            [{"b_id": r.entry_id, "b_result": r.outcome.value, "b_server": r.server_id}
             for r in confirmed])
    if rejected:
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"), _state_in(*UNCONFIRMED))
            .values(state=OutboxState.REJECTED.value, result=Outcome.REJECTED.value,
                    reason_code=bindparam("b_code"), last_error=bindparam("b_message"),
                    next_attempt_at=None),
            [{"b_id": r.entry_id, "b_code": r.reason_code[:40], "b_message": r.message[:2000]}
             for r in rejected])
    if retryable:
        session.execute(
            update(table).where(table.c.id == bindparam("b_id"), _state_in(*UNCONFIRMED))
            .values(state=OutboxState.PENDING.value, result=Outcome.RETRYABLE.value,
                    reason_code=bindparam("b_code"), last_error=bindparam("b_message"),
                    next_attempt_at=bindparam("b_retry")),
            [{"b_id": r.entry_id, "b_code": r.reason_code[:40], "b_message": r.message[:2000],
              "b_retry": r.retry_at or now} for r in retryable])
    adopted = _learn_cases(session, results, now)
    if rejected:
        audit.record(session, SYSTEM, "sync.rejected", "outbox", "",
                     None, {"operations": [{"id": r.entry_id, "code": r.reason_code} for r in rejected]})
    return RecordSummary(len(confirmed), len(rejected), len(retryable), adopted)


def _learn_cases(session: Session, results: Sequence[OpResult], now: datetime) -> int:
    """What the answers say about the complaints: the city's id for a new one,
    the latest revision and status; then adopt where nothing is unsettled.
    Plain columns and one bulk update: a batch answers for a thousand cases."""
    by_entry = {r.entry_id: r for r in results if r.outcome in (Outcome.APPLIED, Outcome.REPLAYED)}
    complaint_of: dict[int, int] = {}
    ids = list(by_entry)
    for start in range(0, len(ids), _CHUNK):
        for entry_id, entity, entity_id in session.execute(
                select(OutboxEntry.id, OutboxEntry.entity, OutboxEntry.entity_id)
                .where(OutboxEntry.id.in_(ids[start:start + _CHUNK]))):
            if entity == "complaint" and entity_id.isdigit():
                complaint_of[entry_id] = int(entity_id)
    if not complaint_of:
        return 0
    current: dict[int, list[object]] = {}
    wanted = sorted(set(complaint_of.values()))
    for start in range(0, len(wanted), _CHUNK):
        for ident, city_id, revision, city_state, local in session.execute(
                select(Complaint.id, Complaint.city_id, Complaint.city_revision, Complaint.city_status,
                       Complaint.status).where(Complaint.id.in_(wanted[start:start + _CHUNK]))):
            current[ident] = [city_id, revision, city_state, local]
    changed: dict[int, dict[str, object]] = {}
    for entry_id in sorted(complaint_of, key=lambda e: by_entry[e].revision or 0):
        result, row = by_entry[entry_id], current.get(complaint_of[entry_id])
        if row is None:
            continue
        ident = complaint_of[entry_id]
        if row[0] is None and result.city_id and not _city_id_taken(session, result.city_id):
            row[0] = result.city_id
            changed.setdefault(ident, {})["city_id"] = result.city_id
        if result.revision is not None and result.revision > int(row[1] or 0):  # type: ignore[call-overload]
            row[1], row[2] = result.revision, result.city_status or row[2]
            changed.setdefault(ident, {}).update(city_revision=row[1], city_status=row[2])
    if changed:
        session.execute(update(Complaint), [{"id": ident, **values} for ident, values in changed.items()])
    differ = [ident for ident, row in current.items() if row[2] is not None and row[2] != row[3]]
    if not differ:
        return 0
    complaints = session.execute(select(Complaint).where(Complaint.id.in_(differ))).scalars().all()
    return city_status.reconcile(session, complaints, now)


def _city_id_taken(session: Session, city_id: str) -> bool:
    return session.execute(select(Complaint.id).where(Complaint.city_id == city_id)).first() is not None
