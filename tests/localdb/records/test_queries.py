"""The query desk's read side: tiles, sub-categories, the filtered list with
lazy rows, and one record's detail with versions, attachments and questions."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from localdb.engine import Store
from localdb.errors import StoreError
from localdb.models import Record, RecordCategory
from localdb.records import queries
from localdb.records.queries import RecordFilter
from tests.localdb.records.query_samples import (
    BASE,
    CATEGORIES,
    add_record,
    ask,
    attach,
    catalogue,
    month,
    subcategory,
)


def _published_by_category(store: Store) -> dict[str, int]:
    with store.read() as session:
        rows = session.execute(
            select(RecordCategory.name, func.count(Record.id))
            .outerjoin(Record, (Record.category_id == RecordCategory.id) & (Record.state == "published"))
            .group_by(RecordCategory.name))
        return {name: n for name, n in rows}


def test_tiles_list_the_five_categories_in_order_with_published_counts(store: Store) -> None:
    with store.write() as session:
        catalogue(session)
        add_record(session, "财务管理", "2026年5月共有部分经营收益", published_at=BASE)
        latest = BASE + timedelta(days=3)
        add_record(session, "财务管理", "2026年5月酬金制收支", published_at=latest)
        add_record(session, "财务管理", "草稿不计入", state="draft")
        old = add_record(session, "合同协议", "物业服务合同")
        add_record(session, "合同协议", "物业服务合同（更正）", supersedes=old)
    with store.read() as session:
        tiles = queries.tiles(session)
    names = [t.name for t in tiles]
    assert [n for n in names if n in CATEGORIES] == list(CATEGORIES)
    by_name = {t.name: t for t in tiles}
    expected = _published_by_category(store)
    assert {n: by_name[n].published for n in CATEGORIES} == {n: expected.get(n, 0) for n in CATEGORIES}
    # Drafts and superseded versions are not counted; the correction is.
    assert by_name["合同协议"].published == expected["合同协议"] and expected["合同协议"] >= 1
    finance = by_name["财务管理"]
    assert finance.published >= 2
    assert finance.latest_published_at is not None and finance.latest_published_at >= latest
    assert finance.latest_published_at.tzinfo is not None


def test_subcategories_in_sort_order_with_counts(store: Store) -> None:
    with store.write() as session:
        catalogue(session)
        add_record(session, "作业记录", "5月保洁记录", sub="保洁记录T")
        add_record(session, "作业记录", "6月保洁记录", sub="保洁记录T")
        add_record(session, "作业记录", "5月巡查记录", sub="秩序巡查T")
        cid = session.execute(select(RecordCategory.id).where(RecordCategory.name == "作业记录")).scalar_one()
    with store.read() as session:
        subs = {s.name: s for s in queries.subcategories(session, cid)}
    assert subs["保洁记录T"].published == 2
    assert subs["秩序巡查T"].published == 1


def test_list_filters_by_period_subcategory_and_state(store: Store) -> None:
    with store.write() as session:
        cats = catalogue(session)
        fin = cats["财务管理"]
        sub_income = subcategory(session, "财务管理", "共有收益T", "money_common_income")
        subcategory(session, "财务管理", "酬金制T", "money_commission")
        march = add_record(session, "财务管理", "3月收益", sub="共有收益T", period=month(2026, 3))
        april = add_record(session, "财务管理", "4月收益", sub="共有收益T", period=month(2026, 4))
        may = add_record(session, "财务管理", "5月收益", sub="共有收益T", period=month(2026, 5))
        commission = add_record(session, "财务管理", "4月酬金制", sub="酬金制T", period=month(2026, 4))
        quarter = add_record(session, "财务管理", "一季度收支", period=(date(2026, 1, 1), date(2026, 3, 31)))
        draft = add_record(session, "财务管理", "6月收益（草稿）", sub="共有收益T", period=month(2026, 6),
                           state="draft")
        withdrawn = add_record(session, "财务管理", "撤回的表", period=month(2026, 4), state="withdrawn")
        nodate = add_record(session, "财务管理", "无期间说明")
    with store.read() as session:
        everything = queries.record_ids(session, RecordFilter(category_id=fin))
        april_on = queries.record_ids(session, RecordFilter(category_id=fin, period_from=date(2026, 4, 1)))
        april_only = queries.record_ids(session, RecordFilter(
            category_id=fin, period_from=date(2026, 4, 1), period_to=date(2026, 4, 30)))
        income = queries.record_ids(session, RecordFilter(category_id=fin, subcategory_id=sub_income))
        upto_march = queries.record_ids(session, RecordFilter(category_id=fin, period_to=date(2026, 3, 15)))
        staff = queries.record_ids(session, RecordFilter(category_id=fin, states=("draft", "withdrawn")))
    # Public states only by default; latest period first, no period last.
    assert set(everything) >= {march, april, may, commission, quarter, nodate}
    assert draft not in everything and withdrawn not in everything
    mine = [i for i in everything if i in {march, april, may, quarter, nodate}]
    assert mine[0] == may and mine[-1] == nodate
    assert set(april_on) & {march, april, may, commission, quarter, nodate} == {april, may, commission}
    assert set(april_only) & {march, april, may, commission, quarter} == {april, commission}
    assert set(income) == {march, april, may}
    assert set(upto_march) & {march, april, quarter, nodate} == {march, quarter}
    assert set(staff) == {draft, withdrawn}


def test_rows_are_fetched_for_the_ids_asked(store: Store) -> None:
    with store.write() as session:
        catalogue(session)
        rid = add_record(session, "清册台账", "设备清册", sub="设备清册T", period=month(2026, 1))
        attach(session, rid, "清册.pdf", "a" * 64, "application/pdf", 1234)
        other = add_record(session, "清册台账", "档案清单")
    with store.read() as session:
        rows = queries.record_rows(session, [rid])
        assert queries.record_rows(session, []) == {}
    assert set(rows) == {rid} and other not in rows
    row = rows[rid]
    assert (row.title, row.category, row.subcategory, row.state, row.attachments) == \
        ("设备清册", "清册台账", "设备清册T", "published", 1)
    assert row.period_start == date(2026, 1, 1) and row.period_end == date(2026, 1, 31)


def test_detail_of_a_superseded_version_links_to_the_newer_one(store: Store) -> None:
    with store.write() as session:
        catalogue(session)
        first = add_record(session, "合同协议", "物业服务合同", summary="2024–2027年服务合同",
                           body_text="甲方：业主大会", tags=("合同", "服务"))
        second = add_record(session, "合同协议", "物业服务合同（更正）", supersedes=first,
                            published_at=BASE + timedelta(days=10))
        attach(session, first, "物业服务合同.pdf", "b" * 64, "application/pdf", 2048)
        ask(session, first, "ZY20260602-0001", "合同期限是多久？", answer="三年。", shown=True)
        ask(session, second, "ZY20260602-0002", "未公开的问题", answer="答复", shown=False)
        ask(session, second, "ZY20260602-0003", "未答复的问题", shown=True)
    with store.read() as session:
        old = queries.detail(session, first)
        new = queries.detail(session, second)
    assert old.state == "superseded" and old.superseded_by == second and old.current_id == second
    assert new.state == "published" and new.superseded_by is None and new.current_id == second
    assert [(v.id, v.version, v.state) for v in new.versions] == \
        [(second, 2, "published"), (first, 1, "superseded")]
    assert old.versions == new.versions and old.series_id == new.series_id == first
    assert old.tags == ("合同", "服务") and old.summary == "2024–2027年服务合同"
    assert [(a.filename, a.mime, a.size, a.sha256) for a in old.attachments] == \
        [("物业服务合同.pdf", "application/pdf", 2048, "b" * 64)]
    # Questions about any version, answered and allowed to be shown; never a phone.
    assert [(q.number, q.answer) for q in new.questions] == [("ZY20260602-0001", "三年。")]
    assert old.questions == new.questions
    assert not any("13800001234" in str(q) for q in new.questions)


def test_public_detail_hides_drafts_and_staff_names(store: Store) -> None:
    with store.write() as session:
        catalogue(session)
        first = add_record(session, "制度规范", "装修管理规定")
        draft = add_record(session, "制度规范", "装修管理规定（修订稿）", supersedes=first, state="draft")
    with store.read() as session:
        staff_view = queries.detail(session, first)
        public = queries.detail(session, first, public_only=True)
        try:
            queries.detail(session, draft, public_only=True)
            raised = False
        except StoreError as exc:
            raised = exc.code == "not_found"
    assert [v.id for v in staff_view.versions] == [draft, first]
    assert [v.id for v in public.versions] == [first]
    assert public.superseded_by is None and public.author == ""
    assert raised
