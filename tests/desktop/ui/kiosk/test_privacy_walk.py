"""Acceptance: walk every kiosk screen over the demo community (residents,
complaints, records, with personal data planted in public records), collect
every visible text — labels, buttons, fields, combo items, table cells and
headers, tooltips, window titles, and the text of each document shown — and
find no resident's full name, no 11-digit mobile and no complaint description."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from sqlalchemy import select

from desktop.ui.kiosk.window import KioskWindow
from localdb.engine import Store
from localdb.models import Complaint, RegisterEntry, Resident, User, WorkEntry
from localdb.services.community import get_profile
from tests.localdb.kiosk.bait import Bait

MOBILE = re.compile(r"(?<!\d)1\d{2}[- ]?\d{4}[- ]?\d{4}(?!\d)")


def visible_text(window: QWidget) -> list[str]:
    out = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue  # each screen is collected while it is the one shown
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QPlainTextEdit):
            out += [w.toPlainText(), w.placeholderText()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            headers = (w.horizontalHeaderItem(c) for c in range(w.columnCount()))
            out += [h.text() for h in headers if h is not None]
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        out += [item.text(), item.toolTip()]
    return [t for t in out if t]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def test_no_personal_data_on_any_kiosk_screen(qtbot: Any, store: Store, bait: Bait, kiosk: KioskWindow,
                                              wait: Callable[[], None]) -> None:
    seen: list[str] = []
    documents: list[str] = []

    def collect() -> None:
        wait()
        seen.extend(visible_text(kiosk))

    loaded_pdf: list[bytes] = []
    original = kiosk.document.show_pdf

    def keep_pdf(data: bytes) -> None:
        loaded_pdf.append(data)
        original(data)

    kiosk.document.show_pdf = keep_pdf  # type: ignore[method-assign]
    collect()
    records: set[int] = set()
    for tile in list(kiosk.home.tiles):
        kiosk.show_category(tile)
        collect()
        records.update(kiosk.list.row_ids)
    for tag in [c.text() for c in kiosk.home.chips_box.findChildren(QAbstractButton)]:
        kiosk.show_search(tag)
        collect()
        records.update(kiosk.list.row_ids)
    for i in range(1, kiosk.home.building.count()):
        kiosk.home._building(i)
        collect()
    for i in range(1, kiosk.home.period.count()):
        kiosk.home._period(i)
        collect()
    for name in bait.names:  # a passer-by searching for a neighbour finds nothing
        kiosk.show_search(name)  # (its heading echoes what they typed: not collected)
        wait()
        assert kiosk.list.row_ids == []
    records |= {bait.document_id, bait.common_id, bait.work_id}
    for rid in sorted(records):
        kiosk.show_record(rid)
        collect()
        record = kiosk.record.record
        assert record is not None
        while kiosk.record.rows_more.isVisible() and len(kiosk.record._rows) < 1000:
            kiosk.record.rows_more.click()
            collect()
        for attachment in record.attachments:
            if attachment.mime == "application/pdf" or attachment.mime.startswith("image/"):
                kiosk.open_document(attachment)
                collect()
                kiosk.show_record(rid)
                wait()
    documents = [pdf_text(data) for data in loaded_pdf]
    kiosk.show_panel()
    collect()
    kiosk.show_record(bait.document_id)
    wait()
    assert kiosk.record.record is not None
    kiosk.show_ask(kiosk.record.record)
    collect()
    kiosk.show_pin()
    collect()

    text = "\n".join(seen + documents)
    assert len(records) > 100 and documents and "阳光花园物业服务合同" in "".join(documents)
    with store.read() as s:
        # Staff are named on purpose: accounts, the manager, a work row's performer, a register's keeper.
        staff = set(s.execute(select(User.display_name)).scalars())
        staff |= set(s.execute(select(WorkEntry.performer).distinct()).scalars())
        staff |= set(s.execute(select(RegisterEntry.keeper).distinct()).scalars())
        profile = get_profile(s)
        staff.add(profile.project_manager if profile else "")
        names = {n for n in s.execute(select(Resident.name)).scalars()} | {
            n for n in s.execute(select(Complaint.contact_name)).scalars() if n}
        descriptions = {d for d in s.execute(select(Complaint.description)).scalars() if len(d) >= 6}
    residents = names - staff  # a resident sharing a staff member's name is not revealed by the staff list
    shown_names = sorted(n for n in residents if n in text)
    assert shown_names == [], [text[max(0, text.find(n) - 40):text.find(n) + 40] for n in shown_names]
    assert MOBILE.findall(text) == []
    assert sorted(d for d in descriptions if d in text) == []
    for name in bait.names:
        assert name not in text
    assert bait.room_text not in text
