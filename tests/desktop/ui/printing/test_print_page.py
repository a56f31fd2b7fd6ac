"""台账打印: every kind listed in Chinese, last month by default, the kind's
options only, and 预览… builds the chosen kind into the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.printing import kinds
from desktop.ui.printing.print_page import PrintPage, last_month
from desktop.ui.worker import DbWorker
from localdb.engine import Store

TODAY = date(2026, 11, 20)


@pytest.fixture
def page(qtbot: Any, worker: DbWorker, demo_store: Store) -> PrintPage:
    p = PrintPage(worker, today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1000, 640)
    p.show()
    qtbot.waitUntil(lambda: p.combos["column"].count() == 8 and not worker.busy, timeout=10_000)
    return p


def test_lists_every_kind_with_last_month_by_default(page: PrintPage) -> None:
    assert [page.kinds.item(i).text() for i in range(page.kinds.count())] == [k.zh for k in kinds.KINDS]
    assert last_month(TODAY) == (date(2026, 10, 1), date(2026, 10, 31))
    request = page.request()
    assert (request.start, request.end, request.public) == (date(2026, 10, 1), date(2026, 10, 31), False)
    assert page.combos["column"].itemText(0) == "收支公开"


def test_only_the_chosen_kinds_options_show(page: PrintPage) -> None:
    page.choose("work-ledger")
    assert page.combos["work_kind"].isVisible() and not page.combos["column"].isVisible()
    page.combos["work_kind"].setCurrentIndex(page.combos["work_kind"].findData("cleaning"))
    assert page.request().options == (("work_kind", "cleaning"),)
    page.choose("qr-sign")
    assert not page.start.isEnabled() and page.request().start is None
    assert not any(c.isVisible() for c in page.combos.values())


def test_preview_shows_the_pages_of_the_chosen_kind(qtbot: Any, page: PrintPage, worker: DbWorker,
                                                    tmp_path: Path) -> None:
    page.choose("notice-poster")
    page.combos["column"].setCurrentIndex(page.combos["column"].findData("complaints"))
    page.public.setChecked(True)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.property("previewDialog") is not None, timeout=5000)
    dialog = page.property("previewDialog")
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() != 0, timeout=30_000)
    assert dialog.page_total() >= 1, dialog.error.text()
    text = dialog.document.getAllText(0).text()
    assert "物业管理事务公开栏 · 投诉渠道" in text and "公开版" in text
    assert "2026-10-01 至 2026-10-31" in text
    assert dialog.file_name == "公开栏海报按栏目_2026-10-01_2026-10-31_公开版.pdf"
    dialog.reject()
    qtbot.waitUntil(lambda: not worker.busy)
