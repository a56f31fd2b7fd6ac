"""Sync settings: https (http only to this machine), a certificate that exists,
a manager's change, audited."""

from __future__ import annotations

from pathlib import Path

import pytest

from localdb.engine import Store
from localdb.errors import PermissionDenied, ValidationError
from localdb.roles import Actor
from localdb.sync.settings import SyncSettings, get_sync_settings, save_sync_settings

pytestmark = [pytest.mark.store, pytest.mark.usefixtures("fast_password_hashing")]


def test_manager_saves_the_city_address_and_a_pinned_certificate(
        store: Store, manager_actor: Actor, tmp_path: Path) -> None:
    cert = tmp_path / "city.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    with store.write() as session:
        assert save_sync_settings(session, manager_actor, SyncSettings(
            city_url="https://city.example.cn/open311/v2", ca_bundle=str(cert))).sync
    with store.read() as session:
        saved = get_sync_settings(session)
    assert (saved.city_url, saved.ca_bundle) == ("https://city.example.cn/open311/v2/", str(cert))


@pytest.mark.parametrize(("url", "bundle", "code"), [
    ("http://city.example.cn/open311/v2/", "", "sync_bad_url"),
    ("ftp://127.0.0.1/", "", "sync_bad_url"),
    ("https://city.example.cn/", "/no/such/city.pem", "sync_no_ca_file"),
])
def test_bad_settings_are_refused(store: Store, manager_actor: Actor, url: str, bundle: str,
                                  code: str) -> None:
    with pytest.raises(ValidationError) as info, store.write() as session:
        save_sync_settings(session, manager_actor, SyncSettings(city_url=url, ca_bundle=bundle))
    assert info.value.code == code


def test_desk_staff_may_not_change_them(store: Store, desk_actor: Actor) -> None:
    with pytest.raises(PermissionDenied), store.write() as session:
        save_sync_settings(session, desk_actor, SyncSettings(city_url="https://x.cn/"))
