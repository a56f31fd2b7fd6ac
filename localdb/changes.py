"""What a write changed, so the UI refreshes only what it must (as Anki's
OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    community: bool = False
    addresses: bool = False
    residents: bool = False
    users: bool = False
    settings: bool = False
    complaints: bool = False
    alerts: bool = False
    records: bool = False  # query-desk records, their tables and attachments
    catalogue: bool = False  # categories, disclosure list, money accounts
    questions: bool = False
    sync: bool = False  # outbox states, sync status or its settings

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
