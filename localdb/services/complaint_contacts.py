"""Where residents complain (投诉渠道): the 码上办 QR code's web address and the
three levels of complaint phone — the project, the company, the district
housing authority. The notice board's 投诉渠道 poster and the 码上办 sign print them.

Kept as one JSON setting; the community's service phone stays in its profile.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import Setting
from localdb.roles import Actor, Permission

KEY = "complaint_contacts"
_WEB = re.compile(r"^https?://[^\s/]+\.[^\s]+$", re.IGNORECASE)


@dataclass(frozen=True)
class ComplaintContacts:
    qr_url: str = ""  # what the community's 码上办 QR code opens (一区一码)
    project_phone: str = ""  # 项目投诉电话
    company_phone: str = ""  # 企业投诉电话
    authority_phone: str = ""  # 行业主管部门（区住建部门）投诉电话
    authority_name: str = ""  # e.g. 武侯区住房和城乡建设局

    def validated(self) -> ComplaintContacts:
        url = self.qr_url.strip()
        if url and (len(url) > 500 or not _WEB.match(url)):
            raise ValidationError("bad_web_address", field="码上办二维码网址", value=url)
        return ComplaintContacts(
            qr_url=url,
            project_phone=validate.phone(self.project_phone, "项目投诉电话"),
            company_phone=validate.phone(self.company_phone, "企业投诉电话"),
            authority_phone=validate.phone(self.authority_phone, "主管部门投诉电话"),
            authority_name=validate.text(self.authority_name, "主管部门名称", limit=60, required=False),
        )


def get_contacts(session: Session) -> ComplaintContacts:
    row = session.get(Setting, KEY)
    stored = json.loads(row.value) if row else {}
    known = {f.name for f in fields(ComplaintContacts)}
    return ComplaintContacts(**{k: v for k, v in stored.items() if k in known})


def save_contacts(session: Session, actor: Actor, contacts: ComplaintContacts) -> Changes:
    actor.require(Permission.EDIT_COMMUNITY)
    new = contacts.validated()
    old = get_contacts(session)
    write_contacts(session, new)
    audit.record(session, actor, "complaint_contacts.save", "setting", KEY, asdict(old), asdict(new))
    return Changes(community=True)


def write_contacts(session: Session, contacts: ComplaintContacts) -> None:
    """Store validated contacts; the caller checks permission and audits (the
    demo loader records them in its one summary entry)."""
    value = json.dumps(asdict(contacts), ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    else:
        row.value = value
    session.flush()
