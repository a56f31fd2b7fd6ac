"""Suite-wide setup: headless Qt, throw-away user folders, and store fixtures.

The store fixtures run each test against SQLite and, when
``SUNSHINE_TEST_PG_URL`` points at a server we may create databases on,
PostgreSQL (a fresh database per test). ``SUNSHINE_REQUIRE_PG=1`` turns a
missing server into a failure instead of a skip (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

# Before platformdirs is asked anything: the suite must never read or write
# the real user's data, config, cache or log folders. Subprocesses inherit these.
_USER_DIRS = tempfile.mkdtemp(prefix="sunshine-test-home-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_USER_DIRS, _name.lower())
    os.makedirs(os.environ[_name], exist_ok=True)
os.environ.pop("SUNSHINE_DB", None)

import subprocess  # noqa: E402
import sys  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from localdb.engine import Store  # noqa: E402
from localdb.migrate import open_store  # noqa: E402
from localdb.models import User  # noqa: E402
from localdb.roles import Actor, Role  # noqa: E402
from localdb.services import setup, users  # noqa: E402
from localdb.services.community import CommunityProfile  # noqa: E402
from localdb.url import to_url  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PG_ENV = "SUNSHINE_TEST_PG_URL"
REQUIRE_PG_ENV = "SUNSHINE_REQUIRE_PG"

ADMIN_PASSWORD = "admin-pass-123"
STAFF_PASSWORD = "staff-pass-123"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_USER_DIRS, ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whatever runs on a store backend carries the ``store`` marker."""
    for item in items:
        if "store_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.store)


def _pg_server() -> URL:
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        message = f"PostgreSQL not configured: set {PG_ENV}"
        if os.environ.get(REQUIRE_PG_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    return to_url(base)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A database migrated to HEAD once per run, cloned for each test.

    ``CREATE DATABASE ... TEMPLATE`` costs about what an empty one does, so each
    test saves the migration; creating the template proves an empty PostgreSQL
    database migrates.
    """
    server = _pg_server()
    name = f"sd_template_{uuid.uuid4().hex}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            opened, report = open_store(server.set(database=name))
            opened.dispose()
            assert report.from_revision is None
            yield name
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def _postgres_url(template: str) -> Iterator[URL]:
    server = _pg_server()
    name = f"sd_{uuid.uuid4().hex}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        try:
            yield server.set(database=name)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[URL]:
    """A URL for a store with no data: a new SQLite file (not yet created), or a
    new PostgreSQL database (already at HEAD, cloned from ``pg_template``)."""
    if request.param == "sqlite":
        yield to_url(str(tmp_path / "store.db"))
    else:
        _pg_server()  # skip or fail before touching the session fixture
        yield from _postgres_url(request.getfixturevalue("pg_template"))


@pytest.fixture
def store(store_url: URL) -> Iterator[Store]:
    """A freshly created store at HEAD."""
    opened, _ = open_store(store_url)
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def admin_actor(store: Store) -> Actor:
    """The admin made by first-start setup (password ``ADMIN_PASSWORD``)."""
    with store.write() as session:
        setup.complete_setup(
            session,
            CommunityProfile(name="阳光花园", service_phone="028-85551234"),
            "admin",
            "周管理",
            ADMIN_PASSWORD,
            ADMIN_PASSWORD,
        )
    with store.read() as session:
        user = session.execute(select(User).where(User.username == "admin")).scalar_one()
        return Actor(user.id, user.display_name, Role(user.role), user.username)


def _staff(store: Store, admin: Actor, username: str, name: str, role: Role) -> Actor:
    with store.write() as session:
        _, user_id = users.add_user(session, admin, username, name, role, STAFF_PASSWORD)
    return Actor(user_id, name, role, username)


@pytest.fixture
def desk_actor(store: Store, admin_actor: Actor) -> Actor:
    return _staff(store, admin_actor, "desk1", "张丽", Role.DESK)


@pytest.fixture
def manager_actor(store: Store, admin_actor: Actor) -> Actor:
    return _staff(store, admin_actor, "manager1", "王强", Role.MANAGER)


@pytest.fixture
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with minimal cost (~1 ms instead of ~250 ms a hash on CI).

    Still real argon2id hashes through ``localdb.passwords``; only the cost
    parameters shrink. Tests opt in with ``usefixtures``.
    """
    from argon2 import PasswordHasher

    import localdb.passwords

    monkeypatch.setattr(localdb.passwords, "_hasher",
                        PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def staff_password() -> str:
    """The password ``desk_actor`` and ``manager_actor`` log in with."""
    return STAFF_PASSWORD


CliRunner = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_cli() -> CliRunner:
    """Run ``sunshine-desk`` (as ``python -m desktop``) in a separate process."""

    def run(*args: str, stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env.pop("SUNSHINE_DB", None)
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            cwd=ROOT, env=env, text=True, capture_output=True, timeout=timeout, input=stdin,
        )

    return run


@pytest.fixture
def assert_cli_healthy(run_cli: CliRunner) -> Callable[[str], None]:
    """``sunshine-desk --db DB check`` finds the store healthy.

    The holiday-calendar item alone may fail once the clock passes the last
    year in the shipped schedule; that is about the data, not the store, so
    it is tolerated here (the exit code must then say 1, not 0).
    """

    def check(db: str) -> None:
        result = run_cli("--db", db, "check", "--json")
        assert result.stdout, result.stderr
        report = json.loads(result.stdout)
        failing = [item["name"] for item in report["checks"] if not item["ok"]]
        assert failing in ([], ["节假日日历"]), result.stdout
        assert result.returncode == (0 if not failing else 1), result.stderr

    return check
