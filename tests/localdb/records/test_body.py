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


def test_a_money_table_that_no_longer_adds_up_is_not_submitted_or_published(
        store: Store, desk_actor: Actor, manager_actor: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    import localdb.money
    from localdb.errors import ValidationError

    broken: set[int] = set()

    def check_table(session: Session, record_id: int) -> None:
        if record_id in broken:
            raise ValidationError("required", field="金额")

    monkeypatch.setattr(localdb.money, "check_table", check_table)
    with store.write() as s:
        rid = lifecycle.create_draft(s, desk_actor, RecordDraft(
            category_code="finance", disclosure_item_code="commission_fund", title="10月酬金制收支",
            period_start=date(2026, 10, 1), period_end=date(2026, 10, 31)), T0)
    broken.add(rid)
    with pytest.raises(ValidationError), store.write() as s:
        lifecycle.submit(s, desk_actor, rid, T0)
    broken.clear()
    with store.write() as s:
        lifecycle.submit(s, desk_actor, rid, T0)
    broken.add(rid)  # e.g. an earlier month was corrected while this one waited for review
    with pytest.raises(ValidationError), store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0)
    broken.clear()
    with store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0)
