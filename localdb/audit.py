"""Hash-chained audit log: append in the writer's transaction, verify later.

Each entry's hash covers its own fields and the previous entry's hash, so
altering any entry breaks its own hash and deleting one breaks the next
entry's link (or, for the last, the head row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import AuditEntry, AuditHead, utcnow
from localdb.roles import Actor

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    *,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor_name: str,
    actor_role: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    body = canonical(
        [seq, at.isoformat(), actor_id, actor_name, actor_role, action, entity, entity_id,
         before, after, prev_hash]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction.

    The head row is locked (``FOR UPDATE`` on PostgreSQL; SQLite writers are
    already serialised by ``BEGIN IMMEDIATE``) so concurrent writers chain
    one after the other.
    """
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    fields: dict[str, Any] = {
        "seq": head.seq + 1,
        "at": utcnow(),
        "actor_id": actor.user_id,
        "actor_name": actor.name,
        "actor_role": actor.role.value,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "before": canonical(before),
        "after": canonical(after),
        "prev_hash": head.hash,
    }
    entry = AuditEntry(**fields, hash=entry_hash(**fields))
    session.add(entry)
    head.seq = entry.seq
    head.hash = entry.hash
    session.flush()
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    bad_seq: int | None = None
    reason: str = ""


def verify(session: Session) -> VerifyResult:
    """Walk the chain from the start; name the first entry that does not hold."""
    rows = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    )
    try:  # an early return must close PostgreSQL's server-side cursor
        return _walk(session, rows.scalars())
    finally:
        rows.close()


def _walk(session: Session, entries: Iterable[AuditEntry]) -> VerifyResult:
    prev_hash = GENESIS
    expected = 1
    checked = 0
    for entry in entries:
        if entry.seq != expected:
            return VerifyResult(False, checked, expected, f"第 {expected} 条记录缺失（已被删除）")
        if entry.prev_hash != prev_hash:
            return VerifyResult(False, checked, entry.seq, f"第 {entry.seq} 条记录与上一条的链接不符")
        recomputed = entry_hash(
            seq=entry.seq,
            at=entry.at,
            actor_id=entry.actor_id,
            actor_name=entry.actor_name,
            actor_role=entry.actor_role,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            before=entry.before,
            after=entry.after,
            prev_hash=entry.prev_hash,
        )
        if recomputed != entry.hash:
            return VerifyResult(False, checked, entry.seq, f"第 {entry.seq} 条记录的内容已被修改")
        prev_hash = entry.hash
        expected += 1
        checked += 1
    head = session.get(AuditHead, 1)
    if head is None or head.seq != checked or head.hash != prev_hash:
        return VerifyResult(False, checked, checked + 1, f"第 {checked + 1} 条及之后的记录缺失（已被删除）")
    return VerifyResult(True, checked)
