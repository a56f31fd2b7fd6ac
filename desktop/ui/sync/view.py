"""What the status bar's sync place says, from plain data: a pure function so
each state can be tested and rendered without a network."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.desk.labels import SHANGHAI
from localdb.sync.status import SyncSummary

translate = QCoreApplication.translate  # called with literal strings so lupdate finds them


@dataclass(frozen=True)
class SyncView:
    configured: bool  # a city address is set
    summary: SyncSummary | None = None  # None: not read yet
    next_round_at: datetime | None = None  # when the runner tries again
    problem: str = ""  # a setup problem staff must fix (no token, no keyring), in Chinese
    running: bool = False  # the background runner is on


@dataclass(frozen=True)
class StatusText:
    text: str
    tone: str  # "ok", "muted" or "bad"
    tooltip: str


def _wait_text(seconds: float) -> str:
    if seconds < 60:
        return translate("SyncStatus", "{n} 秒后重试").format(n=max(1, math.ceil(seconds)))
    return translate("SyncStatus", "{n} 分钟后重试").format(n=math.ceil(seconds / 60))


def _counts(s: SyncSummary, always_waiting: bool) -> list[str]:
    parts = []
    if always_waiting or s.waiting:
        parts.append(translate("SyncStatus", "待发送 {n}").format(n=s.waiting))
    if s.failed:
        parts.append(translate("SyncStatus", "失败 {n}").format(n=s.failed))
    return parts


def _when(moment: datetime, now: datetime) -> str:
    """HH:MM today, else MM-DD HH:MM (Beijing time)."""
    shown = moment.astimezone(SHANGHAI)
    return shown.strftime("%H:%M") if shown.date() == now.astimezone(SHANGHAI).date() \
        else shown.strftime("%m-%d %H:%M")


def status_text(view: SyncView, now: datetime) -> StatusText:
    hint = translate("SyncStatus", "点击打开同步面板（F5 立即同步）")
    if not view.configured:
        return StatusText(translate("SyncStatus", "同步：未设置城市系统地址"), "muted", hint)
    if view.problem:
        head = translate("SyncStatus", "同步：无法启动")
        return StatusText(head + " · " + view.problem, "bad", view.problem)
    s = view.summary
    if s is None or s.last_attempt_at is None:
        return StatusText(translate("SyncStatus", "同步：正在连接城市系统…"), "muted", hint)
    tone = "bad" if s.failed else "ok"
    failed_last = s.last_error != "" and (s.last_success_at is None or s.last_success_at < s.last_attempt_at)
    if not s.online or failed_last:
        head = (translate("SyncStatus", "同步：离线") if not s.online
                else translate("SyncStatus", "同步：出错"))
        if view.next_round_at is not None:
            head += translate("SyncStatus", "，") + _wait_text((view.next_round_at - now).total_seconds())
        parts = [head, *_counts(s, False)]
        if s.last_success_at is not None:  # how old what the desk shows from the city is
            when = _when(s.last_success_at, now)
            parts.append(translate("SyncStatus", "上次同步 {time}").format(time=when))
        tooltip = s.last_error or hint
        return StatusText(" · ".join(parts), "bad" if s.failed or s.online else "muted", tooltip)
    parts = [translate("SyncStatus", "同步：在线")]
    if s.last_success_at is not None:
        parts.append(translate("SyncStatus", "{time} 已同步").format(time=_when(s.last_success_at, now)))
    parts += _counts(s, True)
    return StatusText(" · ".join(parts), tone, hint)


def set_tone(widget: QWidget, tone: str) -> None:
    """Tint by the style sheet's [tone=...] rules."""
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
