"""What staff see of the sync: one summary for the status bar, and the
operations waiting or needing attention for the sync panel. Plain data only."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb.complaints.states import ACTION_LABELS, Action
from localdb.models import OutboxEntry
from localdb.sync import state
from localdb.sync.types import UNCONFIRMED, OutboxState

#: A retryable operation this many failed attempts old is shown as needing attention.
ATTENTION_ATTEMPTS = 5

STATE_LABELS: dict[str, str] = {
    OutboxState.PENDING: "等待发送",
    OutboxState.SENT: "正在发送",
    OutboxState.APPLIED: "已送达",
    OutboxState.REJECTED: "被拒绝",
    OutboxState.DISCARDED: "已放弃",
}

#: Why the city refused or deferred an operation, in staff's words.
REASON_LABELS: dict[str, str] = {
    "key_reused": "同一操作编号被用于不同内容，市平台拒绝（数据可能被改动过）",
    "invalid": "内容不符合市平台要求",
    "unknown_request": "市平台找不到这件诉求",
    "not_assigned": "这件诉求没有派给本项目",
    "duplicate_ref": "市平台已有同一编号的诉求",
    "missing_attachment": "附件尚未上传成功",
    "attachment": "附件上传失败",
    "unsupported": "市平台不支持这种操作",
    "server_error": "市平台服务器出错",
    "blocked": "等待同一诉求的前一项操作",
    "busy": "市平台繁忙",
    "rate_limited": "市平台限流，稍后重试",
    "network": "网络不通",
}


@dataclass(frozen=True)
class SyncSummary:
    online: bool
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str
    last_error_at: datetime | None
    waiting: int  # not yet confirmed by the city
    failed: int  # refused: needs attention
    retrying: int  # waiting after a failed attempt
    clock_offset: timedelta  # server clock minus this PC's
    next_round_at: datetime | None
    next_retry_at: datetime | None  # earliest time a waiting operation is tried again

    def server_now(self, local_now: datetime) -> datetime:
        """The city's clock, for the countdowns of city cases."""
        return local_now + self.clock_offset


@dataclass(frozen=True)
class OperationView:
    id: int
    kind: str
    label: str  # e.g. "投诉 TS20261127-0001 · 办结"
    state: str
    state_label: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None
    reason_code: str
    reason: str  # the reason in staff's words, then the server's own
    complaint_id: int | None


def summary(session: Session) -> SyncSummary:
    row = state.get_state(session)
    counts = dict(session.execute(
        select(OutboxEntry.state, func.count()).where(
            OutboxEntry.state.in_((*UNCONFIRMED, OutboxState.REJECTED.value)))
        .group_by(OutboxEntry.state)).tuples().all())
    retrying = session.execute(select(func.count()).select_from(OutboxEntry).where(
        OutboxEntry.state.in_(UNCONFIRMED), OutboxEntry.attempts > 0)).scalar_one()
    next_retry = session.execute(select(func.min(OutboxEntry.next_attempt_at)).where(
        OutboxEntry.state == OutboxState.PENDING.value)).scalar()
    return SyncSummary(
        online=row.online, last_attempt_at=row.last_attempt_at, last_success_at=row.last_success_at,
        last_error=row.last_error, last_error_at=row.last_error_at,
        waiting=sum(counts.get(s, 0) for s in UNCONFIRMED),
        failed=counts.get(OutboxState.REJECTED.value, 0), retrying=retrying,
        clock_offset=timedelta(milliseconds=row.clock_offset_ms), next_round_at=row.next_round_at,
        next_retry_at=next_retry)


def describe_kind(kind: str, payload: dict[str, object]) -> str:
    number = str(payload.get("number") or "")
    head, _, action = kind.partition(".")
    if head == "complaint":
        what = "受理" if action == "received" else ACTION_LABELS.get(Action(action), action) \
            if action in Action.__members__.values() else action
        return f"投诉 {number} · {what}"
    if head == "supervision":
        return f"投诉 {number} · 督办"
    if head == "disclosure":
        title = str(payload.get("title") or "")
        return f"信息公开 · {title}" if title else "信息公开"
    return kind


def _view(e: OutboxEntry) -> OperationView:
    try:
        payload = json.loads(e.payload)
    except ValueError:
        payload = {}
    label = REASON_LABELS.get(e.reason_code, "")
    reason = f"{label}：{e.last_error}" if label and e.last_error else label or e.last_error
    return OperationView(
        e.id, e.kind, describe_kind(e.kind, payload if isinstance(payload, dict) else {}), e.state,
        STATE_LABELS.get(e.state, e.state), e.attempts, e.created_at, e.next_attempt_at,
        e.reason_code, reason,
        int(e.entity_id) if e.entity == "complaint" and e.entity_id.isdigit() else None)


def attention(session: Session, limit: int = 200) -> list[OperationView]:
    """Refused operations, and those that keep failing: oldest first."""
    rows = session.execute(
        select(OutboxEntry).where(
            (OutboxEntry.state == OutboxState.REJECTED.value)
            | (OutboxEntry.state.in_(UNCONFIRMED) & (OutboxEntry.attempts >= ATTENTION_ATTEMPTS)))
        .order_by(OutboxEntry.id).limit(limit)).scalars()
    return [_view(e) for e in rows]


def waiting(session: Session, limit: int = 200) -> list[OperationView]:
    """Operations not yet confirmed by the city, oldest first."""
    rows = session.execute(select(OutboxEntry).where(OutboxEntry.state.in_(UNCONFIRMED))
                           .order_by(OutboxEntry.id).limit(limit)).scalars()
    return [_view(e) for e in rows]
