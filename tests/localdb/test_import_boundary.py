"""``localdb`` stays a plain library: no Qt, no HTTP, no ``desktop``; and Qt
stays inside ``desktop/ui``."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "desktop", "requests", "httpx")

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
import localdb
names = []
for info in pkgutil.walk_packages(localdb.__path__, "localdb."):
    if info.name == "localdb.migrations.env":  # runs only inside alembic
        continue
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def _imported_roots(path: Path) -> Iterator[str]:
    """The top-level package of every import statement in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def test_importing_all_of_localdb_loads_no_qt_http_or_desktop() -> None:
    """Every localdb module imports in a fresh interpreter without pulling in
    Qt, an HTTP client or the desktop package."""
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    imported = set(report["imported"])
    # The walk really reached the leaves, versions included.
    assert {"localdb.services.auth", "localdb.models.user",
            "localdb.migrations.versions.r0001_initial"} <= imported
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert not loaded & set(FORBIDDEN)


def test_localdb_sources_never_import_desktop_or_qt() -> None:
    """No file under localdb/ names desktop, PySide6 or an HTTP client in an import."""
    files = sorted((ROOT / "localdb").rglob("*.py"))
    assert len(files) > 20
    offenders = {
        str(f.relative_to(ROOT)): root
        for f in files
        for root in _imported_roots(f)
        if root in FORBIDDEN
    }
    assert offenders == {}


def test_qt_is_imported_only_under_desktop_ui() -> None:
    """Outside desktop/ui the desktop package (CLI, paths, logs) never imports
    PySide6, so maintenance commands run without display libraries."""
    files = [f for f in sorted((ROOT / "desktop").rglob("*.py"))
             if (ROOT / "desktop" / "ui") not in f.parents]
    assert any(f.name == "cli.py" for f in files)
    offenders = {
        str(f.relative_to(ROOT))
        for f in files
        if {"PySide6", "shiboken6"} & set(_imported_roots(f))
    }
    assert offenders == set()
