"""Opening a store: create, upgrade with a backup, and refuse — unchanged —
what is not ours, too new, unwritable or unreachable."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from localdb import audit
from localdb.engine import Store
from localdb.errors import StoreError
from localdb.migrate import HEAD, MIGRATIONS_DIR, REVISIONS, open_store
from localdb.models import Resident
from localdb.services import auth, community
from localdb.url import to_url

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store_r0001.sqlite"
FIXTURE_PASSWORD = "r0001-admin-pass"  # see tests/fixtures/make_store_r0001.py
FIXTURE_RESIDENTS = [("张伟", "13812345678"), ("李秀英", "15987654321")]
NOBODY = 65534


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_error(path: Path) -> StoreError:
    with pytest.raises(StoreError) as info:
        open_store(to_url(str(path)))
    return info.value


def sqlite_file(path: Path, *statements: str, wal: bool = False) -> Path:
    """A SQLite file made with the plain sqlite3 module, all connections closed."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.mark.parametrize("existing", [False, True], ids=["no-file", "empty-file"])
def test_new_store_is_created_at_head_without_backup(tmp_path: Path, existing: bool) -> None:
    """A missing or zero-byte file becomes a store at HEAD; nothing to back up."""
    path = tmp_path / "new.db"
    if existing:
        path.write_bytes(b"")
    store, report = open_store(to_url(str(path)))
    try:
        assert (report.from_revision, report.to_revision, report.backup) == (None, HEAD, None)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        store.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    # Opening again at HEAD migrates nothing.
    store, report = open_store(to_url(str(path)))
    store.dispose()
    assert (report.from_revision, report.backup) == (HEAD, None)


def test_revisions_match_alembic_scripts() -> None:
    """REVISIONS lists exactly alembic's chain, oldest first, ending at one head."""
    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    assert scripts.get_heads() == [HEAD]
    walked = [s.revision for s in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(walked)) == REVISIONS


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    """A private copy of the committed r0001 store."""
    copy = tmp_path / "desk.sqlite"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_r0001_store_upgrades_with_backup_and_keeps_its_data(old_store: Path) -> None:
    """r0001 → HEAD: a backup with the old content lands beside the file; rows,
    the audit chain and the admin's password all survive the migration."""
    store, report = open_store(to_url(str(old_store)))
    try:
        assert (report.from_revision, report.to_revision) == ("r0001", HEAD)
        assert report.backup is not None and report.backup.parent == old_store.parent
        assert report.backup.exists() and report.backup != old_store

        with store.read() as session:
            names = session.execute(
                select(Resident.name, Resident.phone).order_by(Resident.id)
            ).all()
            assert [tuple(r) for r in names] == FIXTURE_RESIDENTS
            profile = community.get_profile(session)
            assert profile is not None
            assert (profile.name, profile.opening_hours) == ("老城花园", "")
            chain = audit.verify(session)
            assert (chain.ok, chain.checked) == (True, 1)
        with store.write() as session:
            actor = auth.authenticate(session, "admin", FIXTURE_PASSWORD).actor_or_raise()
        assert (actor.user_id, actor.name, actor.role.value) == (1, "赵管理", "admin")
        with store.read() as session:
            assert audit.verify(session).checked == 2  # the login chained on after migration
    finally:
        store.dispose()

    old = sqlite3.connect(f"file:{report.backup}?mode=ro", uri=True)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("r0001",)]
        assert old.execute("SELECT name, phone FROM resident ORDER BY id").fetchall() == FIXTURE_RESIDENTS
        columns = [r[1] for r in old.execute("PRAGMA table_info(community)")]
        assert "opening_hours" not in columns
        assert old.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        old.close()


def test_committed_fixture_is_still_r0001() -> None:
    """Guard: nothing (a test, a tool) has upgraded the committed fixture in place."""
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("r0001",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()


def _newer_store(path: Path, wal: bool) -> Path:
    store, _ = open_store(to_url(str(path)))
    store.dispose()
    return sqlite_file(
        path,
        "UPDATE alembic_version SET version_num = 'r9999'",
        f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}",
    )


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    """A store written by a newer release (our own WAL format) is refused and not touched."""
    path = _newer_store(tmp_path / "newer.db", wal=True)
    before = sha256(path)
    error = open_error(path)
    assert error.code == "newer_schema" and "r9999" in error.message
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.db"]


def test_newer_schema_in_rollback_journal_mode_is_refused_unchanged(tmp_path: Path) -> None:
    path = _newer_store(tmp_path / "newer.db", wal=False)
    before = sha256(path)
    assert open_error(path).code == "newer_schema"
    assert sha256(path) == before


