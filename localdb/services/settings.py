"""Store-wide settings: one typed record over the ``setting`` table.

Language is not here: it is a per-PC choice kept by the desktop app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit, validate
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import Setting
from localdb.roles import Actor, Permission


@dataclass(frozen=True)
class StoreSettings:
    work_start: str = "08:30"  # working hours, Asia/Shanghai
    work_end: str = "18:00"
    idle_lock_minutes: int = 10  # a staff session locks after this long idle
    max_failed_logins: int = 5
    lockout_minutes: int = 15

    def validated(self) -> StoreSettings:
        start = validate.hhmm(self.work_start, "上班时间")
        end = validate.hhmm(self.work_end, "下班时间")
        if end <= start:
            raise ValidationError("hours_order", field="work_end")
        for name, value, low, high in (
            ("idle_lock_minutes", self.idle_lock_minutes, 1, 240),
            ("max_failed_logins", self.max_failed_logins, 3, 20),
            ("lockout_minutes", self.lockout_minutes, 1, 1440),
        ):
            if not low <= value <= high:
                raise ValidationError("too_long", field=name, limit=high)
        return StoreSettings(start, end, self.idle_lock_minutes, self.max_failed_logins,
                             self.lockout_minutes)


def get_settings(session: Session) -> StoreSettings:
    stored = {
        row.key: json.loads(row.value) for row in session.execute(select(Setting)).scalars()
    }
    known = {f.name for f in fields(StoreSettings)}
    return StoreSettings(**{k: v for k, v in stored.items() if k in known})


def save_settings(session: Session, actor: Actor, new: StoreSettings) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    new = new.validated()
    old = get_settings(session)
    for key, value in asdict(new).items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    audit.record(session, actor, "settings.save", "setting", "", asdict(old), asdict(new))
    return Changes(settings=True)
