"""What the money and work-record demos share: who writes and who reviews, the
months to fill, and publishing a table through the real life cycle (drafted
by desk staff, published by the project manager, never by its author)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.disclosure import periods
from localdb.models import DisclosureItem, User
from localdb.records import lifecycle
from localdb.records.lifecycle import RecordDraft
from localdb.roles import Actor, Role
from localdb.workcalendar import SHANGHAI


@dataclass(frozen=True)
class Staff:
    desk: Actor  # drafts and submits
    manager: Actor  # reviews and publishes


def staff(session: Session) -> Staff:
    """The first active desk user and the first active manager: the author and
    a reviewer who is not the author."""
    def first(role: Role) -> Actor:
        user = session.execute(select(User).where(User.role == role.value, User.active.is_(True))
                               .order_by(User.id)).scalars().first()
        if user is None:
            raise LookupError(f"the demo needs an active {role.value} account")
        return Actor(user.id, user.display_name, role, user.username)
    return Staff(first(Role.DESK), first(Role.MANAGER))


def ended_periods(frequency: str, now: datetime, count: int) -> list[periods.Period]:
    """The last ``count`` periods that ended before today (Beijing), oldest first."""
    today = now.astimezone(SHANGHAI).date()
    out = [periods.last_ended(frequency, today)]
    while len(out) < count:
        out.append(periods.previous(frequency, out[-1]))
    return out[::-1]


def publish_moment(session: Session, item: str, end: date, now: datetime) -> datetime:
    """Some days before the item's due date, at 10:00; never later than just before now."""
    due_days = session.execute(
        select(DisclosureItem.due_days).where(DisclosureItem.code == item)).scalar() or 15
    day = end + timedelta(days=max(1, due_days - 5))
    moment = datetime.combine(day, time(10), SHANGHAI).astimezone(now.tzinfo)
    return min(moment, now - timedelta(minutes=5))


def publish_table(session: Session, who: Staff, draft: RecordDraft, fill: Callable[[int, datetime], None],
                  published: datetime) -> int:
    """Draft a record, let ``fill(record_id, at)`` set its rows, submit it and
    have the manager publish it; returns the record id."""
    created = published - timedelta(hours=3)
    rid = lifecycle.create_draft(session, who.desk, draft, created)
    fill(rid, created + timedelta(minutes=30))
    lifecycle.submit(session, who.desk, rid, created + timedelta(hours=1))
    lifecycle.publish(session, who.manager, rid, published)
    return rid