def test_text_file_is_not_a_database_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("住户名单：张伟 13812345678\n" * 50, encoding="utf-8")
    before = sha256(path)
    error = open_error(path)
    assert error.code == "not_a_database" and str(path) in error.message
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def _foreign_db(path: Path, wal: bool) -> Path:
    return sqlite_file(
        path,
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)",
        "INSERT INTO invoices (amount) VALUES (12.5)",
        wal=wal,
    )


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    """Someone else's SQLite file (tables, no alembic_version) is not ours: refused,
    nothing added to it (checked on a WAL file, whose mode we would not change)."""
    path = _foreign_db(tmp_path / "other.db", wal=True)
    before = sha256(path)
    assert open_error(path).code == "not_a_database"
    assert sha256(path) == before
    conn = sqlite3.connect(str(path))
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == [
            "invoices"]
    finally:
        conn.close()


def test_foreign_sqlite_database_in_rollback_mode_is_unchanged(tmp_path: Path) -> None:
    path = _foreign_db(tmp_path / "other.db", wal=False)
    before = sha256(path)
    assert open_error(path).code == "not_a_database"
    assert sha256(path) == before


def test_unwritable_folder_is_refused_before_creating_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Preflight asks the OS whether the folder is writable (patched: root passes
    every permission check) and creates no file when it is not."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == folder:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("localdb.preflight.os.access", access)
    error = open_error(folder / "x.db")
    assert error.code == "folder_read_only" and str(folder) in error.message
    assert list(folder.iterdir()) == []


@pytest.fixture
def world_readable_tmp() -> Iterator[Path]:
    """A temp dir an unprivileged user can traverse (pytest's tmp_path is 0700)."""
    path = Path(tempfile.mkdtemp(prefix="sunshine-ro-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path)


def _cli_as_nobody(args: list[str], home: Path) -> tuple[int, str]:
    """Run the CLI's ``main`` in a forked child that dropped root for ``nobody``.

    A fresh ``python -m desktop`` cannot be exec'd as nobody here (the
    interpreter lives under /root, mode 0700), and nobody cannot read the
    standard library either; so the child first runs the same command as root
    on a scratch store, which imports whatever the CLI imports lazily, and only
    then drops privileges and runs the real one.
    """
    import desktop.cli

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: must never return into pytest
        code = 70
        try:
            os.close(read_fd)
            for name in ("HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
                os.environ[name] = str(home)
            os.environ.pop("SUNSHINE_DB", None)
            sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
            desktop.cli.main(["--db", str(home / "warm-up" / "w.db"), *args[2:]])
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            sys.stderr = sys.stdout = open(write_fd, "w", encoding="utf-8")  # noqa: SIM115
            code = desktop.cli.main(args)
            sys.stderr.flush()
        except BaseException as exc:  # report anything; never run pytest's code after fork
            os.write(write_fd, f"child error: {exc!r}".encode())
        finally:
            os._exit(code)
    os.close(write_fd)
    with open(read_fd, encoding="utf-8") as out:
        output = out.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


def test_cli_on_read_only_folder_exits_2_with_message(world_readable_tmp: Path) -> None:
    """For real, without root's bypass: ``check`` on a 0555 folder says the folder
    is not writable (exit 2) and creates nothing."""
    ro = world_readable_tmp / "readonly"
    ro.mkdir()
    home = world_readable_tmp / "home"
    home.mkdir()
    ro.chmod(0o555)
    args = ["--db", str(ro / "x.db"), "check"]  # _cli_as_nobody relies on --db DB first
    if os.geteuid() == 0:
        os.chown(home, NOBODY, NOBODY)
        code, output = _cli_as_nobody(args, home)
    else:
        env = dict(os.environ, HOME=str(home))
        env.pop("SUNSHINE_DB", None)
        result = subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        code, output = result.returncode, result.stderr
    assert code == 2, output
    assert "不可写" in output and str(ro) in output
    assert list(ro.iterdir()) == []


def test_unreachable_postgresql_fails_fast_without_leaking_password() -> None:
    started = time.monotonic()
    with pytest.raises(StoreError) as info:
        open_store(to_url("postgresql://u:hunter2@127.0.0.1:1/x"))
    assert time.monotonic() - started < 5
    assert info.value.code == "server_unreachable"
    assert "127.0.0.1" in info.value.message and "hunter2" not in info.value.message


def test_open_store_counts_rows_through_orm(old_store: Path) -> None:
    """The upgraded file is a normal store: the ORM can count what r0001 wrote."""
    store, _ = open_store(to_url(str(old_store)))
    try:
        with store.read() as session:
            assert session.execute(select(func.count()).select_from(Resident)).scalar_one() == 2
    finally:
        store.dispose()


@pytest.mark.store
def test_migrated_schema_matches_the_models(store: Store) -> None:
    """Models and migrations describe the same tables on every backend, so a
    model change without its migration (or the reverse) fails here. The search
    index (derived data, not a model) is left out, as in migrations/env.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from localdb.models import Base
    from localdb.search.schema import include_name

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
