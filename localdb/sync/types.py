"""Plain data passed between the sync client and the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class OutboxState(StrEnum):
    PENDING = "pending"  # not confirmed yet; may be waiting for a retry (next_attempt_at)
    SENT = "sent"  # handed to the network, answer not recorded (a crash leaves it so)
    APPLIED = "applied"  # confirmed by the server (applied or replayed)
    REJECTED = "rejected"  # refused for good: needs attention
    DISCARDED = "discarded"  # a manager gave it up


#: Not confirmed: will be sent (again) with the same key.
UNCONFIRMED = (OutboxState.PENDING.value, OutboxState.SENT.value)
#: The desk's version of the case is still ahead of the city's.
UNSETTLED = (*UNCONFIRMED, OutboxState.REJECTED.value)


class Outcome(StrEnum):
    APPLIED = "applied"
    REPLAYED = "replayed"
    REJECTED = "rejected"
    RETRYABLE = "retryable"


@dataclass(frozen=True)
class QueuedOp:
    """One outbox entry taken for sending."""

    id: int
    key: str
    kind: str
    entity: str
    entity_id: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    body: str | None  # the frozen wire body, when sent before

    @property
    def case(self) -> tuple[str, str]:
        return (self.entity, self.entity_id)


@dataclass(frozen=True)
class OpResult:
    """The answer to one operation (from the server, or decided locally)."""

    entry_id: int
    outcome: Outcome
    reason_code: str = ""
    message: str = ""
    server_id: str | None = None  # update / disclosure / request id the server gave
    city_id: str | None = None  # the request the operation is about
    revision: int | None = None  # the request's revision after it
    city_status: str | None = None
    retry_at: datetime | None = None  # RETRYABLE: not before


@dataclass(frozen=True)
class RecordSummary:
    confirmed: int = 0
    rejected: int = 0
    retryable: int = 0
    adopted: int = 0  # complaints that took the city's status


@dataclass(frozen=True)
class CityRequest:
    """A request of the dispatch feed, in the store's words."""

    city_id: str
    revision: int
    status: str | None  # the desk's status vocabulary (x_status)
    service_name: str
    description: str
    channel: str
    requested_at: datetime
    updated_at: datetime | None = None
    response_due: datetime | None = None
    resolution_due: datetime | None = None
    urgency: str | None = None
    client_ref: str | None = None  # our number, for requests we created
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
    room: str = ""


@dataclass(frozen=True)
class CityUpdate:
    """A note or status change made at the city."""

    update_id: str
    city_id: str
    status: str | None
    description: str
    at: datetime
    revision: int | None = None


@dataclass(frozen=True)
class CitySupervision:
    """督办 from the housing authority."""

    supervision_id: str
    city_id: str
    authority: str
    note: str
    issued_at: datetime


@dataclass(frozen=True)
class PulledPage:
    requests: tuple[CityRequest, ...] = ()
    updates: tuple[CityUpdate, ...] = ()
    supervisions: tuple[CitySupervision, ...] = ()
    next_cursor: str | None = None
    has_more: bool = False


@dataclass(frozen=True)
class PullResult:
    skipped: bool = False  # another client moved the cursor first: nothing applied
    created: int = 0
    updated: int = 0
    stale: int = 0  # older or equal revisions, ignored
    notes: int = 0
    supervisions: int = 0
    orphans: int = 0  # items about a request we do not have
    numbers: tuple[str, ...] = field(default=())

    @property
    def applied(self) -> int:
        return self.created + self.updated + self.notes + self.supervisions
