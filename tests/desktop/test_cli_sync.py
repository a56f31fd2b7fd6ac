"""``sunshine-desk sync --once``: a JSON summary, and a non-zero exit when anything failed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from localdb.migrate import open_store
from localdb.url import to_url
from tests.citysim import CitySim
from tests.conftest import CliRunner
from tests.desktop.sync.helpers import TOKEN, walk_in

pytestmark = pytest.mark.slow


@pytest.fixture
def city() -> Iterator[CitySim]:
    sim = CitySim({"demo": TOKEN}, dispatch=4)
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.desktop.sync.fake_keyring.FakeKeyring")
    monkeypatch.setenv("SUNSHINE_TEST_KEYRING", str(path))
    return path


def test_sync_once_prints_a_summary_and_fails_when_an_operation_fails(
        run_cli: CliRunner, city: CitySim, keyring_file: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    saved = run_cli("--db", db, "sync", "--set-token", "--city-url", city.url, stdin=TOKEN + "\n")
    assert saved.returncode == 0, saved.stderr
    assert TOKEN in keyring_file.read_text(encoding="utf-8")
    store, _ = open_store(to_url(db))
    walk_in(store, "好的投诉")
    walk_in(store, "会被拒绝的投诉")
    store.dispose()
    city.faults.add("reject", "batch", match={"contains": "会被拒绝"}, code="invalid", message="no")
    once = run_cli("--db", db, "sync", "--once", "--city-url", city.url)
    summary = json.loads(once.stdout)
    assert {k: summary[k] for k in ("pushed", "pulled", "failed", "waiting")} == {
        "pushed": 1, "pulled": 4, "failed": 1, "waiting": 0}
    assert once.returncode == 1
    again = run_cli("--db", db, "sync", "--once", "--city-url", city.url)
    assert again.returncode == 0 and json.loads(again.stdout)["needs_attention"] == 1


def test_sync_without_a_keyring_says_why(run_cli: CliRunner, city: CitySim, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    result = run_cli("--db", str(tmp_path / "s.db"), "sync", "--once", "--city-url", city.url)
    assert result.returncode == 2
    assert "没有可用的系统密钥环" in result.stderr and result.stdout == ""
