"""The search box: typing searches on the worker once the typing pauses, the
hits list where each matched, and Enter opens the record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.query.query_page import RECORD, SEARCH, TILES, QueryPage
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from tests.desktop.conftest import press, type_text
from tests.desktop.ui.query.helpers import fill

Settle = Callable[[], None]


def test_search_results_open_the_record(qtbot: Any, worker: DbWorker, demo_store: Store,
                                        settle: Settle) -> None:
    sample = fill(demo_store)
    page = QueryPage(worker)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    settle()
    press(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "收费标准")
    qtbot.waitUntil(lambda: page.stack.currentIndex() == SEARCH, timeout=5_000)
    settle()
    results = page.results
    ids = results.record_ids()
    assert sample.contract_v2 in ids  # its summary: 更正附件三的收费标准
    assert sample.contract_v1 not in ids
    row = ids.index(sample.contract_v2)
    assert "摘要" in results.hits.item(row).text()

    press(page.search, Qt.Key.Key_Down)
    assert results.hits.hasFocus()
    results.hits.setCurrentRow(row)
    with qtbot.waitSignal(page.record.shown, timeout=10_000):
        press(results.hits, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == RECORD
    assert page.record.record_id == sample.contract_v2
    page.go_back()
    assert page.stack.currentIndex() == SEARCH
    page.go_back()
    assert page.stack.currentIndex() == TILES


def test_a_search_without_hits_says_so(qtbot: Any, worker: DbWorker, demo_store: Store,
                                       settle: Settle) -> None:
    page = QueryPage(worker)
    qtbot.addWidget(page)
    page.show()
    settle()
    page.search.setText("没有这样的记录内容")
    page.search.search_now()
    settle()
    assert page.results.hits.count() == 0
    assert "没有找到" in page.results.status.text()
