"""Token in the keyring only, TLS always verified, a pinned self-signed city
certificate, plain http only to this machine."""

from __future__ import annotations

import datetime as dt
import ipaddress
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backends import fail

from desktop.sync import token_store
from desktop.sync.config import make_client
from desktop.sync.errors import SyncError
from desktop.sync.transport import CityTransport
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.roles import SYSTEM
from localdb.sync.settings import SyncSettings, save_sync_settings
from tests.citysim import CitySim
from tests.desktop.sync.fake_keyring import FakeKeyring
from tests.desktop.sync.helpers import TOKEN, Clock, assert_all_applied, walk_in


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "city.localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "city.pem", folder / "city.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_plain_http_only_to_this_machine() -> None:
    with pytest.raises(ValidationError) as info:
        CityTransport("http://192.0.2.10/open311/v2/", "t")
    assert info.value.code == "sync_bad_url" and "https://" in info.value.message
    assert CityTransport("http://127.0.0.1:9/x", "t").base_url == "http://127.0.0.1:9/x/"
    assert CityTransport("https://city.example.cn/open311/v2", "t").verify is True


def test_self_signed_city_is_refused_until_its_certificate_is_pinned(
        sqlite_store: Store, tmp_path: Path, fake_keyring: FakeKeyring) -> None:
    cert, key = _self_signed(tmp_path)
    city = CitySim({"demo": TOKEN})
    url = city.start(certfile=cert, keyfile=key)
    try:
        assert url.startswith("https://localhost:")
        walk_in(sqlite_store)
        token_store.set_token(url, TOKEN)
        with sqlite_store.write() as session:
            save_sync_settings(session, SYSTEM, SyncSettings(city_url=url))
        refused = make_client(sqlite_store).run_round()
        assert refused.error_kind == "tls" and not refused.online
        assert "无法验证市平台服务器的证书" in (refused.error or "")
        assert city.state.applied_log == []
        with sqlite_store.write() as session:
            save_sync_settings(session, SYSTEM, SyncSettings(city_url=url, ca_bundle=str(cert)))
        pinned = make_client(sqlite_store, now=Clock(timedelta(minutes=10))).run_round()
        assert pinned.error is None and pinned.pushed == 1
        assert_all_applied(city, sqlite_store)
    finally:
        city.stop()


def test_token_lives_in_the_keyring_never_in_the_store(sqlite_store: Store, city: CitySim,
                                                      fake_keyring: FakeKeyring) -> None:
    secret = "tok-" + "7f3a9c" * 6
    city.state.tokens[secret] = "demo"
    token_store.set_token(city.url, secret)
    with sqlite_store.write() as session:
        save_sync_settings(session, SYSTEM, SyncSettings(city_url=city.url))
    walk_in(sqlite_store)
    assert make_client(sqlite_store).run_round().pushed == 1
    assert list(fake_keyring.memory.values()) == [secret]
    sqlite_store.dispose()
    raw = b"".join(p.read_bytes() for p in Path(str(sqlite_store.url.database)).parent.glob("store.db*"))
    assert secret.encode() not in raw


def test_missing_token_and_missing_keyring_say_so_in_chinese(sqlite_store: Store, city: CitySim,
                                                             fake_keyring: FakeKeyring) -> None:
    with pytest.raises(SyncError) as info:
        make_client(sqlite_store, city_url=city.url)
    assert info.value.code == "sync_no_token"
    keyring.set_keyring(fail.Keyring())
    for call in (lambda: token_store.get_token(city.url), lambda: token_store.set_token(city.url, "x")):
        with pytest.raises(SyncError) as info:
            call()
        assert info.value.code == "sync_no_keyring"
        assert "没有可用的系统密钥环" in info.value.message


def test_wrong_token_stops_the_round_as_a_sign_in_problem(sqlite_store: Store, city: CitySim) -> None:
    walk_in(sqlite_store)
    transport = CityTransport(city.url, "wrong-token")
    from desktop.sync.client import SyncClient

    summary = SyncClient(sqlite_store, transport).run_round()
    assert summary.error_kind == "auth" and summary.online
    assert "拒绝了访问令牌" in (summary.error or "")
    assert summary.waiting == 1 and city.state.applied_log == []
