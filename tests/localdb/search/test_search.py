"""localdb.search.search over a fixed set of records, on every backend: the
same queries give the same hits (record, where it matched, snippet)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from localdb.engine import Store
from localdb.models import Attachment, MoneyAccount, Record, RegisterEntry, StoredFile, WorkEntry
from localdb.search import SearchHit, search
from tests.localdb.search import samples


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    with store.write() as session:
        return samples.load(session)


def found(store: Store, ids: dict[str, int], query: str, **kwargs: object) -> list[tuple[str, str]]:
    """(record key, source) of each hit, in order."""
    keys = {v: k for k, v in ids.items()}
    with store.read() as session:
        return [(keys[h.record_id], h.source) for h in search(session, query, **kwargs)]  # type: ignore[arg-type]


def hits(store: Store, query: str, **kwargs: object) -> list[SearchHit]:
    with store.read() as session:
        return search(session, query, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("query", "expected"), [
    # 1 character: table cells of two records (newest first), then an attachment's text
    ("水", [("equipment", "table"), ("cleaning", "table"), ("contract", "attachment")]),
    # 2 characters: a note in a work row; the draft and the withdrawn record are not public
    ("漏水", [("cleaning", "table")]),
    # 3 characters: only in the contract PDF's text
    ("水泵房", [("contract", "attachment")]),
    # 5 characters: a register's location cell
    ("地下室泵房", [("equipment", "table")]),
    # the superseded version's body text ranks above the current version's attachment
    ("电梯维保", [("contract_old", "body"), ("contract", "attachment")]),
    ("阳光花园", [("contract", "summary")]),
    ("停车", [("income", "summary"), ("fees", "body")]),
    ("停车场地占用费", [("income", "table")]),  # a money line's account name
    ("王建国", [("equipment", "table"), ("cleaning", "table")]),
    ("水塔", []),
])
def test_chinese_queries_of_1_to_7_characters(store: Store, ids: dict[str, int], query: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert found(store, ids, query) == expected


def test_snippets_quote_the_best_matching_text(store: Store, ids: dict[str, int]) -> None:
    assert [h.snippet for h in hits(store, "水")] == [
        "消防水泵",  # shortest of the register's matching cells, then code-point order (消 < 生)
        "清理积水",  # shorter than the note "B2层漏水点已报修"
        "…容：电梯维保每月不少于两次；生活水泵房每日巡查，发现问题及时处理。 "
        "第九条 物业费标准：多层住宅1.20元/平方米·月。",
    ]
    contract = hits(store, "电梯维保")[1]
    assert contract.snippet == ("…业服务合同 第三条 服务内容：电梯维保每月不少于两次；生活水泵房每日巡查，"
                                "发现问题及时处理。 第九条 物业费标准：多层住…")
    assert (contract.title, contract.category_code, contract.category_name, contract.state) == (
        "物业服务合同（2025—2027年）", "contracts", "合同协议", "published")


def test_public_only_hides_drafts_submitted_and_withdrawn(store: Store, ids: dict[str, int]) -> None:
    with store.write() as session:
        fees = session.get(Record, ids["fees"])
        assert fees is not None
        fees.state = "submitted"
    assert found(store, ids, "漏水", public_only=False) == [
        ("withdrawn", "title"), ("draft", "title"), ("cleaning", "table")]
    assert found(store, ids, "漏水") == [("cleaning", "table")]
    assert found(store, ids, "a_b") == []
    assert found(store, ids, "a_b", public_only=False) == [("fees", "body")]
    assert [h.state for h in hits(store, "物业服务合同")] == ["superseded", "published"]


def test_category_filter(store: Store, ids: dict[str, int]) -> None:
    assert found(store, ids, "水", category_code="registers") == [("equipment", "table")]
    assert found(store, ids, "电梯维保", category_code="contracts") == [
        ("contract_old", "body"), ("contract", "attachment")]
    assert found(store, ids, "电梯维保", category_code="rules") == []
    assert found(store, ids, "水", category_code="no-such-category") == []


def test_every_term_must_be_in_the_record(store: Store, ids: dict[str, int]) -> None:
    """Terms split on spaces; each may be found in a different part of the record."""
    assert found(store, ids, "保洁 合格") == [("cleaning", "title")]
    assert found(store, ids, "保洁　漏水") == [("cleaning", "title")]  # an ideographic space splits too
    assert found(store, ids, "漏水 合同") == []
    assert found(store, ids, "水 泵房") == [("equipment", "table"), ("contract", "attachment")]
    # the quoted cell holds the most terms: both terms are in "地下室泵房", one in "消防水泵"
    assert [h.snippet for h in hits(store, "地下 泵", category_code="registers")] == ["地下室泵房"]


def test_ascii_letters_match_either_case_other_text_exactly(store: Store, ids: dict[str, int]) -> None:
    assert found(store, ids, "gb 7588") == [("standards", "body")]
    assert found(store, ids, "pdf") == found(store, ids, "PDF") == [("standards", "body")]
    assert found(store, ids, "Lift INSPECTION") == [("standards", "body")]
    assert found(store, ids, "b2") == found(store, ids, "B2层") == [("cleaning", "table")]
    assert found(store, ids, "Ｂ2") == []  # a full-width letter is another character


@pytest.mark.parametrize(("query", "expected"), [
    ("100%", [("fees", "body"), ("income", "table")]),
    ("%", [("fees", "body"), ("income", "table")]),
    ("a_b", [("fees", "body")]),
    ("_", [("fees", "body")]),
    ("a%b", []),
    ('"附件"', [("fees", "body")]),
    ('"', [("fees", "body")]),
    ("OR", []),
    ("NEAR(", []),
    ("*", []),
    ("见\"附", [("fees", "body")]),
    ("\\", []),
    ("'", []),
])
def test_quotes_operators_and_wildcards_are_plain_text(store: Store, ids: dict[str, int], query: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert found(store, ids, query) == expected


def test_blank_queries_and_control_characters(store: Store, ids: dict[str, int]) -> None:
    assert hits(store, "") == hits(store, "  \t\n") == []
    assert found(store, ids, "漏水\x00合同") == found(store, ids, "漏水 合同") == []
    assert hits(store, "水", limit=0) == []


def test_short_terms_at_the_end_of_a_text_and_in_one_character_texts(store: Store,
                                                                     ids: dict[str, int]) -> None:
    """Each character of an indexed text starts a trigram, the last two included."""
    with store.write() as session:
        one = samples.record(session, "rules", "规")
        end = samples.record(session, "rules", "管理办法", body_text="本办法自公布之日起施行")
    with store.read() as session:
        assert [h.record_id for h in search(session, "规")] == [one]
        assert [h.record_id for h in search(session, "施行")] == [end]
        assert [h.record_id for h in search(session, "行")] == [end]


def test_limit_keeps_the_best_and_newest(store: Store, ids: dict[str, int]) -> None:
    with store.write() as session:
        made = [samples.record(session, "rules", f"第{n}号公告") for n in range(60)]
        body = samples.record(session, "rules", "通知", body_text="见第3号公告")
    got = hits(store, "号公告", limit=50)
    assert [h.record_id for h in got] == made[::-1][:50]  # titles first, newest first
    assert [h.record_id for h in hits(store, "号公告", limit=100)] == [*made[::-1], body]


def test_the_index_follows_edits(store: Store, ids: dict[str, int]) -> None:
    with store.write() as session:
        draft = session.get(Record, ids["draft"])
        assert draft is not None
        draft.title = "屋面防水维修说明"
        session.execute(select(WorkEntry).where(WorkEntry.note != "")).scalar_one().note = "已修复"
        session.execute(select(MoneyAccount).where(MoneyAccount.name == "广告位租赁收入")
                        ).scalar_one().name = "电梯广告收入"
        file = session.execute(select(StoredFile).join(Attachment, Attachment.sha256 == StoredFile.sha256)
                               .where(Attachment.record_id == ids["contract"])).scalar_one()
        file.extracted_text = "第三条 二次供水水箱每半年清洗一次"
    assert found(store, ids, "漏水维修", public_only=False) == []
    assert found(store, ids, "防水维修", public_only=False) == [("draft", "title")]
    assert found(store, ids, "漏水") == []
    assert found(store, ids, "广告位") == []
    assert found(store, ids, "电梯广告收入") == [("income", "table")]
    assert found(store, ids, "水泵房") == []
    assert found(store, ids, "水箱") == [("contract", "attachment")]
    with store.write() as session:
        session.execute(delete(RegisterEntry).where(RegisterEntry.record_id == ids["equipment"]))
        session.execute(delete(Record).where(Record.id == ids["equipment"]))
    assert found(store, ids, "泵房") == []


def test_a_correction_is_found_beside_the_version_it_supersedes(store: Store, ids: dict[str, int]) -> None:
    with store.write() as session:
        old = session.get(Record, ids["income"])
        assert old is not None
        old.state = "superseded"
        new = samples.record(session, "finance", old.title, summary=old.summary,
                             body_kind="money_common_income")
        samples.work(session, new, ("地下车库", "更正：停车位租金按月计", "", "", ""))
    assert [(h.record_id, h.state) for h in hits(store, "经营收益")] == [
        (new, "published"), (ids["income"], "superseded")]
    assert [h.record_id for h in hits(store, "租金按月")] == [new]
