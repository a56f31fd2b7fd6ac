"""The intake form's draft: its fields as JSON in ``complaint_draft``, one per
user, so a half-typed complaint survives a closed dialog, a lock or a crash.
Drafts are the user's scratch paper: not audited, not synced."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from localdb.engine import Store
from localdb.models import ComplaintDraft, utcnow

Draft = dict[str, Any]


def save_job(user_id: int, data: Draft) -> Callable[[Store], None]:
    text = json.dumps(data, ensure_ascii=False)

    def job(store: Store) -> None:
        with store.write() as session:
            row = session.get(ComplaintDraft, user_id)
            if row is None:
                session.add(ComplaintDraft(user_id=user_id, data=text, saved_at=utcnow()))
            else:
                row.data = text
                row.saved_at = utcnow()

    return job


def load_job(user_id: int) -> Callable[[Store], Draft | None]:
    def job(store: Store) -> Draft | None:
        with store.read() as session:
            row = session.get(ComplaintDraft, user_id)
            if row is None:
                return None
            try:
                data = json.loads(row.data)
            except ValueError:
                return None  # a damaged draft is not worth an error
            return data if isinstance(data, dict) else None

    return job


def delete_job(user_id: int) -> Callable[[Store], None]:
    def job(store: Store) -> None:
        with store.write() as session:
            row = session.get(ComplaintDraft, user_id)
            if row is not None:
                session.delete(row)

    return job
