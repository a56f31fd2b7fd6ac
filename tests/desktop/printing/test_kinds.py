"""Every kind builds over the demo community: page numbering, embedded fonts,
and a public copy that names no resident and shows no mobile number."""

from __future__ import annotations

import re
import subprocess

import pytest
from sqlalchemy import select

from desktop.printing.kinds import KINDS
from localdb.engine import Store
from localdb.models import Complaint, Resident
from tests.desktop.printing.conftest import Planted, Printed, page_count, pdftotext, tool

PRINTS = [*(k.name for k in KINDS), "review-month"]
MOBILE = re.compile(r"(?<!\d)1\d{2}[- ]?\d{4}[- ]?\d{4}(?!\d)")
ROOM = re.compile(r"\d+栋-\d+单元-\d+")


@pytest.mark.parametrize("public", [False, True], ids=["plain", "public"])
@pytest.mark.parametrize("name", PRINTS)
def test_pages_are_numbered_x_of_y(printed: dict[tuple[str, bool], Printed], name: str, public: bool) -> None:
    pdf = printed[(name, public)]
    assert pdf.pages == page_count(pdf.path) >= 1
    text = pdftotext(pdf.path, layout=True)
    for page in (1, pdf.pages):
        assert re.search(rf"第\s*{page}\s*页\s+共\s*{pdf.pages}\s*页", text), (name, page)
    assert "打印时间：2026-11-20 16:00" in text
    assert ("公开版" in text) is public


@pytest.mark.parametrize("name", PRINTS)
def test_every_font_is_embedded(printed: dict[tuple[str, bool], Printed], name: str) -> None:
    listing = subprocess.run([tool("pdffonts", "poppler-utils"), str(printed[(name, False)].path)],
                             check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert listing, "no fonts at all"
    for line in listing:
        # name, type (may hold spaces), encoding, emb, sub, uni, object number, generation
        parts = line.split()
        assert "WenQuanYiMicroHei" in parts[0], line
        assert (parts[-5], parts[-4]) == ("yes", "yes"), line


def _store_people(store: Store) -> tuple[set[str], set[str]]:
    with store.read() as session:
        names = {n for (n,) in session.execute(select(Resident.name)) if len(n) >= 2}
        names |= {n for (n,) in session.execute(select(Complaint.contact_name).distinct()) if len(n) >= 2}
        phones = {p for (p,) in session.execute(select(Resident.phone)) if p}
    return names, phones


@pytest.mark.parametrize("name", PRINTS)
def test_public_copy_names_no_resident_and_shows_no_mobile(
        printed: dict[tuple[str, bool], Printed], print_store: tuple[Store, Planted], name: str) -> None:
    store, _ = print_store
    names, phones = _store_people(store)
    path = printed[(name, True)].path
    text = pdftotext(path) + pdftotext(path, layout=True)
    # A name broken across two lines of a cell is still a name.
    compact = re.sub(r"\s+", "", pdftotext(path)) + re.sub(r"\s+", "", pdftotext(path, layout=True))
    assert [n for n in names if n in compact] == []
    assert MOBILE.findall(text) == []
    assert [p for p in phones if p in compact] == []
    assert ROOM.findall(compact) == []  # nor which household complained


def test_the_plain_copies_do_show_what_the_public_ones_hide(
        printed: dict[tuple[str, bool], Printed], print_store: tuple[Store, Planted]) -> None:
    """So the test above can fail: the planted names and numbers are in the plain prints."""
    _, planted = print_store
    ledger = re.sub(r"\s+", "", pdftotext(printed[("complaint-ledger", False)].path))
    month = re.sub(r"\s+", "", pdftotext(printed[("review-month", False)].path))
    assert all(n in ledger for n in planted.names)
    assert all(p in ledger or f"{p[:3]}-{p[3:7]}-{p[7:]}" in ledger for p in planted.phones)
    assert ROOM.search(ledger) and ROOM.search(month)
    assert "慕容云海" in month and planted.phones[1] in month
    public = re.sub(r"\s+", "", pdftotext(printed[("complaint-ledger", True)].path))
    assert "慕容**" in public and f"{planted.phones[0][:3]}****{planted.phones[0][-4:]}" in public
