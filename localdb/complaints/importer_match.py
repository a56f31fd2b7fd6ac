"""Matching sheet rows against the store: which room a typed room number means,
and which rows are already there (so a second import adds nothing)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb.complaints.queries import room_label
from localdb.models import Building, Complaint, Room, Unit

if TYPE_CHECKING:
    from localdb.complaints.importer_parse import CandidateRow

_PLACE_WORDS = re.compile(r"号楼|栋|幢|座|单元")
_SEPARATORS = re.compile(r"[\s\-－—–_/\\·.]+")


def _core(part: str) -> str:
    text = part.strip().upper().removesuffix("室").removesuffix("号")
    return str(int(text)) if text.isdigit() else text


def _parts(text: str) -> list[str]:
    """"3栋-2单元-1502", "3-2-1502", "3号楼2单元1502室" -> ["3", "2", "1502"]."""
    return [p for p in (_core(x) for x in _SEPARATORS.split(_PLACE_WORDS.sub("-", text))) if p]


class RoomIndex:
    """Every room by building, unit and number as people type them (the ideas
    of ``queries.room_choices``, in memory: a sheet asks thousands of times)."""

    def __init__(self, session: Session) -> None:
        self.rooms: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for room_id, number, unit, building in session.execute(
                select(Room.id, Room.number, Unit.name, Building.name)
                .join(Unit, Unit.id == Room.unit_id).join(Building, Building.id == Unit.building_id)
                .order_by(Building.sort_key, Unit.sort_key, Room.floor, Room.number)):
            b, u, r = "-".join(_parts(building)), "-".join(_parts(unit)), _core(number)
            found = (room_id, room_label(building, unit, number))
            self.rooms.setdefault((b, u, r), []).append(found)
            self.rooms.setdefault((b, r), []).append(found)  # "3-1502" when one unit has it

    def find(self, text: str) -> list[tuple[int, str]]:
        """(room id, label) of every room the text may mean: one, none or several."""
        parts = _parts(text)
        return self.rooms.get(tuple(parts), []) if len(parts) in (2, 3) else []


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def existing(session: Session, rows: Sequence[CandidateRow]) -> dict[int, str]:
    """Row number -> number of the complaint already in the store for that row:
    the same city case number, or the same receipt time, room or place and
    description (what a second import of the same file finds)."""
    by_city: dict[str, str] = {}
    city_ids = sorted({r.city_id for r in rows if r.city_id})
    for chunk in _chunks(city_ids):
        for city_id, number in session.execute(
                select(Complaint.city_id, Complaint.number).where(Complaint.city_id.in_(chunk))):
            by_city[city_id or ""] = number
    by_key: dict[tuple[datetime, int | None, str, str], str] = {}
    for chunk in _chunks(sorted({r.received_at for r in rows})):
        for number, received, room_id, location, description in session.execute(
                select(Complaint.number, Complaint.received_at, Complaint.room_id,
                       Complaint.location, Complaint.description)
                .where(Complaint.received_at.in_(chunk))):
            by_key.setdefault((received.astimezone(UTC), room_id, location, description), number)
    out: dict[int, str] = {}
    for r in rows:
        number = by_city.get(r.city_id or "") or by_key.get(r.key())
        if number is not None:
            out[r.row_number] = number
    return out
