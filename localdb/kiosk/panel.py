"""The kiosk's community panel: opening hours, service phone, the project
manager (name; photo only when allowed), the 码上办 QR address and when each
item of the disclosure list was last published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from localdb.disclosure import schedule
from localdb.kiosk import settings
from localdb.models import utcnow
from localdb.services.community import get_profile
from localdb.services.complaint_contacts import get_contacts


@dataclass(frozen=True)
class DisclosedItem:
    name: str
    category: str
    frequency: str  # 每月 / 每季度 / 变更时 …
    last_published_at: datetime | None
    record_id: int | None  # the newest public record of the item


@dataclass(frozen=True)
class CommunityPanel:
    name: str
    address: str
    opening_hours: str
    service_phone: str
    manager_name: str
    manager_photo: bytes | None  # only when the manager allows it
    qr_url: str  # the community's 码上办 page ("" when not set)
    project_phone: str  # the three levels of complaint phone (organisations' numbers)
    company_phone: str
    authority_phone: str
    authority_name: str
    items: tuple[DisclosedItem, ...]


def community_panel(session: Session, now: datetime | None = None) -> CommunityPanel:
    now = now or utcnow()
    profile = get_profile(session)
    contacts = get_contacts(session)
    allowed = settings.get_kiosk_settings(session).show_manager_photo
    photo = settings.manager_photo(session) if allowed else None
    items = tuple(DisclosedItem(row.item_name, row.category_name, row.frequency_label, row.last_published_at,
                                row.last_record_id)
                  for row in schedule.board(session, schedule.local_today(now)))
    return CommunityPanel(
        name=profile.name if profile else "", address=profile.address if profile else "",
        opening_hours=profile.opening_hours if profile else "",
        service_phone=profile.service_phone if profile else "",
        manager_name=profile.project_manager if profile else "",
        manager_photo=photo[0] if photo else None, qr_url=contacts.qr_url,
        project_phone=contacts.project_phone, company_phone=contacts.company_phone,
        authority_phone=contacts.authority_phone, authority_name=contacts.authority_name, items=items,
    )
