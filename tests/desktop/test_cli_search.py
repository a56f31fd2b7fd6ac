"""``sunshine-desk search``: the query desk's search in a separate process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from localdb.migrate import open_store
from localdb.records.states import label
from localdb.url import to_url
from tests.conftest import CliRunner
from tests.localdb.search import samples

pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, dict[str, int]]:
    path = tmp_path / "desk.db"
    store, _ = open_store(to_url(str(path)))
    try:
        with store.write() as session:
            ids = samples.load(session)
    finally:
        store.dispose()
    return str(path), ids


def search_json(run_cli: CliRunner, db: str, *args: str) -> dict[str, Any]:
    result = run_cli("--db", db, "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    out: dict[str, Any] = json.loads(result.stdout)  # exactly one JSON object
    return out


def test_json_lists_the_hits_as_the_app_finds_them(run_cli: CliRunner,
                                                   db: tuple[str, dict[str, int]]) -> None:
    path, ids = db
    out = search_json(run_cli, path, "电梯维保")
    assert (out["query"], out["category"], out["public_only"]) == ("电梯维保", None, True)
    assert [(h["record_id"], h["source"], h["state"]) for h in out["hits"]] == [
        (ids["contract_old"], "body", "superseded"), (ids["contract"], "attachment", "published")]
    assert out["hits"][0] == {"record_id": ids["contract_old"], "title": "物业服务合同（2022—2024年）",
                              "category_code": "contracts", "category_name": "合同协议",
                              "state": "superseded", "source": "body", "snippet": "电梯维保每月一次。"}


def test_all_category_and_several_words(run_cli: CliRunner, db: tuple[str, dict[str, int]]) -> None:
    path, ids = db
    assert [h["record_id"] for h in search_json(run_cli, path, "漏水")["hits"]] == [ids["cleaning"]]
    assert [h["record_id"] for h in search_json(run_cli, path, "漏水", "--all")["hits"]] == [
        ids["withdrawn"], ids["draft"], ids["cleaning"]]
    by_name = search_json(run_cli, path, "水", "--category", "清册台账")
    assert by_name["category"] == "registers"
    assert [h["record_id"] for h in by_name["hits"]] == [ids["equipment"]]
    assert search_json(run_cli, path, "水", "--category", "registers")["hits"] == by_name["hits"]
    assert [h["record_id"] for h in search_json(run_cli, path, "保洁", "合格")["hits"]] == [ids["cleaning"]]


def test_text_output_and_nothing_found(run_cli: CliRunner, db: tuple[str, dict[str, int]]) -> None:
    path, ids = db
    result = run_cli("--db", path, "search", "地下室泵房")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"[清册台账] 设施设备清册（2025年）（{label('published')}，记录 {ids['equipment']}）",
        "    表格：地下室泵房",
        "找到 1 条记录。",
    ]
    assert run_cli("--db", path, "search", "水塔").stdout.strip() == "没有找到记录。"


def test_unknown_category_exits_2_with_the_choices(run_cli: CliRunner,
                                                   db: tuple[str, dict[str, int]]) -> None:
    result = run_cli("--db", db[0], "search", "水", "--category", "账本")
    assert result.returncode == 2
    assert "没有这个分类：账本" in result.stderr and "contracts（合同协议）" in result.stderr


def test_listed_in_help(run_cli: CliRunner) -> None:
    result = run_cli("--help")
    assert "search" in result.stdout and "全文搜索" in result.stdout
