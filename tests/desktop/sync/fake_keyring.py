"""A keyring backend for tests: a JSON file named by SUNSHINE_TEST_KEYRING
(so a subprocess sees what the test stored), else memory. Selected with
``keyring.set_keyring(FakeKeyring())`` or, for a subprocess,
``PYTHON_KEYRING_BACKEND=tests.desktop.sync.fake_keyring.FakeKeyring``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FakeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.memory: dict[str, str] = {}

    def _path(self) -> Path | None:
        name = os.environ.get("SUNSHINE_TEST_KEYRING")
        return Path(name) if name else None

    def _load(self) -> dict[str, str]:
        path = self._path()
        if path is None:
            return self.memory
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        path = self._path()
        if path is None:
            self.memory = data
        else:
            path.write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._save(data)
