"""Input checks shared by the services. Each raises ValidationError naming
the field, so a form can show the message beside it and keep what was typed."""

from __future__ import annotations

import re

from localdb.errors import ValidationError

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline, optional area code and extension (local numbers never start with 0 or 1,
# so "1380013" is a mobile typed short, not a landline); also 400/800 numbers.
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$|^[48]00-?\d{3}-?\d{4}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")


def text(value: str, field: str, *, limit: int, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationError("required", field=field)
    if len(value) > limit:
        raise ValidationError("too_long", field=field, limit=limit)
    return value


def phone(value: str, field: str, *, required: bool = False) -> str:
    value = value.strip().replace(" ", "")
    if not value:
        if required:
            raise ValidationError("required", field=field)
        return ""
    if not (_MOBILE.match(value) or _LANDLINE.match(value)):
        raise ValidationError("bad_phone", field=field, value=value)
    return value


def hhmm(value: str, field: str) -> str:
    value = value.strip()
    if not _HHMM.match(value):
        raise ValidationError("bad_hours", field=field, value=value)
    return value


def username(value: str) -> str:
    value = value.strip()
    if not _USERNAME.match(value):
        raise ValidationError("bad_username", field="username")
    return value


MIN_PASSWORD = 8


def password(value: str, confirm: str | None = None) -> str:
    if len(value) < MIN_PASSWORD:
        raise ValidationError("password_too_short", field="password", limit=MIN_PASSWORD)
    if confirm is not None and confirm != value:
        raise ValidationError("password_mismatch", field="confirm")
    return value
