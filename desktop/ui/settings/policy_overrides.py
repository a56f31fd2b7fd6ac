"""The per-channel deadline rules, described read-only under the policy form
(they are set in the policy JSON, e.g. with the deadline CLI; no editor yet)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.ui.settings.policy_common import urgency_labels
from localdb.deadlines import CHANNEL_LABELS, Channel, RuleKind


def _channel(value: str) -> str:
    try:
        return QCoreApplication.translate("channels", CHANNEL_LABELS[Channel(value)])
    except ValueError:
        return value


def rule_text(rule: dict[str, Any]) -> str:
    if rule.get("kind") == RuleKind.WORKING_DAYS.value:
        days = rule.get("working_days")
        return QCoreApplication.translate("ComplaintSettings", "{n} 个工作日").format(n=days)
    text = QCoreApplication.translate("ComplaintSettings", "{n} 分钟").format(n=rule.get("minutes"))
    outside = rule.get("minutes_outside")
    if outside is not None and outside != rule.get("minutes"):
        text += QCoreApplication.translate(
            "ComplaintSettings", "（工作时间外受理 {n} 分钟）").format(n=outside)
    return text


def rules_text(rules: dict[str, Any]) -> str:
    text = QCoreApplication.translate("ComplaintSettings", "响应 {response}，办结 {resolution}").format(
        response=rule_text(rules["response"]), resolution=rule_text(rules["resolution"]))
    if rules.get("max_extensions"):
        text += QCoreApplication.translate(
            "ComplaintSettings", "，最多延期 {count} 次、每次不超过 {days} 个工作日"
        ).format(count=rules["max_extensions"], days=rules.get("max_extension_days"))
    return text


def overrides_text(channels: dict[str, dict[str, Any]]) -> str:
    """One line per (channel, urgency) override; empty when there are none."""
    labels = urgency_labels()
    lines = [
        QCoreApplication.translate("ComplaintSettings", "{channel} · {urgency}：{rules}").format(
            channel=_channel(channel), urgency=labels.get(urgency, urgency), rules=rules_text(rules))
        for channel, by_urgency in channels.items()
        for urgency, rules in by_urgency.items()
    ]
    if not lines:
        return ""
    head = QCoreApplication.translate(
        "ComplaintSettings", "以下受理渠道另有专用规则，优先于上面的默认规则（此处仅供查看）：")
    return "\n".join([head, *lines])
