"""The kiosk's settings: idle time, question limits, whether the project
manager's photo is shown, and the staff PIN that ends the kiosk.

The PIN is kept as an argon2 hash (localdb.passwords) in its own setting;
nothing shows it. Checking it is a read: the kiosk never writes for it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from localdb import audit, passwords
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import Blob, Setting
from localdb.roles import Actor, Permission

KEY = "kiosk"
PIN_KEY = "kiosk_pin"
PHOTO_KEY = "kiosk_manager_photo"
PIN_DIGITS = (4, 8)
PHOTO_LIMIT_MB = 2
PHOTO_TYPES = ("image/jpeg", "image/png")
#: The window the per-kiosk question limit counts in.
WINDOW_MINUTES = 10
_PIN = re.compile(r"^\d+$")


@dataclass(frozen=True)
class KioskSettings:
    idle_seconds: int = 90  # back to the home screen, typing cleared
    questions_per_window: int = 5  # per kiosk, in WINDOW_MINUTES
    questions_per_room_per_day: int = 3
    show_manager_photo: bool = False  # the project manager allows it

    def validated(self) -> KioskSettings:
        for name, value, low, high in (
            ("无操作返回首页（秒）", self.idle_seconds, 15, 3600),
            ("每 10 分钟质疑条数", self.questions_per_window, 1, 100),
            ("每户每天质疑条数", self.questions_per_room_per_day, 1, 50),
        ):
            if not low <= int(value) <= high:
                raise ValidationError("kiosk_setting_range", field=name, low=low, high=high)
        return KioskSettings(int(self.idle_seconds), int(self.questions_per_window),
                             int(self.questions_per_room_per_day), bool(self.show_manager_photo))


def _json(session: Session, key: str) -> object:
    row = session.get(Setting, key)
    return json.loads(row.value) if row else None


def _put(session: Session, key: str, value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()


def get_kiosk_settings(session: Session) -> KioskSettings:
    stored = _json(session, KEY)
    known = {f.name for f in fields(KioskSettings)}
    values = {k: v for k, v in stored.items() if k in known} if isinstance(stored, dict) else {}
    return KioskSettings(**values)


def save_kiosk_settings(session: Session, actor: Actor, new: KioskSettings) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    new = new.validated()
    old = get_kiosk_settings(session)
    _put(session, KEY, asdict(new))
    audit.record(session, actor, "kiosk.settings", "setting", KEY, asdict(old), asdict(new))
    return Changes(settings=True)


# -- the PIN ----------------------------------------------------------------------

def set_pin(session: Session, actor: Actor, pin: str | None) -> Changes:
    """Set (or with None, remove) the PIN that ends the kiosk. The audit entry
    says that it changed, never what it is."""
    actor.require(Permission.EDIT_SETTINGS)
    had = pin_is_set(session)
    if pin is None:
        row = session.get(Setting, PIN_KEY)
        if row is not None:
            session.delete(row)
            session.flush()
    else:
        low, high = PIN_DIGITS
        if not (_PIN.match(pin) and low <= len(pin) <= high):
            raise ValidationError("kiosk_bad_pin", field="管理密码", low=low, high=high)
        _put(session, PIN_KEY, passwords.hash_password(pin))
    audit.record(session, actor, "kiosk.pin", "setting", PIN_KEY, {"set": had}, {"set": pin is not None})
    return Changes(settings=True)


def pin_is_set(session: Session) -> bool:
    return isinstance(_json(session, PIN_KEY), str)


def check_pin(session: Session, pin: str) -> bool:
    """Does ``pin`` match the stored one? False when none is set."""
    stored = _json(session, PIN_KEY)
    return isinstance(stored, str) and passwords.verify_password(stored, pin)


# -- the project manager's photo ----------------------------------------------------

def set_manager_photo(session: Session, actor: Actor, data: bytes | None, mime: str = "") -> Changes:
    """The photo the community panel shows when show_manager_photo allows it."""
    actor.require(Permission.EDIT_COMMUNITY)
    stored = _json(session, PHOTO_KEY)
    old = stored if isinstance(stored, dict) else None
    new: dict[str, str] | None
    if data is None:
        new = None
        row = session.get(Setting, PHOTO_KEY)
        if row is not None:
            session.delete(row)
            session.flush()
    else:
        if mime not in PHOTO_TYPES or not data or len(data) > PHOTO_LIMIT_MB * 1024 * 1024:
            raise ValidationError("kiosk_photo_type", field="项目经理", limit=PHOTO_LIMIT_MB)
        digest = hashlib.sha256(data).hexdigest()
        if session.get(Blob, digest) is None:
            session.add(Blob(sha256=digest, mime=mime, size=len(data), data=data))
        new = {"sha256": digest, "mime": mime}
        _put(session, PHOTO_KEY, new)
    audit.record(session, actor, "kiosk.manager_photo", "setting", PHOTO_KEY, old, new)
    return Changes(community=True)


def manager_photo(session: Session) -> tuple[bytes, str] | None:
    """The photo and its type, or None when none is stored."""
    stored = _json(session, PHOTO_KEY)
    if not isinstance(stored, dict):
        return None
    blob = session.get(Blob, str(stored.get("sha256", "")))
    return (blob.data, blob.mime) if blob is not None else None
