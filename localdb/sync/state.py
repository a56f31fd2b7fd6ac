"""The sync state row: the feed's cursor, the server's clock offset and how
the last rounds went. One row per store, shared by the centre's PCs."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.models import SyncState

_ROW = 1


def get_state(session: Session, *, lock: bool = False) -> SyncState:
    """The row, created when missing (a store restored from before sync).
    ``lock``: held until commit, so two PCs claim work one after the other."""
    stmt = select(SyncState).where(SyncState.id == _ROW)
    if lock:
        stmt = stmt.with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        row = SyncState(id=_ROW, clock_offset_ms=0, online=False, last_error="", failures=0)
        session.add(row)
        session.flush()
    return row


def cursor(session: Session) -> str | None:
    return session.execute(select(SyncState.cursor).where(SyncState.id == _ROW)).scalar()


def reset_cursor(session: Session, expected: str | None) -> bool:
    """Forget an expired cursor (a full re-pull follows); False when another
    PC moved it meanwhile."""
    state = get_state(session, lock=True)
    if state.cursor != expected:
        return False
    state.cursor = None
    state.cursor_saved_at = None
    return True


def server_offset(session: Session) -> timedelta:
    """Server clock minus this PC's, as last measured (zero before the first)."""
    ms = session.execute(select(SyncState.clock_offset_ms).where(SyncState.id == _ROW)).scalar()
    return timedelta(milliseconds=ms or 0)


def server_now(local_now: datetime, offset: timedelta) -> datetime:
    """The city's clock now: what city cases count down against."""
    return local_now + offset


def record_offset(session: Session, offset: timedelta, at: datetime) -> None:
    state = get_state(session)
    state.clock_offset_ms = round(offset.total_seconds() * 1000)
    state.offset_measured_at = at


def record_round(session: Session, *, at: datetime, ok: bool, error: str = "",
                 online: bool | None = None, next_round_at: datetime | None = None) -> None:
    """How a round went: a success resets the failure count; an error is kept
    until the next success so staff can read why."""
    state = get_state(session)
    state.last_attempt_at = at
    state.online = ok if online is None else online
    state.next_round_at = next_round_at
    if ok:
        state.last_success_at = at
        state.failures = 0
        state.last_error = ""
    else:
        state.failures += 1
        state.last_error = error[:2000]
        state.last_error_at = at
