"""Translated labels for complaint values that arrive from localdb as data,
and the desk's time formats (always Asia/Shanghai, whatever the PC's zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.ui.desk.countdown import CONTEXT as COUNTDOWN_CONTEXT
from localdb.complaints.lifecycle import RESPONSE_KINDS
from localdb.complaints.states import ACTION_LABELS, STATUS_LABELS, Action, Status
from localdb.deadlines import CHANNEL_LABELS, URGENCY_LABELS, Channel, Urgency

SHANGHAI = ZoneInfo("Asia/Shanghai")

#: Timeline entries: the action names read as what happened.
EVENT_LABELS: dict[str, str] = {
    "received": "受理", "respond": "响应", "start": "开始处理", "pause": "挂起",
    "resume": "恢复处理", "resolve": "办结", "follow_up": "回访", "close": "关闭",
    "reopen": "重新打开", "transfer": "转派", "extend": "延期", "refer": "转交其他单位",
    "note": "备注",
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(value: str) -> str:
    try:
        return _tr("complaint_status", STATUS_LABELS[Status(value)])
    except ValueError:
        return value


def channel_label(value: str) -> str:
    try:
        return _tr("channels", CHANNEL_LABELS[Channel(value)])
    except ValueError:
        return value


def urgency_label(value: str) -> str:
    try:
        return _tr("urgency", URGENCY_LABELS[Urgency(value)])
    except ValueError:
        return value


def action_label(action: Action) -> str:
    return _tr("complaint_actions", ACTION_LABELS[action])


def response_kind_label(how: str) -> str:
    return _tr("response_kinds", RESPONSE_KINDS[how]) if how in RESPONSE_KINDS else how


def event_label(kind: str) -> str:
    return _tr("complaint_events", EVENT_LABELS[kind]) if kind in EVENT_LABELS else kind


def countdown_tr(text: str) -> str:
    """The translate function handed to the pure countdown module."""
    return _tr(COUNTDOWN_CONTEXT, text)


def local_short(at: datetime) -> str:
    """"MM-DD HH:mm" in Beijing time: the timeline and the list."""
    return at.astimezone(SHANGHAI).strftime("%m-%d %H:%M")


def local_full(at: datetime) -> str:
    return at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
