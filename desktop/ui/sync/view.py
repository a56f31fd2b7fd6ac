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

_CTX = "SyncStatus"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


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
        return _tr("{n} 秒后重试").format(n=max(1, math.ceil(seconds)))
    return _tr("{n} 分钟后重试").format(n=math.ceil(seconds / 60))


def _counts(s: SyncSummary, always_waiting: bool) -> list[str]:
    parts = []
    if always_waiting or s.waiting:
        parts.append(_tr("待发送 {n}").format(n=s.waiting))
    if s.failed:
        parts.append(_tr("失败 {n}").format(n=s.failed))
    return parts


def status_text(view: SyncView, now: datetime) -> StatusText:
    hint = _tr("点击打开同步面板（F5 立即同步）")
    if not view.configured:
        return StatusText(_tr("同步：未设置城市系统地址"), "muted", hint)
    if view.problem:
        return StatusText(_tr("同步：无法启动") + " · " + view.problem, "bad", view.problem)
    s = view.summary
    if s is None or s.last_attempt_at is None:
        return StatusText(_tr("同步：正在连接城市系统…"), "muted", hint)
    tone = "bad" if s.failed else "ok"
    failed_last = s.last_error != "" and (s.last_success_at is None or s.last_success_at < s.last_attempt_at)
    if not s.online or failed_last:
        head = _tr("同步：离线") if not s.online else _tr("同步：出错")
        if view.next_round_at is not None:
            head += _tr("，") + _wait_text((view.next_round_at - now).total_seconds())
        parts = [head, *_counts(s, False)]
        tooltip = s.last_error or hint
        return StatusText(" · ".join(parts), "bad" if s.failed or s.online else "muted", tooltip)
    parts = [_tr("同步：在线")]
    if s.last_success_at is not None:
        when = s.last_success_at.astimezone(SHANGHAI)
        shown = when.strftime("%H:%M") if when.date() == now.astimezone(SHANGHAI).date() \
            else when.strftime("%m-%d %H:%M")
        parts.append(_tr("{time} 已同步").format(time=shown))
    parts += _counts(s, True)
    return StatusText(" · ".join(parts), tone, hint)


def set_tone(widget: QWidget, tone: str) -> None:
    """Tint by the style sheet's [tone=...] rules."""
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
