"""Work records and registers: rows set only on drafts and checked, read back
by period (Beijing days) and performer a page at a time; across records only
published versions count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from localdb import worklog
from localdb.engine import Store
from localdb.errors import PermissionDenied, StoreError, ValidationError
from localdb.models import AuditEntry
from localdb.records import lifecycle
from localdb.roles import KIOSK, Actor
from localdb.worklog import RegisterEntryInput as R
from localdb.worklog import WorkEntryInput as W
from tests.localdb.worklog.conftest import T0, bj, publish, register_record, work_record

MARCH = [
    W(bj(2026, 3, 1, 0, 10), "地面清扫、拖洗", "刘秀英", "1栋1单元大堂"),  # 2026-02-28 16:10 UTC
    W(bj(2026, 3, 2, 8, 0), "电梯轿厢擦拭消毒", "陈桂兰", "1栋1单元电梯厅", "合格"),
    W(bj(2026, 3, 15, 9, 30), "垃圾桶清洗消毒", "刘秀英", "3号垃圾分类投放点", "合格"),
    W(bj(2026, 3, 31, 23, 30), "生活垃圾清运", "陈桂兰", "北侧垃圾站", "合格", "夜班"),  # 15:30 UTC
]


def set_work(store: Store, actor: Actor, rid: int, rows: list[W]) -> None:
    with store.write() as s:
        worklog.set_work_entries(s, actor, rid, rows, T0)


def test_rows_of_a_record_in_time_order(store: Store, desk_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, list(reversed(MARCH)))
    with store.read() as s:
        rows = worklog.work_rows(s, record_id=rid)
        assert worklog.work_count(s, record_id=rid) == 4
    assert [r.content for r in rows] == [w.content for w in MARCH]
    assert rows[0].done_at == bj(2026, 3, 1, 0, 10)
    assert (rows[3].kind, rows[3].place, rows[3].result, rows[3].note) == (
        "cleaning", "北侧垃圾站", "合格", "夜班")


def test_period_filter_uses_beijing_days(store: Store, desk_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, MARCH)
    with store.read() as s:
        first = worklog.work_rows(s, record_id=rid, start=date(2026, 3, 1), end=date(2026, 3, 1))
        last = worklog.work_rows(s, record_id=rid, start=date(2026, 3, 31), end=date(2026, 3, 31))
        middle = worklog.work_count(s, record_id=rid, start=date(2026, 3, 2), end=date(2026, 3, 30))
    assert [r.content for r in first] == ["地面清扫、拖洗"]
    assert [r.content for r in last] == ["生活垃圾清运"]
    assert middle == 2


def test_performer_filter_and_list(store: Store, desk_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, MARCH)
    with store.read() as s:
        assert [r.place for r in worklog.work_rows(s, record_id=rid, performer="刘秀英")] == [
            "1栋1单元大堂", "3号垃圾分类投放点"]
        assert worklog.work_count(s, record_id=rid, performer="陈桂兰", start=date(2026, 3, 3)) == 1
        assert worklog.performers(s, record_id=rid) == sorted(["刘秀英", "陈桂兰"])


def test_pages_add_up_to_the_whole(store: Store, desk_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    rows = [W(bj(2026, 3, 1 + i % 28, 8, i % 60), f"巡查 {i}", "孙建军") for i in range(53)]
    set_work(store, desk_actor, rid, rows)
    with store.read() as s:
        pages = [worklog.work_rows(s, record_id=rid, offset=o, limit=20) for o in (0, 20, 40, 60)]
        whole = worklog.work_rows(s, record_id=rid, limit=100)
    assert [len(p) for p in pages] == [20, 20, 13, 0]
    assert [r.id for p in pages for r in p] == [r.id for r in whole]


@pytest.mark.parametrize(("row", "code", "field"), [
    (W(bj(2026, 4, 1, 0, 0), "清扫", "刘秀英"), "table_outside_period", "时间"),
    (W(bj(2026, 2, 28, 23, 59), "清扫", "刘秀英"), "table_outside_period", "时间"),
    (W(bj(2026, 3, 3, 8, 0), "  ", "刘秀英"), "required", "作业内容"),
    (W(bj(2026, 3, 3, 8, 0), "清扫", ""), "required", "执行人"),
    (W(bj(2026, 3, 3, 8, 0), "清扫", "刘" * 51), "too_long", "执行人"),
])
def test_bad_rows_are_refused_with_their_line(store: Store, desk_actor: Actor, row: W, code: str,
                                              field: str) -> None:
    rid = work_record(store, desk_actor)
    with pytest.raises(ValidationError) as err:
        set_work(store, desk_actor, rid, [MARCH[1], row])
    assert (err.value.code, err.value.field, err.value.params["line"]) == (code, field, 2)
    with store.read() as s:
        assert worklog.work_count(s, record_id=rid) == 0


def test_only_drafts_of_the_right_kind(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, MARCH)
    publish(store, desk_actor, manager_actor, rid)
    with pytest.raises(StoreError) as err:
        set_work(store, desk_actor, rid, MARCH[:1])
    assert err.value.code == "record_bad_state"
    reg = register_record(store, desk_actor)
    with pytest.raises(StoreError) as err:
        set_work(store, desk_actor, reg, MARCH)
    assert err.value.code == "table_wrong_kind"
    with pytest.raises(PermissionDenied):
        set_work(store, KIOSK, work_record(store, desk_actor), MARCH)


def test_across_records_only_published_versions_count(store: Store, desk_actor: Actor,
                                                      manager_actor: Actor) -> None:
    march = work_record(store, desk_actor)
    set_work(store, desk_actor, march, MARCH)
    april = work_record(store, desk_actor, start=date(2026, 4, 1), end=date(2026, 4, 30))
    set_work(store, desk_actor, april, [W(bj(2026, 4, 2, 9, 0), "地面清扫、拖洗", "何玉珍")])
    patrol = work_record(store, desk_actor, "patrol")
    set_work(store, desk_actor, patrol, [W(bj(2026, 3, 2, 22, 0), "夜间巡查", "孙建军")])
    with store.read() as s:
        assert worklog.work_count(s, kind="cleaning") == 0  # nothing published yet
    for rid in (march, april, patrol):
        publish(store, desk_actor, manager_actor, rid)
    with store.write() as s:
        fix = lifecycle.start_correction(s, desk_actor, march, T0 + timedelta(hours=1))
    with store.read() as s:
        assert worklog.work_count(s, record_id=fix) == 4  # the draft has its copy
        assert worklog.work_count(s, kind="cleaning") == 5  # the draft's copy does not count
        assert worklog.work_count(s, kind="work_cleaning", start=date(2026, 4, 1)) == 1
        assert worklog.work_count(s) == 6
        assert worklog.performers(s, "cleaning") == sorted(["刘秀英", "陈桂兰", "何玉珍"])
    set_work(store, desk_actor, fix, MARCH[:3])
    publish(store, desk_actor, manager_actor, fix)
    with store.read() as s:
        rows = worklog.work_rows(s, kind="cleaning", end=date(2026, 3, 31))
        assert worklog.work_count(s, record_id=march) == 4  # the superseded version keeps its rows
    assert [r.record_id for r in rows] == [fix, fix, fix]


def test_correction_copies_rows(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, MARCH)
    publish(store, desk_actor, manager_actor, rid)
    with store.write() as s:
        fix = lifecycle.start_correction(s, desk_actor, rid, T0 + timedelta(hours=1))
    with store.read() as s:
        old = worklog.work_rows(s, record_id=rid)
        new = worklog.work_rows(s, record_id=fix)
    strip = [(r.kind, r.done_at, r.place, r.content, r.performer, r.result, r.note) for r in old]
    assert [(r.kind, r.done_at, r.place, r.content, r.performer, r.result, r.note) for r in new] == strip


def test_setting_rows_is_audited(store: Store, desk_actor: Actor) -> None:
    rid = work_record(store, desk_actor)
    set_work(store, desk_actor, rid, MARCH)
    set_work(store, desk_actor, rid, MARCH[:1])
    with store.read() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == "worklog.set_work")
                            .order_by(AuditEntry.seq)).scalars().all()
    assert [(e.before, e.after) for e in entries] == [
        ('{"rows":0}', '{"kind":"cleaning","rows":4}'), ('{"rows":4}', '{"kind":"cleaning","rows":1}')]


EQUIPMENT = [
    R("曳引式乘客电梯", "DT-001", "1栋1单元", "载重 1000 kg", "1 台", "正常运行", "彭德明",
      date(2019, 6, 18)),
    R("生活给水变频泵组", "GS-001", "二次供水泵房", "CR 32-4", "3 台", "正常运行", "彭德明"),
    R("火灾自动报警控制器", "", "消防控制室", note="无编号"),
]


def test_registers(store: Store, desk_actor: Actor, manager_actor: Actor) -> None:
    rid = register_record(store, desk_actor)
    with store.write() as s:
        worklog.set_register_entries(s, desk_actor, rid, EQUIPMENT, T0)
    with store.read() as s:
        rows = worklog.register_rows(s, record_id=rid)
        assert worklog.register_count(s, kind="equipment") == 0  # not published
    assert [(r.line_no, r.code, r.name) for r in rows] == [
        (1, "DT-001", "曳引式乘客电梯"), (2, "GS-001", "生活给水变频泵组"), (3, "", "火灾自动报警控制器")]
    assert (rows[0].since, rows[1].since, rows[2].note) == (date(2019, 6, 18), None, "无编号")
    with pytest.raises(ValidationError) as err, store.write() as s:
        worklog.set_register_entries(s, desk_actor, rid, [*EQUIPMENT, R("备用泵", "GS-001")], T0)
    assert (err.value.code, err.value.params["line"], err.value.params["row"]) == (
        "import_duplicate_number", 4, 2)
    with pytest.raises(ValidationError) as err, store.write() as s:
        worklog.set_register_entries(s, desk_actor, rid, [R(" ")], T0)
    assert (err.value.code, err.value.field) == ("required", "名称")
    publish(store, desk_actor, manager_actor, rid)
    with store.write() as s:  # a correction starts from the published rows
        fix = lifecycle.start_correction(s, desk_actor, rid, T0 + timedelta(hours=1))
    with store.read() as s:
        assert [(r.line_no, r.code, r.since) for r in worklog.register_rows(s, record_id=fix)] == [
            (r.line_no, r.code, r.since) for r in rows]
    other = register_record(store, desk_actor, "archive_list")
    with store.write() as s:
        worklog.set_register_entries(s, desk_actor, other, [R("竣工总平面图", "DA-001")], T0)
    publish(store, desk_actor, manager_actor, other)
    with store.read() as s:
        assert worklog.register_count(s) == 4
        assert worklog.register_count(s, kind="register_equipment") == 3
        assert [r.name for r in worklog.register_rows(s, kind="archive")] == ["竣工总平面图"]
        assert [r.line_no for r in worklog.register_rows(s, offset=2, limit=2)] == [3, 1]
