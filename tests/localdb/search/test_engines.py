"""On SQLite, search reads its index in rank order and stops early
(rank_sqlite); PostgreSQL runs one SQL statement (rank_sql). Both run on
SQLite, so here they must agree on many queries over generated records: every
hit, its place and its quote. (The store tests hold each backend to the same
written-out answers.)"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from localdb.engine import Store
from localdb.migrate import open_store
from localdb.search import rank_sql, rank_sqlite
from localdb.search.terms import parse
from localdb.url import to_url
from tests.bench import search_data


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = Path(tmp_path_factory.mktemp("engines")) / "store.db"
    store, _ = open_store(to_url(str(path)))
    store.dispose()
    search_data.fill(path, rows=6000, docs=120)
    opened, _ = open_store(to_url(str(path)))
    yield opened
    opened.dispose()


def queries(store: Store, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    with store.read() as session:
        texts = session.execute(text("SELECT body FROM search_entry ORDER BY id")).scalars().all()
    picked = []
    for body in rng.sample(texts, 40):
        for n in (1, 2, 3, 4, 6):
            if len(body) >= n:
                start = rng.randrange(len(body) - n + 1)
                picked.append(body[start:start + n])
    pairs = [f"{a} {b}" for a, b in zip(picked[::5], picked[2::7], strict=False)]
    return picked + pairs + ["栋 单元", "水 电梯 维保", "锈 合格", "工单 1", "第3条", "不存在的词"]


@pytest.mark.parametrize(("public_only", "category", "limit"), [
    (True, None, 50), (False, None, 50), (True, "work", 20), (False, "contracts", 7)])
def test_both_engines_find_the_same(generated: Store, public_only: bool, category: str | None,
                                    limit: int) -> None:
    compared = with_hits = 0
    for query in queries(generated):
        terms = parse(query)
        with generated.read() as session:
            by_sql = rank_sql.find(session, terms, category, public_only, limit)
            streamed = rank_sqlite.find(session, terms, category, public_only, limit)
        assert streamed == by_sql, query
        compared += 1
        with_hits += bool(by_sql)
    assert compared > 150 and with_hits > 20  # most queries find something to compare
