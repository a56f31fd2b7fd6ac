"""The query-desk demo: every category filled, a PDF contract, a superseded
correction, answered and open questions, and a disclosure board with due and
overdue items."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from localdb import audit, demo
from localdb.disclosure import schedule
from localdb.engine import Store
from localdb.models import Attachment, Record, RecordCategory, RecordQuestion, StoredFile
from localdb.records.files import FileStore, files_root
from localdb.roles import SYSTEM

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 10:00 in Chengdu


@pytest.mark.store
def test_demo_fills_the_query_desk(store: Store, store_url: URL, tmp_path: Path) -> None:
    files = FileStore(files_root(store_url, tmp_path) or tmp_path)
    with store.write() as s:
        _, summary = demo.load(s, SYSTEM, "small", NOW, with_complaints=False, with_records=True,
                               files=files)
    with store.read() as s:
        by_category = dict(s.execute(
            select(RecordCategory.code, func.count(Record.id))
            .outerjoin(Record, (Record.category_id == RecordCategory.id) & (Record.state == "published"))
            .group_by(RecordCategory.code)).tuples().all())
        states = set(s.execute(select(Record.state)).scalars())
        superseded = s.execute(select(Record).where(Record.state == "superseded")).scalars().all()
        answered = s.execute(select(func.count()).select_from(RecordQuestion)
                             .where(RecordQuestion.answered_at.is_not(None))).scalar_one()
        shown = s.execute(select(func.count()).select_from(RecordQuestion)
                          .where(RecordQuestion.shown_publicly.is_(True))).scalar_one()
        pdf = s.execute(select(StoredFile).join(Attachment, Attachment.sha256 == StoredFile.sha256)
                        .where(Attachment.filename.like("%物业服务合同%.pdf"))).scalar_one()
        board = {r.item_code: r.state for r in schedule.board(s, schedule.local_today(NOW))}
        assert audit.verify(s).ok
        total = s.execute(select(func.count()).select_from(Record)).scalar_one()
    assert all(n > 0 for n in by_category.values()), by_category
    assert {"published", "superseded", "submitted"} <= states
    assert superseded and all(
        s_.superseded_at is not None for s_ in superseded)
    assert answered >= 2 and shown >= 1 and summary.questions == 3
    assert summary.records == total
    assert "物业服务费" in pdf.extracted_text and files.read(pdf.sha256)[:5] == b"%PDF-"
    assert board["performance"] == "overdue"  # the one overdue item this module leaves
    assert board["responsible_staff"] == board["complaint_channels"] == "due_soon"  # changes in review
    assert board["service_contract"] == board["fee_rates"] == "published"
