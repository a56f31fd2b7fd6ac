"""Queue an operation for the city system in the writer's transaction."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from localdb.models import OutboxEntry, utcnow


def enqueue(session: Session, kind: str, entity: str, entity_id: object,
            payload: Mapping[str, Any]) -> OutboxEntry:
    entry = OutboxEntry(
        idempotency_key=str(uuid.uuid4()),
        kind=kind,
        entity=entity,
        entity_id=str(entity_id),
        payload=json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
        created_at=utcnow(),
    )
    session.add(entry)
    return entry
