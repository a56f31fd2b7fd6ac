"""A record version's states: draft → submitted → published → superseded | withdrawn."""

from __future__ import annotations

from enum import StrEnum


class RecordState(StrEnum):
    DRAFT = "draft"  # being written (or sent back by review)
    SUBMITTED = "submitted"  # waiting for a manager's review
    PUBLISHED = "published"  # public; never edited in place
    SUPERSEDED = "superseded"  # a published correction replaced it; still visible
    WITHDRAWN = "withdrawn"  # taken down, with a reason


STATE_LABELS: dict[RecordState, str] = {
    RecordState.DRAFT: "草稿",
    RecordState.SUBMITTED: "待审核",
    RecordState.PUBLISHED: "已发布",
    RecordState.SUPERSEDED: "已被更正",
    RecordState.WITHDRAWN: "已撤回",
}

#: What residents may see (kiosk, search with public_only).
PUBLIC_STATES: tuple[str, ...] = (RecordState.PUBLISHED.value, RecordState.SUPERSEDED.value)

#: Versions still being worked on.
OPEN_STATES: tuple[str, ...] = (RecordState.DRAFT.value, RecordState.SUBMITTED.value)


def label(state: str) -> str:
    return STATE_LABELS[RecordState(state)]
