"""Records made straight as model rows for the query desk's read-side and
screen tests (the read side must not depend on how records are written).

Categories and sub-categories are looked up by name and made only when the
store does not hold them yet, so these helpers work with or without the
seeded catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb.models import (
    Attachment,
    MoneyAccount,
    MoneyLine,
    Record,
    RecordCategory,
    RecordQuestion,
    RecordSubcategory,
    RecordTag,
    StoredFile,
    WorkEntry,
)

CATEGORIES = ("合同协议", "财务管理", "清册台账", "作业记录", "制度规范")
_CODES = {"合同协议": "contracts", "财务管理": "finance", "清册台账": "registers",
          "作业记录": "work_records", "制度规范": "rules"}
BASE = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)


def category(session: Session, name: str) -> int:
    found = session.execute(select(RecordCategory.id).where(RecordCategory.name == name)).scalar()
    if found is not None:
        return found
    row = RecordCategory(code=_CODES.get(name, f"t_{name}"), name=name,
                         sort_key=CATEGORIES.index(name) if name in CATEGORIES else 99)
    session.add(row)
    session.flush()
    return row.id


def catalogue(session: Session) -> dict[str, int]:
    return {name: category(session, name) for name in CATEGORIES}


def subcategory(session: Session, category_name: str, name: str, body_kind: str = "document") -> int:
    cid = category(session, category_name)
    found = session.execute(select(RecordSubcategory.id).where(
        RecordSubcategory.category_id == cid, RecordSubcategory.name == name)).scalar()
    if found is not None:
        return found
    n = session.execute(select(func.count()).select_from(RecordSubcategory)).scalar_one()
    row = RecordSubcategory(category_id=cid, code=f"t_sub_{n + 1}", name=name, body_kind=body_kind,
                            sort_key=100 + n)
    session.add(row)
    session.flush()
    return row.id


def add_record(session: Session, category_name: str, title: str, *, state: str = "published",
               sub: str | None = None, period: tuple[date, date] | None = None,
               published_at: datetime | None = None, summary: str = "", body_text: str = "",
               body_kind: str = "document", supersedes: int | None = None,
               tags: tuple[str, ...] = ()) -> int:
    """One version; with ``supersedes`` it is the next version of that record's
    series (and, when published, marks the older one superseded)."""
    series_id, version = None, 1
    if supersedes is not None:
        old = session.get(Record, supersedes)
        assert old is not None
        series_id, version = old.series_id or old.id, old.version + 1
    record = Record(
        category_id=category(session, category_name),
        subcategory_id=subcategory(session, category_name, sub) if sub else None,
        title=title, summary=summary, body_text=body_text, body_kind=body_kind, state=state,
        period_start=period[0] if period else None, period_end=period[1] if period else None,
        series_id=series_id, version=version, supersedes_id=supersedes,
        published_at=published_at or (BASE if state in ("published", "superseded") else None),
    )
    session.add(record)
    session.flush()
    if record.series_id is None:
        record.series_id = record.id
    if supersedes is not None and state == "published":
        old = session.get(Record, supersedes)
        assert old is not None
        old.state = "superseded"
        old.superseded_at = (record.published_at or BASE)
    for tag in tags:
        session.add(RecordTag(record_id=record.id, tag=tag))
    session.flush()
    return record.id


def attach(session: Session, record_id: int, filename: str, sha256: str, mime: str, size: int,
           text: str = "") -> int:
    if session.get(StoredFile, sha256) is None:
        session.add(StoredFile(sha256=sha256, mime=mime, size=size, extracted_text=text))
        session.flush()
    row = Attachment(record_id=record_id, sha256=sha256, filename=filename)
    session.add(row)
    session.flush()
    return row.id


def ask(session: Session, record_id: int, number: str, text: str, *, answer: str = "",
        shown: bool = False, phone: str = "13800001234") -> int:
    asked = BASE + timedelta(days=1)
    row = RecordQuestion(
        number=number, record_id=record_id, channel="desk", phone=phone, text=text, asked_at=asked,
        answer_due=asked + timedelta(days=7), answer=answer,
        answered_at=asked + timedelta(days=2) if answer else None, shown_publicly=shown)
    session.add(row)
    session.flush()
    return row.id


def month(year: int, m: int) -> tuple[date, date]:
    end = (date(year + m // 12, m % 12 + 1, 1) - timedelta(days=1))
    return date(year, m, 1), end


def money_lines(session: Session, record_id: int, model: str,
                lines: Sequence[tuple[str, date, str, str, str]]) -> None:
    """Lines as rows: (account code, date, amount in yuan, description, note)."""
    for n, (code, day, amount, description, note) in enumerate(lines, start=1):
        account = session.execute(select(MoneyAccount.id).where(
            MoneyAccount.model == model, MoneyAccount.code == code)).scalar_one()
        session.add(MoneyLine(record_id=record_id, line_no=n, account_id=account, occurred_on=day,
                              description=description, amount_fen=int(Decimal(amount) * 100), note=note))
    session.flush()


def work_entries(session: Session, record_id: int, kind: str,
                 rows: Sequence[tuple[datetime, str, str, str, str]]) -> None:
    """Work rows: (done_at, place, content, performer, result)."""
    for done_at, place, content, performer, result in rows:
        session.add(WorkEntry(record_id=record_id, kind=kind, done_at=done_at, place=place, content=content,
                              performer=performer, result=result))
    session.flush()
