"""Complaint states and which transitions are allowed."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    RECEIVED = "received"  # 已受理
    RESPONDED = "responded"  # 已响应
    IN_PROGRESS = "in_progress"  # 处理中
    PAUSED = "paused"  # 挂起
    RESOLVED = "resolved"  # 已办结
    FOLLOWED_UP = "followed_up"  # 已回访
    CLOSED = "closed"  # 已关闭
    REFERRED = "referred"  # 非本单位职责，已转交


STATUS_LABELS: dict[Status, str] = {
    Status.RECEIVED: "已受理",
    Status.RESPONDED: "已响应",
    Status.IN_PROGRESS: "处理中",
    Status.PAUSED: "挂起",
    Status.RESOLVED: "已办结",
    Status.FOLLOWED_UP: "已回访",
    Status.CLOSED: "已关闭",
    Status.REFERRED: "已转交",
}

#: Complaints still on the desk: a clock is running or a callback is due.
OPEN = frozenset({Status.RECEIVED, Status.RESPONDED, Status.IN_PROGRESS, Status.PAUSED})
DONE = frozenset({Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED, Status.REFERRED})


class Action(StrEnum):
    RESPOND = "respond"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    RESOLVE = "resolve"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    REOPEN = "reopen"
    TRANSFER = "transfer"
    EXTEND = "extend"
    REFER = "refer"
    NOTE = "note"


ACTION_LABELS: dict[Action, str] = {
    Action.RESPOND: "响应",
    Action.START: "开始处理",
    Action.PAUSE: "挂起",
    Action.RESUME: "恢复处理",
    Action.RESOLVE: "办结",
    Action.FOLLOW_UP: "回访",
    Action.CLOSE: "关闭",
    Action.REOPEN: "重新打开",
    Action.TRANSFER: "转派",
    Action.EXTEND: "延期",
    Action.REFER: "非本单位职责",
    Action.NOTE: "备注",
}

_S = Status
#: action -> states it may be taken from
ALLOWED: dict[Action, frozenset[Status]] = {
    Action.RESPOND: frozenset({_S.RECEIVED}),
    Action.START: frozenset({_S.RESPONDED}),
    Action.PAUSE: frozenset({_S.RESPONDED, _S.IN_PROGRESS}),
    Action.RESUME: frozenset({_S.PAUSED}),
    Action.RESOLVE: frozenset({_S.RESPONDED, _S.IN_PROGRESS}),
    Action.FOLLOW_UP: frozenset({_S.RESOLVED}),
    Action.CLOSE: frozenset({_S.RESOLVED, _S.FOLLOWED_UP, _S.REFERRED}),
    Action.REOPEN: frozenset({_S.RESOLVED, _S.FOLLOWED_UP, _S.CLOSED}),
    Action.TRANSFER: OPEN,
    Action.EXTEND: frozenset({_S.RESPONDED, _S.IN_PROGRESS, _S.PAUSED}),
    Action.REFER: frozenset({_S.RECEIVED, _S.RESPONDED, _S.IN_PROGRESS}),
    Action.NOTE: frozenset(Status),
}

RESULT_STATE: dict[Action, Status | None] = {
    Action.RESPOND: _S.RESPONDED,
    Action.START: _S.IN_PROGRESS,
    Action.PAUSE: _S.PAUSED,
    Action.RESUME: _S.IN_PROGRESS,
    Action.RESOLVE: _S.RESOLVED,
    Action.FOLLOW_UP: _S.FOLLOWED_UP,
    Action.CLOSE: _S.CLOSED,
    Action.REOPEN: _S.IN_PROGRESS,
    Action.TRANSFER: None,  # unchanged
    Action.EXTEND: None,
    Action.REFER: _S.REFERRED,
    Action.NOTE: None,
}


def actions_for(status: Status) -> list[Action]:
    """What the desk may do next, in the order buttons are shown."""
    return [a for a in Action if status in ALLOWED[a]]
