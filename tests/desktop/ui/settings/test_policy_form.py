"""Settings → 处理时限: editing the default rules recomputes open complaints."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop.ui.settings.policy_form import PolicyForm
from localdb.complaints import clock, policy, queries
from localdb.complaints.intake import ComplaintInput, intake
from localdb.deadlines import DeadlinePolicy, Rule, RuleKind, Urgency, policy_to_dict
from localdb.engine import Store
from localdb.models import Complaint
from localdb.roles import SYSTEM, Actor
from tests.desktop.ui.settings.conftest import OpenTab


def new_complaint(store: Store, actor: Actor, urgency: str) -> int:
    with store.write() as s:
        category = next(i for i, _, u in queries.categories(s) if u == urgency)
        _, complaint_id = intake(s, actor, ComplaintInput(
            channel="walk_in", category_id=category, description="三栋大堂灯不亮",
            location="三栋大堂"))
    return complaint_id


def resolution_due(store: Store, complaint_id: int) -> Any:
    with store.read() as s:
        complaint = s.get(Complaint, complaint_id)
        assert complaint is not None
        return complaint.resolution_due


def test_ordinary_resolution_from_two_to_three_working_days_recomputes_open_complaints(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store
) -> None:
    complaint_id = new_complaint(demo_store, manager, "ordinary")
    before = resolution_due(demo_store, complaint_id)
    form = open_tab(manager, "处理时限")
    assert isinstance(form, PolicyForm)
    ordinary = form.columns[Urgency.ORDINARY]
    assert ordinary.kind.currentData() == RuleKind.WORKING_DAYS.value
    assert ordinary.resolution.value() == 2
    assert ordinary.resolution.suffix() == " 个工作日"
    ordinary.resolution.setValue(3)
    form.save.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("已保存。"), timeout=10_000)
    assert "已重新计算未办结投诉的时限，其中" in form.status.text()
    after = resolution_due(demo_store, complaint_id)
    assert after - before >= timedelta(days=1)  # one more working day
    with demo_store.read() as s:
        policy = clock.context(s).policy
    assert policy.defaults[Urgency.ORDINARY].resolution == Rule.days(3)
    expected = policy_to_dict(DeadlinePolicy())
    expected["default"]["ordinary"]["resolution"]["working_days"] = 3
    assert policy_to_dict(policy) == expected  # nothing else changed


def test_kind_choice_keeps_each_kinds_value_and_restore_defaults(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store, answer_yes: list[str]
) -> None:
    form = open_tab(manager, "处理时限")
    assert isinstance(form, PolicyForm)
    complex_ = form.columns[Urgency.COMPLEX]
    complex_.kind.setCurrentIndex(complex_.kind.findData(RuleKind.CLOCK.value))
    assert (complex_.resolution.value(), complex_.resolution.suffix()) == (1440, " 分钟")
    complex_.resolution.setValue(2880)
    complex_.response_outside.setValue(complex_.response.value())  # same: stored as one value
    form.save.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("已保存。"), timeout=10_000)
    with demo_store.read() as s:
        rules = clock.context(s).policy.defaults[Urgency.COMPLEX]
    assert rules.resolution == Rule.clock(2880)
    assert rules.response == Rule.clock(240)
    assert (rules.max_extensions, rules.max_extension_days) == (3, 3)

    form.status.clear()
    form.restore.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("已保存。"), timeout=10_000)
    assert len(answer_yes) == 1 and "恢复为默认规则" in answer_yes[0]
    with demo_store.read() as s:
        assert policy_to_dict(clock.context(s).policy) == policy_to_dict(DeadlinePolicy())
    qtbot.waitUntil(lambda: complex_.resolution.value() == 5, timeout=5000)
    assert complex_.kind.currentData() == RuleKind.WORKING_DAYS.value


def test_channel_overrides_are_shown_read_only_and_kept_on_save(
    qtbot: Any, open_tab: OpenTab, manager: Actor, demo_store: Store
) -> None:
    data = policy_to_dict(DeadlinePolicy())
    data["channels"] = {"hotline_12345": {"ordinary": {
        "response": {"kind": "clock", "minutes": 120, "minutes_outside": 240},
        "resolution": {"kind": "working_days", "working_days": 1},
        "max_extensions": 1, "max_extension_days": 2}}}
    with demo_store.write() as s:
        policy.save_policy(s, SYSTEM, data)
    form = open_tab(manager, "处理时限")
    assert isinstance(form, PolicyForm)
    assert form.overrides.isVisibleTo(form)
    assert form.overrides.text().splitlines()[1] == (
        "12345 · 一般：响应 120 分钟（工作时间外受理 240 分钟），办结 1 个工作日，"
        "最多延期 1 次、每次不超过 2 个工作日")
    form.columns[Urgency.URGENT].response.setValue(20)  # outside working time stays 30
    form.save.click()
    qtbot.waitUntil(lambda: form.status.text().startswith("已保存。"), timeout=10_000)
    with demo_store.read() as s:
        stored = policy_to_dict(clock.context(s).policy)
    assert stored["channels"] == data["channels"]
    assert stored["default"]["urgent"]["response"] == {"kind": "clock", "minutes": 20,
                                                       "minutes_outside": 30}
