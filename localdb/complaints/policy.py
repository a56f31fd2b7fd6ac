"""Manager settings of the desk: deadline policy, added calendar years, categories.

Changing the policy or the calendar recomputes every open complaint's clocks
in the same transaction."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.complaints.clock import CALENDAR_KEY, POLICY_KEY, recompute_open
from localdb.deadlines import Urgency, policy_from_dict, policy_to_dict
from localdb.errors import StoreError, ValidationError
from localdb.models import ComplaintCategory, Setting
from localdb.roles import Actor, Permission
from localdb.workcalendar import YearSchedule, dump_years, load_manager_years


def _put(session: Session, key: str, value: str) -> str | None:
    row = session.get(Setting, key)
    before = row.value if row else None
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    return before


def save_policy(session: Session, actor: Actor, policy: dict[str, Any],
                now: datetime | None = None) -> Changes:
    actor.require(Permission.EDIT_COMPLAINT_POLICY)
    canonical = json.dumps(policy_to_dict(policy_from_dict(policy)), ensure_ascii=False,
                           sort_keys=True)
    before = _put(session, POLICY_KEY, canonical)
    audit.record(session, actor, "policy.save", "setting", POLICY_KEY,
                 json.loads(before) if before else None, json.loads(canonical))
    session.flush()
    return Changes(settings=True) | recompute_open(session, actor, now)


def added_years(session: Session) -> dict[int, YearSchedule]:
    """The official schedules a manager added (they replace shipped years)."""
    row = session.get(Setting, CALENDAR_KEY)
    return load_manager_years(row.value) if row and row.value else {}


def save_calendar_years(session: Session, actor: Actor, years_json: str,
                        now: datetime | None = None) -> Changes:
    """Store manager-added official schedules (e.g. next year's, once published)."""
    actor.require(Permission.EDIT_COMPLAINT_POLICY)
    canonical = dump_years(load_manager_years(years_json))
    before = _put(session, CALENDAR_KEY, canonical)
    audit.record(session, actor, "calendar.save", "setting", CALENDAR_KEY,
                 {"years": before}, {"years": canonical})
    session.flush()
    return Changes(settings=True) | recompute_open(session, actor, now)


def add_category(session: Session, actor: Actor, name: str, urgency: str) -> tuple[Changes, int]:
    actor.require(Permission.EDIT_COMPLAINT_POLICY)
    name = validate.text(name, "类别名称", limit=40)
    try:
        urgency = Urgency(urgency).value
    except ValueError as exc:
        raise ValidationError("unknown_urgency", field="urgency", value=urgency) from exc
    if session.execute(select(ComplaintCategory.id).where(ComplaintCategory.name == name)).first():
        raise ValidationError("category_taken", field="类别名称", name=name)
    last = session.execute(select(func.max(ComplaintCategory.sort_key))).scalar() or 0
    category = ComplaintCategory(name=name, urgency=urgency, active=True, sort_key=last + 1)
    session.add(category)
    session.flush()
    audit.record(session, actor, "category.add", "complaint_category", category.id, None,
                 {"name": name, "urgency": urgency})
    return Changes(settings=True), category.id


def update_category(session: Session, actor: Actor, category_id: int, *,
                    urgency: str | None = None, active: bool | None = None) -> Changes:
    """Urgency applies to complaints received from now on; existing ones keep theirs."""
    actor.require(Permission.EDIT_COMPLAINT_POLICY)
    category = session.get(ComplaintCategory, category_id)
    if category is None:
        raise StoreError("not_found", what="投诉类别", ident=category_id)
    before = {"urgency": category.urgency, "active": category.active}
    if urgency is not None:
        try:
            category.urgency = Urgency(urgency).value
        except ValueError as exc:
            raise ValidationError("unknown_urgency", field="urgency", value=urgency) from exc
    if active is False and category.active:
        others = session.execute(select(func.count()).select_from(ComplaintCategory).where(
            ComplaintCategory.active, ComplaintCategory.id != category.id)).scalar_one()
        if others == 0:  # intake would have nothing to choose
            raise ValidationError("last_category", field="active")
    if active is not None:
        category.active = active
    audit.record(session, actor, "category.update", "complaint_category", category.id, before,
                 {"urgency": category.urgency, "active": category.active})
    return Changes(settings=True)
