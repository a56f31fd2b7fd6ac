"""What the printed review reads: the figures of ``compute_review`` and the
complaints behind its lists (overdue cases, repeat groups), masked for a
public copy here rather than in the PDF code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from localdb import masking
from localdb.complaints import ledger
from localdb.complaints.public import public_review
from localdb.complaints.review import ReviewFigures, compute_review

OVERDUE_LISTED = 200  # a review lists this many overdue cases and counts the rest


@dataclass(frozen=True)
class ReviewPrint:
    figures: ReviewFigures
    numbers: dict[int, str]  # complaint id -> number, for the repeat groups
    overdue: list[ledger.LedgerRow]  # oldest first, at most OVERDUE_LISTED
    overdue_unlisted: int


def read_review(session: Session, start: date, end: date, now: datetime, *, public: bool = False,
                overdue_listed: int = OVERDUE_LISTED) -> ReviewPrint:
    figures = compute_review(session, start, end, now)
    scrub = masking.resident_scrubber(session) if public else None
    if scrub is not None:
        figures = public_review(figures, scrub)
    numbers = ledger.numbers_of(session, (i for g in figures.repeat_groups for i in g.ids))
    listed = figures.overdue_ids[:overdue_listed]
    overdue = ledger.rows_by_id(session, listed, now, public=public, scrub=scrub)
    return ReviewPrint(figures, numbers, overdue, len(figures.overdue_ids) - len(listed))
