"""Build the one-folder bundle ``dist/sunshine-desk/`` with PyInstaller.

    python installer/build.py            # the bundle
    python installer/build.py --setup    # and, on Windows, the Inno Setup installer

Needs the project installed with the ``installer`` extra
(``pip install -e '.[installer]'``). Prints the bundle's size and its biggest parts.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "sunshine-desk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "sunshine-desk"
ISS = ROOT / "installer" / "windows" / "sunshine-desk.iss"


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def report(bundle: Path, top: int = 12) -> None:
    """Total size and the biggest files/folders one level inside _internal."""
    inner = bundle / "_internal"
    # Libraries linked at the top of _internal are symlinks into PySide6/Qt/lib: count once.
    parts = [p for p in inner.iterdir() if not p.is_symlink()] if inner.is_dir() else []
    qt = inner / "PySide6" / "Qt"
    if qt.is_dir():  # Qt's own libraries, plugins and translations, one level down
        parts = [p for p in parts if p.name != "PySide6"]
        parts += [*(inner / "PySide6").glob("*.so"), *(inner / "PySide6").glob("*.pyd"),
                  *(p for p in qt.rglob("*") if p.is_file())]
    sizes = sorted(((size_of(p), p) for p in parts), reverse=True)
    print(f"bundle {bundle.relative_to(ROOT)}: {mib(size_of(bundle))}")
    for n, p in sizes[:top]:
        print(f"  {mib(n):>10}  {p.relative_to(bundle)}")


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from localdb import __version__

    return __version__


def windows_setup() -> int:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not sys.platform.startswith("win") or iscc is None:
        print("--setup needs Windows with Inno Setup 6 (iscc) on PATH", file=sys.stderr)
        return 2
    return subprocess.call([iscc, f"/DAppVersion={version()}", str(ISS)])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--setup", action="store_true", help="also compile the Windows installer (Inno Setup)")
    args = p.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: pip install -e '.[installer]'", file=sys.stderr)
        return 2
    code = subprocess.call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)],
        cwd=ROOT,
    )
    if code != 0:
        return code
    report(BUNDLE)
    return windows_setup() if args.setup else 0


if __name__ == "__main__":
    sys.exit(main())
