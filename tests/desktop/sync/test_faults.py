"""The fault-injection suite against the reference city server: each case
ends with exactly-once on the server and nothing lost locally."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import URL

from desktop.sync.backoff import Backoff
from localdb import outbox
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.models import Blob, Complaint, OutboxEntry, utcnow
from localdb.records import attachments, lifecycle
from localdb.records.files import FileStore
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor
from localdb.sync import state, status
from tests.citysim import CitySim
from tests.desktop.sync.helpers import (
    Clock,
    assert_agree,
    assert_all_applied,
    assert_exactly_once,
    client,
    note,
    outbox_states,
    resolve,
    respond,
    walk_in,
)

WAIT = Backoff(base=30.0, cap=30.0)  # a retryable operation waits for a later round


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """SQLite only: what differs between backends (locks, numbering, the cursor's
    transaction) is covered on both by tests/localdb/sync and the two-clients case."""
    return sqlite_store


def _cases(store: Store, n: int) -> list[int]:
    ids = [walk_in(store, f"第{i}号：楼道灯不亮") for i in range(n)]
    for ident in ids:
        respond(store, ident)
    return ids


def test_drop_after_k_of_n_operations(store: Store, city: CitySim) -> None:
    _cases(store, 4)  # 8 operations
    city.faults.add("drop_after", "batch", times=1, after_ops=3)
    first = client(store, city).run_round()
    assert first.error_kind == "offline" and first.pushed == 0
    assert len(city.state.applied_log) == 3
    assert outbox_states(store) == {"pending": 8}  # nothing lost, nothing marked done
    second = client(store, city).run_round()
    assert (second.error, second.pushed, second.waiting) == (None, 8, 0)
    assert_all_applied(city, store)
    assert_agree(city, store)


def test_500_on_one_operation_holds_back_only_its_case(store: Store, city: CitySim) -> None:
    a = walk_in(store, "电梯异响")
    b = walk_in(store, "楼道灯不亮")
    respond(store, a)
    respond(store, b)
    city.faults.add("op_500", "batch", times=1, match={"contains": "电梯异响"})
    first = client(store, city, backoff=WAIT).run_round()
    assert first.error is None and first.pushed == 2  # b's two; a's create failed, its respond waits
    with store.read() as session:
        rows = session.execute(select(OutboxEntry.entity_id, OutboxEntry.state, OutboxEntry.reason_code)
                               .order_by(OutboxEntry.id)).all()
    assert [tuple(r) for r in rows] == [
        (str(a), "pending", "server_error"), (str(b), "applied", ""),
        (str(a), "pending", "blocked"), (str(b), "applied", "")]
    client(store, city).run_round()  # not yet due
    assert len(city.state.applied_log) == 2
    client(store, city, now=Clock(timedelta(minutes=2))).run_round()
    assert_all_applied(city, store)
    assert_agree(city, store)


def test_timeout_after_the_server_committed(store: Store, city: CitySim) -> None:
    _cases(store, 2)
    city.faults.add("slow", "batch", times=1, when="after", seconds=2.5)
    first = client(store, city, timeout=(1.0, 1.0)).run_round()
    assert first.error_kind == "offline"
    assert len(city.state.applied_log) == 4  # committed, the answer never arrived
    second = client(store, city).run_round()
    assert second.pushed == 4
    assert_all_applied(city, store)


def test_same_batch_delivered_twice(store: Store, city: CitySim) -> None:
    _cases(store, 3)
    city.faults.add("duplicate", "batch", times=1)
    summary = client(store, city).run_round()
    assert (summary.pushed, summary.failed, summary.waiting) == (6, 0, 0)
    with store.read() as session:
        results = set(session.execute(select(OutboxEntry.result)).scalars())
    assert results == {"replayed"}  # the second delivery's answers
    assert_all_applied(city, store)


def test_two_clients_of_one_centre_syncing_at_once(store_url: URL, city: CitySim) -> None:
    first, _ = open_store(store_url)
    second, _ = open_store(store_url)
    try:
        ids = _cases(first, 15)
        for ident in ids[:5]:
            resolve(first, ident)
        city.state.dispatch("demo", 10)
        errors: list[BaseException] = []

        def run(store: Store) -> None:
            try:
                for _ in range(3):
                    client(store, city, batch_size=7, page_size=4).run_round()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(s,)) for s in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        client(first, city).run_round()
        assert_all_applied(city, first)
        assert_agree(city, first)
        with first.read() as session:
            numbers = session.execute(select(Complaint.number)).scalars().all()
        assert len(numbers) == len(set(numbers)) == 25
    finally:
        first.dispose()
        second.dispose()


def test_out_of_order_pages_never_move_a_status_back(store: Store, city: CitySim) -> None:
    made = city.state.dispatch("demo", 12)
    for ident in made[:4]:
        city.state.city_update(ident, "responded", "市民已联系")
        city.state.city_update(ident, "closed", "市民确认")
    city.faults.add("out_of_order", "dispatch")
    summary = client(store, city, page_size=5).run_round()
    assert summary.error is None
    assert_agree(city, store)
    client(store, city, page_size=5).run_round()  # stale copies again: still nothing moves back
    assert_agree(city, store)


@pytest.mark.parametrize("skew", [timedelta(days=1), timedelta(days=-1)], ids=["ahead", "behind"])
def test_client_clock_a_day_off(store: Store, city: CitySim, skew: timedelta) -> None:
    clock = Clock(skew)
    ident = walk_in(store, now=clock())
    respond(store, ident)
    city.state.dispatch("demo", 3)
    city.faults.add("drop_after", "batch", times=1)
    sync = client(store, city, now=clock)
    assert sync.run_round().error_kind == "offline"
    assert sync.run_round().pushed == 2
    assert_all_applied(city, store)
    assert_agree(city, store)
    with store.read() as session:
        view = status.summary(session)
    # The city's clock, as the countdowns of city cases read it, is the real one.
    assert abs(view.clock_offset + skew) < timedelta(seconds=5)
    assert abs(view.server_now(clock()) - utcnow()) < timedelta(seconds=5)


def test_rejection_is_shown_and_blocks_nothing(store: Store, city: CitySim) -> None:
    a, _ = _cases(store, 2)
    note(store, a, "住户要求周末上门")
    city.faults.add("reject", "batch", match={"action": "respond", "ref": _number(store, a)},
                    code="bad_transition", message="request is closed at the city")
    summary = client(store, city).run_round()
    assert (summary.pushed, summary.failed, summary.needs_attention) == (4, 1, 1)
    assert not summary.ok
    with store.read() as session:
        (item,) = status.attention(session)
    assert item.complaint_id == a and item.state == "rejected"
    assert "request is closed at the city" in item.reason and "响应" in item.label
    assert_exactly_once(city, store)


def test_failing_attachment_upload_blocks_nothing_else(store: Store, city: CitySim) -> None:
    data = "2026年10月公共收益公示".encode()
    sha = hashlib.sha256(data).hexdigest()
    with store.write() as session:
        session.add(Blob(sha256=sha, mime="application/pdf", size=len(data), data=data))
        outbox.enqueue(session, "disclosure.publish", "record", 7, {
            "record_id": 7, "version": 1, "category": "finance", "title": "2026年10月公共收益",
            "attachments": [{"sha256": sha, "filename": "income.pdf", "mime": "application/pdf",
                             "size": len(data)}]})
    _cases(store, 2)
    city.faults.add("op_500", "attachment", times=1)
    first = client(store, city, backoff=WAIT).run_round()
    assert (first.pushed, first.waiting) == (4, 1)
    assert city.state.disclosures == {}
    client(store, city, now=Clock(timedelta(minutes=2))).run_round()
    assert_all_applied(city, store)
    (disclosure,) = city.state.disclosures.values()
    assert disclosure["title"] == "2026年10月公共收益" and sha in city.state.attachments


def test_a_published_record_and_its_withdrawal_reach_the_city_with_the_file(
        store: Store, city: CitySim, desk_actor: Actor, manager_actor: Actor, tmp_path: Path) -> None:
    """The query desk's own outbox entries: publish uploads the attachment from the
    attachments folder first; a withdrawal is sent as the same record, withdrawn."""
    files = FileStore(tmp_path / "files")
    data = b"%PDF-1.4 minimal contract"
    draft = RecordDraft(category_code="contracts", title="物业服务合同", summary="合同全文")
    with store.write() as session:
        rid = lifecycle.create_draft(session, desk_actor, draft)
        attachments.add_attachment(session, desk_actor, files, rid, "合同.pdf", data)
        lifecycle.submit(session, desk_actor, rid)
        lifecycle.publish(session, manager_actor, rid)
    sync = client(store, city)
    sync.files = files
    assert sync.run_round().failed == 0
    (sent,) = city.state.disclosures.values()
    assert sent["title"] == "物业服务合同" and sent["x_record_id"] == rid
    assert sent["metadata"]["state"] == "published"
    assert city.state.attachments[hashlib.sha256(data).hexdigest()] is not None
    with store.write() as session:
        lifecycle.withdraw(session, manager_actor, rid, "附件有误")
    assert sync.run_round().failed == 0
    withdrawn = [d for d in city.state.disclosures.values() if d["metadata"]["state"] == "withdrawn"]
    assert [d["metadata"]["withdrawn_reason"] for d in withdrawn] == ["附件有误"]
    assert_all_applied(city, store)


def test_expired_cursor_pulls_everything_again_and_keeps_the_outbox(store: Store, city: CitySim) -> None:
    city.state.dispatch("demo", 6)
    sync = client(store, city, page_size=4)
    sync.run_round()
    _cases(store, 2)
    with store.read() as session:
        keys = select(OutboxEntry.id, OutboxEntry.idempotency_key)
        keys_before = dict(session.execute(keys).tuples().all())
        old = state.cursor(session)
    city.state.dispatch("demo", 3)
    city.faults.add("expired_cursor", "dispatch", times=1)
    assert sync.pull() == 3  # everything again; only the 3 new ones change anything
    with store.read() as session:
        assert state.cursor(session) not in (None, old)
        assert dict(session.execute(keys).tuples().all()) == keys_before
    assert outbox_states(store) == {"pending": 4}
    sync.run_round()
    assert_all_applied(city, store)
    assert_agree(city, store)


def test_replay_after_ten_days_offline_is_still_deduplicated(store: Store, city: CitySim) -> None:
    _cases(store, 3)
    city.faults.add("drop_after", "batch", times=1)
    assert client(store, city).run_round().error_kind == "offline"
    applied = len(city.state.applied_log)
    later = timedelta(days=10)
    city.state.skew = later
    summary = client(store, city, now=Clock(later)).run_round()
    assert summary.pushed == 6 and len(city.state.applied_log) == applied == 6
    with store.read() as session:
        assert set(session.execute(select(OutboxEntry.result)).scalars()) == {"replayed"}
    assert_all_applied(city, store)


def test_same_key_with_a_different_payload_is_flagged(store: Store, city: CitySim) -> None:
    ident = walk_in(store)
    client(store, city).run_round()
    with store.write() as session:  # e.g. an old backup restored over a newer store
        entry = session.execute(select(OutboxEntry)).scalar_one()
        body = json.loads(entry.body or "{}")
        body["body"]["description"] = "被改动的内容"
        session.execute(update(OutboxEntry).where(OutboxEntry.id == entry.id).values(
            state="pending", body=json.dumps(body, ensure_ascii=False)))
    summary = client(store, city).run_round()
    assert summary.failed == 1
    with store.read() as session:
        (item,) = status.attention(session)
    assert item.reason_code == "key_reused" and item.complaint_id == ident
    assert "同一操作编号被用于不同内容" in item.reason
    assert len(city.state.applied_log) == 1  # the first one only


def test_batch_answer_mixing_applied_and_rejected(store: Store, city: CitySim) -> None:
    ids = [walk_in(store, f"第{i}件") for i in range(5)]
    for i in (1, 3):
        city.faults.add("reject", "batch", match={"ref": _number(store, ids[i])}, code="invalid",
                        message="address outside the project")
    summary = client(store, city).run_round()
    assert (summary.pushed, summary.failed, summary.waiting) == (3, 2, 0)
    with store.read() as session:
        rows = dict(session.execute(select(OutboxEntry.entity_id, OutboxEntry.state)).tuples().all())
    assert [rows[str(i)] for i in ids] == ["applied", "rejected", "applied", "rejected", "applied"]
    assert_exactly_once(city, store)


def test_dispatched_complaints_land_with_city_ids_and_supervision(store: Store, city: CitySim) -> None:
    made = city.state.dispatch("demo", 5)
    city.state.supervise(made[0], "响应超时，请立即处理")
    summary = client(store, city).run_round()
    assert summary.pulled == 6
    with store.read() as session:
        rows = session.execute(select(Complaint.city_id, Complaint.channel, Complaint.response_due)).all()
        sups = status.summary(session)
    by_id = {r.city_id: r for r in rows}
    for ident in made:
        request = city.state.requests[ident]
        assert by_id[ident].channel == request.channel in ("qr_code", "hotline_12345", "city_app")
        assert by_id[ident].response_due == request.response_due
    assert sups.failed == 0


def _number(store: Store, complaint_id: int) -> str:
    with store.read() as session:
        return session.execute(select(Complaint.number).where(Complaint.id == complaint_id)).scalar_one()
