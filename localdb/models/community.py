"""The community (小区) and its addresses: buildings, units, rooms."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from localdb.models.base import Base


class Community(Base):
    """The one community this store serves (its profile)."""

    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    service_phone: Mapped[str] = mapped_column(String(40), default="")
    project_manager: Mapped[str] = mapped_column(String(50), default="")
    opening_hours: Mapped[str] = mapped_column(String(100), default="")


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    name: Mapped[str] = mapped_column(String(40))  # e.g. "3栋"
    sort_key: Mapped[int] = mapped_column(default=0)

    units: Mapped[list[Unit]] = relationship(back_populates="building")

    __table_args__ = (UniqueConstraint("community_id", "name"),)


class Unit(Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"))
    name: Mapped[str] = mapped_column(String(40))  # e.g. "2单元"
    sort_key: Mapped[int] = mapped_column(default=0)

    building: Mapped[Building] = relationship(back_populates="units")
    rooms: Mapped[list[Room]] = relationship(back_populates="unit")

    __table_args__ = (UniqueConstraint("building_id", "name"),)


class Room(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # e.g. "1502"
    floor: Mapped[int] = mapped_column(default=0)
    area_m2: Mapped[float | None] = mapped_column(default=None)

    unit: Mapped[Unit] = relationship(back_populates="rooms")

    __table_args__ = (UniqueConstraint("unit_id", "number"),)
