"""The community profile (小区信息)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.models import Community
from localdb.roles import Actor, Permission


@dataclass(frozen=True)
class CommunityProfile:
    name: str
    address: str = ""
    service_phone: str = ""
    project_manager: str = ""
    opening_hours: str = ""

    def validated(self) -> CommunityProfile:
        return CommunityProfile(
            name=validate.text(self.name, "小区名称", limit=100),
            address=validate.text(self.address, "地址", limit=200, required=False),
            service_phone=validate.phone(self.service_phone, "服务电话"),
            project_manager=validate.text(
                self.project_manager, "项目经理", limit=50, required=False
            ),
            opening_hours=validate.text(
                self.opening_hours, "开放时间", limit=100, required=False
            ),
        )


def _row(session: Session) -> Community | None:
    return session.execute(select(Community).order_by(Community.id).limit(1)).scalar_one_or_none()


def get_profile(session: Session) -> CommunityProfile | None:
    row = _row(session)
    if row is None:
        return None
    return CommunityProfile(
        name=row.name,
        address=row.address,
        service_phone=row.service_phone,
        project_manager=row.project_manager,
        opening_hours=row.opening_hours,
    )


def save_profile(session: Session, actor: Actor, profile: CommunityProfile) -> Changes:
    actor.require(Permission.EDIT_COMMUNITY)
    return write_profile(session, actor, profile.validated())


def write_profile(session: Session, actor: Actor, profile: CommunityProfile) -> Changes:
    """Store a validated profile; callers check permission (setup has its own rule)."""
    row = _row(session)
    before = get_profile(session)
    if row is None:
        row = Community(**asdict(profile))
        session.add(row)
    else:
        for key, value in asdict(profile).items():
            setattr(row, key, value)
    session.flush()
    audit.record(
        session, actor, "community.save", "community", row.id,
        asdict(before) if before else None, asdict(profile),
    )
    return Changes(community=True)


def community_id(session: Session) -> int | None:
    row = _row(session)
    return row.id if row else None
