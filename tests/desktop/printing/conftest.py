"""One demo store and one PDF of every kind (plain and public) for the printing
tests, and the poppler and zbar tools that read the PDFs back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.printing.kinds import KINDS, Kind, PrintRequest, run
from localdb import demo
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.models import Complaint, Resident
from localdb.roles import SYSTEM
from localdb.url import to_url

#: The demo's year ends here (2026-11-20 16:00 in Shanghai): open and overdue cases in November.
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
#: Periods per kind: a ledger of a few hundred rows, a quarter and a month for the review.
QUARTER = (date(2026, 7, 1), date(2026, 9, 30))
PERIODS = {"complaint-ledger": (date(2026, 10, 1), date(2026, 11, 20)),
           "review": QUARTER, "common-income-ledger": QUARTER, "commission-fund-ledger": QUARTER,
           "lump-sum-ledger": QUARTER, "work-ledger": (date(2026, 10, 1), date(2026, 10, 31)),
           "notice-poster": (date(2026, 1, 1), date(2026, 10, 31))}
#: Options per kind: the poster of the column with money figures.
OPTIONS = {"notice-poster": (("column", "income_expense"),)}
MONTH = (date(2026, 11, 1), date(2026, 11, 30))
SECRET_NAME = "慕容云海"  # typed into a complaint, not a resident: the scrub must know contact names too


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed to read the PDFs back: install the Debian package {package}")
    return found


def pdftotext(path: Path, *pages: int, layout: bool = False) -> str:
    """The text, in reading order (a table cell's lines stay together), or
    as laid out on the page."""
    args = [tool("pdftotext", "poppler-utils"), *(["-layout"] if layout else [])]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run([tool("pdfinfo", "poppler-utils"), str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@dataclass(frozen=True)
class Planted:
    """Personal data typed into complaints of the printed periods."""

    names: tuple[str, ...]
    phones: tuple[str, ...]


@dataclass(frozen=True)
class Printed:
    path: Path
    pages: int


@pytest.fixture(scope="session")
def print_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Planted]]:
    """The small demo community with a year of complaints up to ``NOW``; a few
    complaints carry a resident's name and mobile in their free text."""
    db = tmp_path_factory.mktemp("print") / "print.db"
    store, _ = open_store(to_url(str(db)))
    with store.write() as session:
        demo.load(session, SYSTEM, "small", now=NOW)
        people = session.execute(select(Resident.name, Resident.phone).order_by(Resident.id).limit(3)).all()
        (n1, p1), (n2, p2), (n3, _) = people
        ledger_lo = datetime(2026, 10, 1, tzinfo=UTC)
        first, second = session.execute(select(Complaint.id).where(Complaint.received_at > ledger_lo)
                                        .order_by(Complaint.received_at).limit(2)).scalars()
        # An overdue case of November: the month's review lists it.
        overdue = session.execute(select(Complaint.id).where(
            Complaint.received_at >= datetime(2026, 10, 31, 16, tzinfo=UTC),
            Complaint.status.in_(("received", "responded", "in_progress")), Complaint.next_due < NOW)
            .order_by(Complaint.received_at).limit(1)).scalar_one()
        for target, values in (
            (first, {"description": f"{n1}（电话 {p1}）反映楼道灯不亮", "location": f"{n2}家门口"}),
            (second, {"result": f"已联系{n3}，电话{p2[:3]}-{p2[3:7]}-{p2[7:]}"}),
            (overdue, {"description": f"{SECRET_NAME}来电 {p2} 投诉噪音", "contact_name": SECRET_NAME,
                       "location": f"{n3}家楼下"}),
        ):
            session.execute(update(Complaint).where(Complaint.id == target).values(**values))
    yield store, Planted((n1, n2, n3, SECRET_NAME), (p1, p2))
    store.dispose()


def request_for(kind: Kind, public: bool, period: tuple[date, date] | None = None) -> PrintRequest:
    start, end = period or PERIODS.get(kind.name, (None, None))  # type: ignore[arg-type]
    return PrintRequest(start, end, public, NOW, OPTIONS.get(kind.name, ()))


@pytest.fixture(scope="session")
def printed(print_store: tuple[Store, Planted], tmp_path_factory: pytest.TempPathFactory
            ) -> dict[tuple[str, bool], Printed]:
    """Every kind, plain and public, plus the review of one month."""
    store, _ = print_store
    folder = tmp_path_factory.mktemp("pdf")
    out: dict[tuple[str, bool], Printed] = {}
    for kind in KINDS:
        for public in (False, True):
            path = folder / f"{kind.name}{'-public' if public else ''}.pdf"
            out[(kind.name, public)] = Printed(path, run(store, kind, request_for(kind, public), path))
    for public in (False, True):
        path = folder / f"review-month{'-public' if public else ''}.pdf"
        kind = next(k for k in KINDS if k.name == "review")
        pages = run(store, kind, request_for(kind, public, MONTH), path)
        out[("review-month", public)] = Printed(path, pages)
    return out
