"""Where the city system is, and the certificate to trust for it. Stored in
the store (shared by the centre's PCs); the token is not here: it lives in the
operating system's keyring (desktop/sync)."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from localdb import audit
from localdb.changes import Changes
from localdb.errors import ValidationError
from localdb.models import Setting
from localdb.roles import Actor, Permission

_PREFIX = "sync_"


@dataclass(frozen=True)
class SyncSettings:
    city_url: str = ""  # the protocol's base URL, e.g. https://city.example.cn/open311/v2/
    ca_bundle: str = ""  # a pinned (self-signed) city certificate, PEM; empty: the system's CAs
    interval_seconds: int = 60  # between rounds when all is well
    batch_size: int = 200  # operations per batch


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """https only — plain http just to this machine (a test or benchmark server)."""
    url = url.strip()
    parts = urlsplit(url)
    ok = parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or ""))
    if not ok or not parts.hostname:
        raise ValidationError("sync_bad_url", field="市平台地址", value=url)
    return url if url.endswith("/") else url + "/"


def get_sync_settings(session: Session) -> SyncSettings:
    rows = session.execute(select(Setting).where(Setting.key.like(_PREFIX + "%"))).scalars()
    stored = {r.key[len(_PREFIX):]: json.loads(r.value) for r in rows}
    known = SyncSettings.__dataclass_fields__
    return SyncSettings(**{k: v for k, v in stored.items() if k in known})


def save_sync_settings(session: Session, actor: Actor, new: SyncSettings) -> Changes:
    actor.require(Permission.MANAGE_SYNC)
    url = check_url(new.city_url) if new.city_url.strip() else ""
    bundle = new.ca_bundle.strip()
    if bundle and not Path(bundle).is_file():
        raise ValidationError("sync_no_ca_file", field="证书文件", value=bundle)
    if not 10 <= new.interval_seconds <= 3600:
        raise ValidationError("policy_range", field="同步间隔", where="同步间隔（秒）", low=10, high=3600)
    if not 1 <= new.batch_size <= 1000:
        raise ValidationError("policy_range", field="每批操作数", where="每批操作数", low=1, high=1000)
    new = SyncSettings(url, bundle, new.interval_seconds, new.batch_size)
    old = get_sync_settings(session)
    for key, value in asdict(new).items():
        row = session.get(Setting, _PREFIX + key)
        if row is None:
            session.add(Setting(key=_PREFIX + key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    audit.record(session, actor, "sync.settings", "setting", "", asdict(old), asdict(new))
    return Changes(sync=True, settings=True)
