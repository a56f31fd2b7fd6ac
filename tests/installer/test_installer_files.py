"""The installer's files agree with each other: menu entries, icons, the Inno
Setup script and the executables the PyInstaller spec builds. (The bundle itself
is built and run by installer/smoke.sh in CI.)"""

from __future__ import annotations

import configparser
import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "sunshine-desk.iss"
SPEC = INSTALLER / "sunshine-desk.spec"


def desktop_entry(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(INSTALLER / "linux" / name, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize(("name", "command"), [("sunshine-desk.desktop", "sunshine-desk"),
                                               ("sunshine-desk-kiosk.desktop", "sunshine-desk kiosk")])
def test_menu_entries_start_the_desk_and_the_kiosk_with_the_shipped_icon(name: str, command: str) -> None:
    entry = desktop_entry(name)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == command
    assert entry["Name[zh_CN]"].startswith("阳光台")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_windows_icon_holds_png_images_up_to_256_pixels() -> None:
    data = (INSTALLER / "windows" / "sunshine-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sides = []
    for i in range(count):
        width, _, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.append(width or 256)
    assert {16, 32, 48, 256} <= set(sides)


def test_ico_writer_round_trips_entries() -> None:
    sys.path.insert(0, str(INSTALLER))
    try:
        from make_icons import ico
    finally:
        sys.path.remove(str(INSTALLER))
    fake = {16: b"\x89PNG\r\n\x1a\nsixteen", 256: b"\x89PNG\r\n\x1a\nbig"}
    data = ico(fake)
    assert struct.unpack_from("<HHH", data) == (0, 1, 2)
    for i, side in enumerate(sorted(fake)):
        width, height, *_, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (width, height) == ((side, side) if side < 256 else (0, 0))
        assert data[offset:offset + size] == fake[side]


def test_inno_setup_script_installs_what_the_spec_builds() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads Chinese text only from UTF-8 with a BOM
    text = raw.decode("utf-8-sig")
    spec = SPEC.read_text(encoding="utf-8")
    built = set(re.findall(r'name="(sunshine-desk[\w-]*)"', spec))
    assert {"sunshine-desk", "sunshine-desk-gui"} <= built
    shortcuts = re.findall(r'^Name: "\{group\}\\[^"]*"; Filename: "\{app\}\\([\w-]+)\.exe"(.*)$', text,
                           re.MULTILINE)
    assert {exe for exe, _ in shortcuts} <= built
    assert any('Parameters: "kiosk"' in rest for _, rest in shortcuts)  # the kiosk's own entry
    assert len(shortcuts) == 2
    assert (ISS.parent / re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE)[1]).is_file()  # type: ignore[index]


def test_uninstall_and_upgrade_leave_user_data_alone() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    sections = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL))
    assert "UninstallDelete" not in sections
    for line in sections["InstallDelete"].splitlines():
        if line.startswith("Type:"):
            assert 'Name: "{app}\\' in line  # only inside the program folder
    assert "localappdata" not in sections["Files"].lower()
