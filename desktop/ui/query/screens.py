"""Query desk screens for ``sunshine-desk screenshots``: the category tiles,
a category's list, a money table, a record with its PDF open beside it and a
work-record table, all from the demo's records."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.ui.query.query_page import QueryPage
from desktop.ui.worker import DbWorker, reading
from localdb.models import Attachment, Record, StoredFile
from localdb.records import queries

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]


@dataclass(frozen=True)
class Picks:
    money_id: int | None
    pdf_record_id: int | None
    work_id: int | None


def _latest(session: Session, prefix: str) -> int | None:
    return session.execute(
        select(Record.id).where(Record.state == queries.PUBLISHED, Record.body_kind.like(prefix + "%"))
        .order_by(Record.period_end.desc(), Record.id.desc()).limit(1)).scalar()


def picks(session: Session) -> Picks:
    """Records worth showing: the latest money table and work table, and a
    published record with a PDF attachment (the demo's service contract)."""
    pdf = session.execute(
        select(Record.id).join(Attachment, Attachment.record_id == Record.id)
        .join(StoredFile, StoredFile.sha256 == Attachment.sha256)
        .where(Record.state == queries.PUBLISHED, StoredFile.mime == "application/pdf")
        .order_by(Record.category_id, Record.id).limit(1)).scalar()
    return Picks(_latest(session, "money_common"), pdf, _latest(session, "work_"))


def _pause(seconds: float) -> None:
    """Let QtPdf's renderer paint the pages (it works off the GUI thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def render(page: QueryPage, window: QWidget, worker: DbWorker, settle: Settle, grab: Grab,
           out: Path) -> list[Path]:
    page.go_home()
    settle()
    written = [grab(window, out / "17-query-tiles.png")]
    finance = next((t.tile for t in page.tiles.tiles if t.tile.code == "finance"),
                   page.tiles.tiles[0].tile if page.tiles.tiles else None)
    if finance is not None:
        page.open_category(finance)
        settle()
        settle()
        written.append(grab(window, out / "18-query-list.png"))
    found: list[Picks] = []
    worker.run(reading(picks), found.append)
    settle()
    chosen = found[0] if found else Picks(None, None, None)
    if chosen.money_id is not None:
        page.open_record(chosen.money_id)
        settle()
        settle()
        written.append(grab(window, out / "19-query-money.png"))
    if chosen.pdf_record_id is not None:
        page.open_record(chosen.pdf_record_id)
        settle()
        view = page.record
        pdf = next((a for a in (view.detail.attachments if view.detail else ())
                    if a.mime == "application/pdf"), None)
        if pdf is not None:
            view.open_attachment(pdf)
            settle()
            _pause(1.0)
            written.append(grab(window, out / "20-query-record-pdf.png"))
            view.attachment.close_pane()
    if chosen.work_id is not None:
        page.open_record(chosen.work_id)
        settle()
        settle()
        settle()
        page.record.scroller.verticalScrollBar().setValue(page.record.rows.y() - 120)
        settle()
        written.append(grab(window, out / "21-query-work.png"))
    page.go_home()
    settle()
    return written
