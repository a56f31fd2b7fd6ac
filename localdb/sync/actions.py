"""A manager's hand on one operation: send a refused one again, or give it up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.errors import StoreError
from localdb.models import Complaint, OutboxEntry, utcnow
from localdb.roles import Actor, Permission
from localdb.sync import city_status
from localdb.sync.status import STATE_LABELS
from localdb.sync.types import OutboxState


def _entry(session: Session, entry_id: int) -> OutboxEntry:
    entry = session.get(OutboxEntry, entry_id, with_for_update=True)
    if entry is None:
        raise StoreError("not_found", what="同步操作", ident=entry_id)
    return entry


def _snapshot(e: OutboxEntry) -> dict[str, object]:
    return {"kind": e.kind, "key": e.idempotency_key, "state": e.state, "attempts": e.attempts,
            "reason_code": e.reason_code, "last_error": e.last_error}


def retry(session: Session, actor: Actor, entry_id: int, now: datetime | None = None) -> Changes:
    """Send a refused (or repeatedly failing) operation again at the next round,
    under the same key."""
    actor.require(Permission.MANAGE_SYNC)
    entry = _entry(session, entry_id)
    if entry.state not in (OutboxState.REJECTED, OutboxState.PENDING):
        raise StoreError("sync_not_actionable", state=STATE_LABELS.get(entry.state, entry.state),
                         action="重试")
    before = _snapshot(entry)
    entry.state = OutboxState.PENDING.value
    entry.next_attempt_at = None
    audit.record(session, actor, "sync.retry", "outbox", entry.id, before, _snapshot(entry))
    return Changes(sync=True)


def discard(session: Session, actor: Actor, entry_id: int, reason: str = "",
            now: datetime | None = None) -> Changes:
    """Give an operation up: the city never gets it. Its case then takes the
    city's status, if nothing else of it is waiting."""
    actor.require(Permission.MANAGE_SYNC)
    now = now or utcnow()
    entry = _entry(session, entry_id)
    if entry.state not in (OutboxState.REJECTED, OutboxState.PENDING):
        raise StoreError("sync_not_actionable", state=STATE_LABELS.get(entry.state, entry.state),
                         action="放弃")
    before = _snapshot(entry)
    entry.state = OutboxState.DISCARDED.value
    entry.next_attempt_at = None
    audit.record(session, actor, "sync.discard", "outbox", entry.id, before,
                 {**_snapshot(entry), "reason": reason.strip()[:200]})
    changes = Changes(sync=True)
    if entry.entity == "complaint" and entry.entity_id.isdigit():
        session.flush()
        complaint = session.get(Complaint, int(entry.entity_id))
        if complaint is not None and city_status.reconcile(session, [complaint], now):
            changes = changes | Changes(complaints=True)
    return changes
