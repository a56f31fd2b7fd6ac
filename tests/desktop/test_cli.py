"""The ``sunshine-desk`` command as a user runs it: a separate process."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from localdb import __version__

pytestmark = pytest.mark.slow


def run(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SUNSHINE_DB", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin, text=True,
                          capture_output=True, timeout=timeout, env=env)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_is_idempotent_with_if_empty(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert run("--db", str(db), "demo").returncode == 0
    again = run("--db", str(db), "demo", "--if-empty")
    assert again.returncode == 0 and "未载入" in again.stdout
    assert run("--db", str(db), "demo").returncode == 1  # without --if-empty it says no


def test_gui_logs_in_and_shows_main_window(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    assert run("--db", str(db), "demo").returncode == 0
    from localdb.migrate import open_store
    from localdb.services import community, setup
    from localdb.url import to_url

    store, _ = open_store(to_url(str(db)))
    with store.write() as session:
        profile = community.get_profile(session)
        assert profile is not None
        setup.complete_setup(session, profile, "admin", "王强", "pass-word-1", "pass-word-1")
    store.dispose()
    result = run("--db", str(db), "gui", "--login", "admin", "--password-stdin",
                 "--exit-when-shown", stdin="pass-word-1\n")
    assert result.returncode == 0, result.stderr
    assert "main-window-shown" in result.stdout


@pytest.mark.parametrize("command", [["check"], ["audit", "verify"], ["demo"]])
def test_non_database_file_is_refused_unchanged(tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "账本.xlsx"
    bad.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    before = sha(bad)
    result = run("--db", str(bad), *command)
    assert result.returncode == 2
    assert "不是阳光台的数据库" in result.stderr
    assert sha(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["账本.xlsx"]


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    assert run("--db", str(db), "demo").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'r9999'")
    conn.commit()
    conn.close()
    before = sha(db)
    result = run("--db", str(db), "check")
    assert result.returncode == 2
    assert "更新版本" in result.stderr
    assert sha(db) == before
    assert not list(tmp_path.glob("*.backup-*"))


def test_unreachable_postgresql_is_reported() -> None:
    result = run("--db", "postgresql://sunshine:x@127.0.0.1:9/sunshine", "check", timeout=30)
    assert result.returncode == 2
    assert "无法连接数据库服务器" in result.stderr
    assert "x@" not in result.stderr  # the password is never shown


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    out = tmp_path / "backup.db"
    assert run("--db", str(db), "demo").returncode == 0
    assert run("--db", str(db), "backup", "--out", str(out)).returncode == 0
    refused = run("--db", str(db), "restore", str(out))  # no --yes, no terminal
    assert refused.returncode == 2 and "--yes" in refused.stderr
    restored = run("--db", str(db), "restore", str(out), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert run("--db", str(db), "check").returncode == 0
