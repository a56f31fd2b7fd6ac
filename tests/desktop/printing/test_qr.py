"""The 码上办 QR code on the sign and on the 投诉渠道 poster decodes to the
address configured for the community, read back by zbarimg from the printed page."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.printing import channels
from desktop.printing.channels import MissingSetting
from desktop.printing.kinds import BY_NAME, PrintRequest, run
from localdb.engine import Store
from localdb.roles import SYSTEM
from localdb.services.complaint_contacts import ComplaintContacts, get_contacts, save_contacts
from tests.desktop.printing.conftest import NOW, Planted, Printed, tool


def decode(pdf: Path, tmp_path: Path) -> list[str]:
    prefix = tmp_path / pdf.stem
    subprocess.run([tool("pdftoppm", "poppler-utils"), "-r", "150", "-png", "-f", "1", "-l", "1",
                    str(pdf), str(prefix)], check=True)
    (png,) = tmp_path.glob(f"{pdf.stem}*.png")
    found = subprocess.run([tool("zbarimg", "zbar-tools"), "--raw", "-q", str(png)],
                           capture_output=True, text=True)
    return found.stdout.splitlines()


@pytest.mark.parametrize("name", ["qr-sign", "channels-poster"])
def test_the_printed_code_decodes_to_the_configured_address(
        printed: dict[tuple[str, bool], Printed], print_store: tuple[Store, Planted], tmp_path: Path,
        name: str) -> None:
    store, _ = print_store
    with store.read() as session:
        url = get_contacts(session).qr_url
    assert url
    assert decode(printed[(name, False)].path, tmp_path) == [url]


def test_a_new_address_is_what_gets_printed(tmp_path: Path, print_store: tuple[Store, Planted]) -> None:
    """Nothing is remembered from an earlier print: the sign reads the setting."""
    store, _ = print_store
    with store.read() as session:
        before = get_contacts(session)
    new = "https://wx.example.cn/mashangban?community=%E9%98%B3%E5%85%89&v=2"
    try:
        with store.write() as session:
            save_contacts(session, SYSTEM, replace(before, qr_url=new))
        out = tmp_path / "sign.pdf"
        run(store, BY_NAME["qr-sign"], PrintRequest(now=NOW), out)
        assert decode(out, tmp_path) == [new]
    finally:
        with store.write() as session:
            save_contacts(session, SYSTEM, before)


@pytest.mark.usefixtures("admin_actor")  # a community profile, as after setup
def test_sign_without_an_address_is_refused_and_writes_nothing(tmp_path: Path, store: Store) -> None:
    with store.write() as session:
        save_contacts(session, SYSTEM, ComplaintContacts(project_phone="028-85551200"))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(MissingSetting, match="码上办二维码网址"), store.read() as session:
        channels.build_sign(session, folder / "sign.pdf", now=NOW)
    assert list(folder.iterdir()) == []
    with store.read() as session:  # the poster still prints, without a code
        assert channels.build_channels_poster(session, folder / "poster.pdf", now=NOW) == 1
