"""Manager settings: a policy change recomputes open clocks; the catalogue
keeps at least one category; bad urgencies are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from localdb.complaints import policy
from localdb.complaints.intake import ComplaintInput, intake
from localdb.deadlines import DeadlinePolicy, policy_to_dict
from localdb.engine import Store
from localdb.errors import PermissionDenied, ValidationError
from localdb.models import Complaint, ComplaintCategory
from localdb.roles import Actor
from tests.localdb.complaints.conftest import T0, category_id


def test_policy_change_recomputes_open_complaints_only(
    community: Store, desk_actor: Actor, manager_actor: Actor
) -> None:
    with community.write() as s:
        _, open_id = intake(s, desk_actor, ComplaintInput(
            channel="walk_in", category_id=category_id(community, "公共设施报修"),
            description="灯坏了", room_id=1), now=T0)
    with community.read() as s:
        before = s.get(Complaint, open_id).resolution_due  # type: ignore[union-attr]
    rules = policy_to_dict(DeadlinePolicy())
    rules["default"]["ordinary"]["resolution"]["working_days"] = 3
    with pytest.raises(PermissionDenied), community.write() as s:
        policy.save_policy(s, desk_actor, rules, now=T0)
    with community.write() as s:
        policy.save_policy(s, manager_actor, rules, now=T0 + timedelta(minutes=5))
    with community.read() as s:
        after = s.get(Complaint, open_id).resolution_due  # type: ignore[union-attr]
    # 2026-10-09 18:00 (2nd working day after 09-30) -> 2026-10-10 18:00 (make-up Saturday).
    assert before is not None and after is not None
    assert after - before == timedelta(days=1)


def test_the_last_active_category_cannot_be_deactivated(community: Store,
                                                         manager_actor: Actor) -> None:
    with community.read() as s:
        ids = list(s.execute(select(ComplaintCategory.id).order_by(ComplaintCategory.id)).scalars())
    with community.write() as s:
        for cid in ids[1:]:
            policy.update_category(s, manager_actor, cid, active=False)
    with pytest.raises(ValidationError) as err, community.write() as s:
        policy.update_category(s, manager_actor, ids[0], active=False)
    assert err.value.code == "last_category"


def test_unknown_urgency_is_a_validation_error(community: Store, manager_actor: Actor) -> None:
    with pytest.raises(ValidationError), community.write() as s:
        policy.update_category(s, manager_actor, 1, urgency="very")
    with pytest.raises(ValidationError), community.write() as s:
        policy.add_category(s, manager_actor, "新类别", "very")
