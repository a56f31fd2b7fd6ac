"""Figures for the start screen."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from localdb.models import Building, Resident, Room, Unit, User
from localdb.services.community import CommunityProfile, get_profile


@dataclass(frozen=True)
class Overview:
    profile: CommunityProfile | None
    buildings: int
    units: int
    rooms: int
    residents: int
    staff: int


def overview(session: Session) -> Overview:
    def count(model: type[object]) -> int:
        return session.execute(select(func.count()).select_from(model)).scalar_one()

    return Overview(
        profile=get_profile(session),
        buildings=count(Building),
        units=count(Unit),
        rooms=count(Room),
        residents=count(Resident),
        staff=session.execute(select(func.count()).select_from(User).where(User.active)).scalar_one(),
    )
