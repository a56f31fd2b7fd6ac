"""Free tags on a record version (e.g. 电梯, 2026年度); copied into corrections."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from localdb.errors import ValidationError
from localdb.models import RecordTag

MAX_TAG = 30
MAX_TAGS = 20


def normalize(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, '#' dropped, duplicates and blanks removed, order kept."""
    out: list[str] = []
    for raw in tags:
        tag = raw.strip().lstrip("#＃").strip()
        if not tag or tag in out:
            continue
        if len(tag) > MAX_TAG:
            raise ValidationError("record_tag_too_long", field="tags", value=tag, limit=MAX_TAG)
        out.append(tag)
    if len(out) > MAX_TAGS:
        raise ValidationError("record_too_many_tags", field="tags", limit=MAX_TAGS)
    return tuple(out)


def set_tags(session: Session, record_id: int, tags: tuple[str, ...]) -> None:
    session.execute(delete(RecordTag).where(RecordTag.record_id == record_id))
    session.add_all(RecordTag(record_id=record_id, tag=t) for t in tags)
    session.flush()


def tags_of(session: Session, record_id: int) -> tuple[str, ...]:
    return tuple(session.execute(
        select(RecordTag.tag).where(RecordTag.record_id == record_id).order_by(RecordTag.tag)
    ).scalars())


def tag_counts(session: Session) -> list[tuple[str, int]]:
    """Every tag in use with how many record versions carry it, most used first."""
    rows = session.execute(
        select(RecordTag.tag, func.count()).group_by(RecordTag.tag)
        .order_by(func.count().desc(), RecordTag.tag)
    ).tuples().all()
    return [(tag, n) for tag, n in rows]
