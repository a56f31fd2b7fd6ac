"""The disclosure-management lists: my drafts with the return reason, the
review queue, the published list by category and period, a draft's form."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from localdb.engine import Store
from localdb.errors import StoreError
from localdb.records import lifecycle, worklist
from localdb.records.lifecycle import RecordDraft
from localdb.records.worklist import PublishedFilter
from localdb.roles import Actor

T0 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


def income(m: int) -> RecordDraft:
    end = (date(2026, m + 1, 1) - timedelta(days=1)) if m < 12 else date(2026, 12, 31)
    return RecordDraft(category_code="finance", disclosure_item_code="common_income",
                       title=f"2026年{m}月共有部分经营收益", period_start=date(2026, m, 1), period_end=end,
                       tags=("收益", "停车"), common_parts=True)


RULES = RecordDraft(category_code="rules", subcategory_code="procedures", title="装修管理规定",
                    body_text="第一条……")


def _write(store: Store, fn: object) -> int:
    with store.write() as s:
        return fn(s)  # type: ignore[operator, no-any-return]


def test_lists_follow_the_life_cycle(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    a = _write(store, lambda s: lifecycle.create_draft(s, desk_actor, income(8), T0))
    b = _write(store, lambda s: lifecycle.create_draft(s, desk_actor, income(9), T0 + timedelta(minutes=1)))
    c = _write(store, lambda s: lifecycle.create_draft(s, manager_actor, RULES, T0))
    with store.write() as s:
        lifecycle.submit(s, desk_actor, a, T0 + timedelta(minutes=2))
        lifecycle.submit(s, desk_actor, b, T0 + timedelta(minutes=3))
    with store.write() as s:
        lifecycle.return_to_author(s, manager_actor, b, "期间写错了", T0 + timedelta(minutes=4))
        lifecycle.publish(s, manager_actor, a, T0 + timedelta(minutes=5))
    with store.read() as s:
        mine = worklist.drafts(s, desk_actor.user_id)
        theirs = worklist.drafts(s, manager_actor.user_id)
        queue = worklist.waiting(s)
        done = worklist.published(s)
    assert [(d.id, d.returned_reason) for d in mine] == [(b, "期间写错了")]
    assert mine[0].item_code == "common_income" and mine[0].category_name == "财务管理"
    assert [d.id for d in theirs] == [c]
    assert queue == []
    assert [(d.id, d.state, d.author_name, d.reviewer_name != "") for d in done.items] == \
        [(a, "published", desk_actor.name, True)]
    assert done.total == 1


def test_waiting_is_oldest_first_and_published_filters(store: Store, desk_actor: Actor,
                                                       manager_actor: Actor) -> None:
    ids = {}
    for m in (6, 7, 8):
        rid = _write(store, lambda s, m=m: lifecycle.create_draft(s, desk_actor, income(m), T0))
        with store.write() as s:
            lifecycle.submit(s, desk_actor, rid, T0 + timedelta(minutes=10 - m))
        ids[m] = rid
    with store.read() as s:
        assert [w.id for w in worklist.waiting(s)] == [ids[8], ids[7], ids[6]]
    with store.write() as s:
        for m in (6, 7, 8):
            lifecycle.publish(s, manager_actor, ids[m], T0 + timedelta(hours=m))
        lifecycle.withdraw(s, manager_actor, ids[6], "数据有误", T0 + timedelta(hours=9))
    rules = _write(store, lambda s: lifecycle.create_draft(s, desk_actor, RULES, T0))
    with store.write() as s:
        lifecycle.submit(s, desk_actor, rules, T0)
        lifecycle.publish(s, manager_actor, rules, T0 + timedelta(hours=10))
    with store.read() as s:
        everything = worklist.published(s)
        finance_july = worklist.published(s, PublishedFilter(
            category_code="finance", period_from=date(2026, 7, 1), period_to=date(2026, 7, 31)))
        withdrawn = worklist.published(s, PublishedFilter(states=("withdrawn",)))
        first_two = worklist.published(s, PublishedFilter(limit=2))
    assert [w.id for w in everything.items] == [rules, ids[8], ids[7], ids[6]]
    assert [w.id for w in finance_july.items] == [ids[7]] and finance_july.total == 1
    assert [(w.id, w.withdrawn_reason) for w in withdrawn.items] == [(ids[6], "数据有误")]
    assert len(first_two.items) == 2 and first_two.total == 4


def test_draft_form_and_the_open_record_of_an_item(store: Store, desk_actor: Actor) -> None:
    rid = _write(store, lambda s: lifecycle.create_draft(s, desk_actor, income(10), T0))
    with store.read() as s:
        form = worklist.draft_form(s, rid)
        found = worklist.open_record_for(s, "common_income", date(2026, 10, 1), date(2026, 10, 31))
        other_month = worklist.open_record_for(s, "common_income", date(2026, 9, 1), date(2026, 9, 30))
        one = worklist.item(s, rid)
        with pytest.raises(StoreError):
            worklist.draft_form(s, rid + 100)
        with pytest.raises(StoreError):
            worklist.item(s, rid + 100)
    assert (form.category_code, form.subcategory_code, form.disclosure_item_code) == \
        ("finance", "common_income", "common_income")
    assert (form.body_kind, form.tags, form.common_parts, form.attachments) == \
        ("money_common_income", ("停车", "收益"), True, ())
    assert found == (rid, "draft") and other_month is None
    assert (one.id, one.state, one.item_name) == (rid, "draft", "业主共有部分的经营与收益情况")
