"""A correction takes its table rows along through the copiers table kinds register."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from localdb.engine import Store
from localdb.records import body, lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor

T0 = datetime(2026, 11, 3, 2, 0, tzinfo=UTC)


def test_correction_runs_the_matching_copier(store: Store, desk_actor: Actor, manager_actor: Actor,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int, int]] = []
    monkeypatch.setattr(body, "_copiers", {})
    body.register_copier("money_common", lambda s, old, new: calls.append(("money", old, new)))
    body.register_copier("work_clean", lambda s, old, new: calls.append(("work", old, new)))
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk_actor, RecordDraft(
            category_code="finance", disclosure_item_code="common_income", title="10月共有部分经营收益",
            period_start=date(2026, 10, 1), period_end=date(2026, 10, 31)), T0)
        lifecycle.submit(s, desk_actor, rid, T0)
        lifecycle.publish(s, manager_actor, rid, T0)
        new_id = lifecycle.start_correction(s, desk_actor, rid, T0)
    assert calls == [("money", rid, new_id)]


def test_a_document_copies_no_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(body, "_copiers", {"": lambda s, old, new: calls.append(old)})

    class NoSession(Session):
        pass

    body.copy_body(NoSession(), body.DOCUMENT, 1, 2)
    assert calls == []
    assert body.is_table("work_cleaning") and not body.is_table("document")
