"""A work-record table inside a record: rows fetched a block at a time,
filtered by date and performer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate

from desktop.ui.query.record_view import RecordView
from desktop.ui.worker import DbWorker
from localdb.engine import Store
from tests.desktop.ui.query.helpers import YEAR
from tests.localdb.records.query_samples import add_record, catalogue, month, work_entries

Settle = Callable[[], None]


def test_work_table_filters_by_date_and_performer(qtbot: Any, worker: DbWorker, demo_store: Store,
                                                  settle: Settle) -> None:
    with demo_store.write() as s:
        catalogue(s)
        rid = add_record(s, "作业记录", f"{YEAR}年3月秩序维护巡查记录", sub="秩序维护巡查记录",
                         period=month(YEAR, 3), body_kind="work_patrol")
        start = datetime(YEAR, 3, 1, 1, 0, tzinfo=UTC)  # 09:00 Beijing
        rows = [(start + timedelta(days=d, hours=h), f"{d % 6 + 1}栋", "夜间巡查", name, "正常")
                for d in range(31) for h, name in ((0, "李明"), (12, "王刚"))]
        work_entries(s, rid, "patrol", rows)
    view = RecordView(worker)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.show_record(rid)
    settle()
    body = view.rows
    assert not body.isHidden() and body.model_.count() == 62
    assert body.count_label.text() == "共 62 行"
    assert body.model_.headers[:4] == ("时间", "地点", "作业内容", "执行人")
    body.model_.row(0)
    settle()
    assert body.model_.row(0) == (f"{YEAR}-03-01 09:00", "1栋", "夜间巡查", "李明", "正常", "")
    settle()
    assert [body.performer.itemText(i) for i in range(body.performer.count())] == ["全部", "李明", "王刚"]

    body.performer.setCurrentIndex(body.performer.findData("王刚"))
    body.period_from.setDate(QDate(YEAR, 3, 10))
    body.period_to.setDate(QDate(YEAR, 3, 19))
    body.reload()
    settle()
    assert body.model_.count() == 10
    body.model_.row(0)
    settle()
    first = body.model_.row(0)
    assert first is not None and first[0] == f"{YEAR}-03-10 21:00" and first[3] == "王刚"

    # 打印 prints the rows as filtered; the preview paints (its printer stays alive).
    view.print_button.click()
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10_000)
    preview = view.preview
    assert preview is not None
    qtbot.wait(200)
    text = preview.document.toPlainText()
    assert text.count("王刚") == 10 and "李明" not in text
    preview.reject()
