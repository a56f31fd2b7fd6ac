"""Record life cycle: review by someone else, corrections as new versions,
withdrawal with a reason, every step audited and publishing queued for the city."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from localdb import audit
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.models import AuditEntry, OutboxEntry, Record, RecordTag
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import KIOSK, Actor

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)

CONTRACT = RecordDraft(
    category_code="contracts", subcategory_code="service_contract",
    disclosure_item_code="service_contract", title="阳光花园前期物业服务合同",
    summary="2024—2027 年物业服务合同全文", body_text="第一条 物业基本情况……",
    tags=("合同", " 物业服务 ", "合同"),
)


def draft(store: Store, author: Actor, data: RecordDraft = CONTRACT) -> int:
    with store.write() as s:
        return lifecycle.create_draft(s, author, data, T0)


def published(store: Store, author: Actor, reviewer: Actor, data: RecordDraft = CONTRACT) -> int:
    rid = draft(store, author, data)
    with store.write() as s:
        lifecycle.submit(s, author, rid, T0 + timedelta(minutes=5))
    with store.write() as s:
        lifecycle.publish(s, reviewer, rid, T0 + timedelta(minutes=10))
    return rid


def row(store: Store, rid: int) -> Record:
    with store.read() as s:
        r = s.get(Record, rid)
        assert r is not None
        s.expunge(r)
        return r


def test_draft_takes_defaults_from_catalogue(store: Store, desk_actor: Actor) -> None:
    rid = draft(store, desk_actor, RecordDraft(
        category_code="finance", disclosure_item_code="common_income", title="2026年10月共有部分经营收益",
        period_start=date(2026, 10, 1), period_end=date(2026, 10, 31)))
    r = row(store, rid)
    assert (r.state, r.version, r.series_id, r.author_id) == ("draft", 1, rid, desk_actor.user_id)
    assert r.body_kind == "money_common_income"  # from the item's sub-category
    assert r.subcategory_id is not None
    rid2 = draft(store, desk_actor)
    with store.read() as s:
        assert list(s.execute(select(RecordTag.tag).where(RecordTag.record_id == rid2)
                              .order_by(RecordTag.tag)).scalars()) == sorted(["合同", "物业服务"])


@pytest.mark.parametrize(("data", "code"), [
    (RecordDraft(category_code="nope", title="x"), "record_unknown_category"),
    (RecordDraft(category_code="contracts", subcategory_code="cleaning", title="x"),
     "record_unknown_subcategory"),
    (RecordDraft(category_code="contracts", disclosure_item_code="common_income", title="x"),
     "record_item_mismatch"),
    (RecordDraft(category_code="contracts", title="  "), "required"),
    (RecordDraft(category_code="contracts", title="x", period_start=date(2026, 2, 1),
                 period_end=date(2026, 1, 1)), "record_period_order"),
    (RecordDraft(category_code="contracts", title="x", body_kind="spreadsheet"), "record_bad_body_kind"),
    (RecordDraft(category_code="contracts", title="x", tags=("很" * 31,)), "record_tag_too_long"),
])
def test_bad_drafts_are_refused_with_a_reason(store: Store, desk_actor: Actor, data: RecordDraft,
                                              code: str) -> None:
    with pytest.raises(ValidationError) as err, store.write() as s:
        lifecycle.create_draft(s, desk_actor, data, T0)
    assert err.value.code == code
    assert err.value.message  # a Chinese template exists for it


def test_author_cannot_publish_own_record(store: Store, manager_actor: Actor, desk_actor: Actor) -> None:
    rid = draft(store, manager_actor)
    with store.write() as s:
        lifecycle.submit(s, manager_actor, rid, T0)
    with pytest.raises(StoreError) as err, store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0)
    assert err.value.code == "record_own_review"
    assert row(store, rid).state == "submitted"
    with pytest.raises(PermissionDenied), store.write() as s:  # desk staff may not review at all
        lifecycle.publish(s, desk_actor, rid, T0)


def test_publish_needs_submission_and_is_queued_with_audit(store: Store, desk_actor: Actor,
                                                           manager_actor: Actor) -> None:
    rid = draft(store, desk_actor)
    with pytest.raises(StoreError) as err, store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0)
    assert err.value.code == "record_bad_state"
    with store.write() as s:
        lifecycle.submit(s, desk_actor, rid, T0)
    with store.write() as s:
        lifecycle.publish(s, manager_actor, rid, T0 + timedelta(hours=1))
    r = row(store, rid)
    assert (r.state, r.reviewer_id, r.published_at) == ("published", manager_actor.user_id,
                                                        T0 + timedelta(hours=1))
    with store.read() as s:
        entries = s.execute(select(OutboxEntry)
                            .where(OutboxEntry.kind == "disclosure.publish")).scalars().all()
        assert [e.entity_id for e in entries] == [str(rid)]
        payload = json.loads(entries[0].payload)
        assert payload["title"] == CONTRACT.title and payload["category"] == "contracts"
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.entity == "record")
                                 .order_by(AuditEntry.seq)).scalars())
        assert actions == ["record.create", "record.submit", "record.publish"]
        assert audit.verify(s).ok


def test_published_record_is_not_edited_in_place(store: Store, desk_actor: Actor,
                                                 manager_actor: Actor) -> None:
    rid = published(store, desk_actor, manager_actor)
    with pytest.raises(StoreError) as err, store.write() as s:
        lifecycle.update_draft(s, desk_actor, rid, CONTRACT, T0)
    assert err.value.code == "record_bad_state"
    assert row(store, rid).title == CONTRACT.title


def test_correction_is_a_new_version_and_both_stay_visible(store: Store, desk_actor: Actor,
                                                           manager_actor: Actor) -> None:
    rid = published(store, desk_actor, manager_actor)
    with store.write() as s:
        new_id = lifecycle.start_correction(s, desk_actor, rid, T0 + timedelta(days=1))
    with pytest.raises(StoreError) as err, store.write() as s:  # one open correction at a time
        lifecycle.start_correction(s, desk_actor, rid, T0)
    assert err.value.code == "record_correction_open"
    fixed = RecordDraft(**{**CONTRACT.__dict__, "title": "阳光花园前期物业服务合同（更正）"})
    with store.write() as s:
        lifecycle.update_draft(s, desk_actor, new_id, fixed, T0 + timedelta(days=1))
        lifecycle.submit(s, desk_actor, new_id, T0 + timedelta(days=1))
    assert row(store, rid).state == "published"  # until the correction is published
    with store.write() as s:
        lifecycle.publish(s, manager_actor, new_id, T0 + timedelta(days=2))
    old, new = row(store, rid), row(store, new_id)
    assert (old.state, old.version, old.title, old.superseded_at) == (
        "superseded", 1, CONTRACT.title, T0 + timedelta(days=2))
    assert (new.state, new.version, new.series_id, new.supersedes_id) == ("published", 2, rid, rid)
    with store.read() as s:
        versions = s.execute(select(Record.version, Record.state).where(Record.series_id == rid)
                             .order_by(Record.version)).all()
        assert [tuple(v) for v in versions] == [(1, "superseded"), (2, "published")]
        new_tags = set(s.execute(select(RecordTag.tag).where(RecordTag.record_id == new_id)).scalars())
        assert new_tags == {"合同", "物业服务"}
        actions = list(s.execute(select(AuditEntry.action).where(AuditEntry.entity == "record")
                                 .order_by(AuditEntry.seq)).scalars())
        assert actions[-4:] == ["record.update", "record.submit", "record.publish", "record.supersede"]
        assert audit.verify(s).ok


def test_withdraw_needs_a_reason(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = published(store, desk_actor, manager_actor)
    with pytest.raises(ValidationError) as err, store.write() as s:
        lifecycle.withdraw(s, manager_actor, rid, "   ", T0)
    assert err.value.code == "required" and err.value.field == "撤回原因"
    assert row(store, rid).state == "published"
    with store.write() as s:
        lifecycle.withdraw(s, manager_actor, rid, "合同附件有误，核对后重新公开", T0 + timedelta(days=3))
    r = row(store, rid)
    assert (r.state, r.withdrawn_reason, r.withdrawn_at) == (
        "withdrawn", "合同附件有误，核对后重新公开", T0 + timedelta(days=3))
    with pytest.raises(StoreError), store.write() as s:  # a withdrawn record cannot be corrected
        lifecycle.start_correction(s, desk_actor, rid, T0)
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(OutboxEntry)
                         .where(OutboxEntry.kind == "disclosure.withdraw")).scalar_one() == 1
        assert audit.verify(s).ok


def test_return_to_author_and_resubmit(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = draft(store, desk_actor)
    with store.write() as s:
        lifecycle.submit(s, desk_actor, rid, T0)
    with pytest.raises(ValidationError), store.write() as s:
        lifecycle.return_to_author(s, manager_actor, rid, "", T0)
    with store.write() as s:
        lifecycle.return_to_author(s, manager_actor, rid, "请补充合同附件", T0)
    r = row(store, rid)
    assert (r.state, r.returned_reason) == ("draft", "请补充合同附件")
    with store.write() as s:
        lifecycle.update_draft(s, desk_actor, rid, CONTRACT, T0)
        lifecycle.submit(s, desk_actor, rid, T0)
    assert row(store, rid).state == "submitted" and row(store, rid).returned_reason == ""


def test_periodic_item_needs_a_period_to_submit(store: Store, desk_actor: Actor) -> None:
    rid = draft(store, desk_actor, RecordDraft(category_code="work", disclosure_item_code="cleaning",
                                               title="保洁作业记录"))
    with pytest.raises(ValidationError) as err, store.write() as s:
        lifecycle.submit(s, desk_actor, rid, T0)
    assert err.value.code == "record_period_needed"


def test_discard_draft_only(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = published(store, desk_actor, manager_actor)
    with store.write() as s:
        new_id = lifecycle.start_correction(s, desk_actor, rid, T0)
    with store.write() as s:
        lifecycle.discard_draft(s, desk_actor, new_id, T0)
    with pytest.raises(StoreError), store.write() as s:
        lifecycle.discard_draft(s, desk_actor, rid, T0)
    with store.read() as s:
        assert s.get(Record, new_id) is None
        assert audit.verify(s).ok
    with store.write() as s:  # a new correction may start again
        assert lifecycle.start_correction(s, desk_actor, rid, T0) != rid


def test_kiosk_cannot_write_records(store: Store) -> None:
    with pytest.raises(PermissionDenied), store.write() as s:
        lifecycle.create_draft(s, KIOSK, CONTRACT, T0)
