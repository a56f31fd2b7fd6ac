"""Read-only by role: every write service in localdb refuses the KIOSK actor
and leaves the store exactly as it was (rows, audit chain, outbox). The
services are found, not listed: every public function of a localdb module
taking (session|store, actor, ...) — so a new write service is covered the
day it is added. Only raising a question is the kiosk's to do."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import localdb
from localdb.engine import Store
from localdb.errors import PermissionDenied
from localdb.roles import KIOSK, Actor
from tests.localdb.test_roles import snapshot

NOW = datetime(2026, 6, 3, 2, 0, tzinfo=UTC)
#: The kiosk's one write (checked for what it stores in test_settings_and_ask).
ALLOWED = {"localdb.questions.service.raise_question", "localdb.kiosk.ask.ask"}
#: Helpers whose callers check the permission first (documented so in each).
INTERNAL = {
    "localdb.services.community.write_profile",  # setup and save_profile check
    "localdb.complaints.records.record_change",
    "localdb.complaints.clock.recompute_open",  # run by policy/calendar saves after their check
    "localdb.worklog.entries.write_work",  # set_work_entries and the importer check
    "localdb.worklog.entries.write_registers",
    "localdb.audit.record",  # the audit entry every service writes after its check
    "localdb.services.users.insert_user",  # add_user and first-start setup check
}


def write_services() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.walk_packages(localdb.__path__, "localdb."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != info.name:
                continue
            params = list(inspect.signature(fn).parameters.values())
            if len(params) >= 2 and params[0].name in ("session", "store") and params[1].name == "actor":
                found[f"{info.name}.{name}"] = fn
    return found


def _plausible(annotation: object) -> object:
    """A value of the declared type, so a service that checks its input before
    the permission still gets as far as the permission."""
    text = str(annotation)
    if text.startswith("str"):
        return "查询机测试"
    if text.startswith("int"):
        return 1
    if text.startswith("bool"):
        return False
    if "datetime" in text:
        return NOW
    if text.startswith("date"):
        return NOW.date()
    if text.startswith("bytes"):
        return b"%PDF-1.4"
    return None


def _call(store: Store, name: str, fn: Callable[..., Any], actor: Actor) -> None:
    signature = inspect.signature(fn)
    params = list(signature.parameters.values())[2:]
    args = [_plausible(p.annotation) for p in params if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: _plausible(p.annotation) for p in params
              if p.default is inspect.Parameter.empty and p.kind == p.KEYWORD_ONLY}
    if next(iter(signature.parameters)) == "store":
        fn(store, actor, *args, **kwargs)
        return
    with store.write() as session:
        fn(session, actor, *args, **kwargs)


def test_every_write_service_refuses_the_kiosk(store: Store, admin_actor: Actor) -> None:
    services = write_services()
    assert len(services) > 40, sorted(services)  # the walk found them
    problems: dict[str, str] = {}
    for name, fn in sorted(services.items()):
        if name in ALLOWED or name in INTERNAL:
            continue
        before = snapshot(store)
        try:
            _call(store, name, fn, KIOSK)
        except PermissionDenied as exc:
            if "查询机" not in exc.message:
                problems[name] = f"wrong refusal: {exc.message}"
        except Exception as exc:
            problems[name] = f"{type(exc).__name__}: {exc}"
        else:
            problems[name] = "allowed"
        if snapshot(store) != before:
            problems[name] = problems.get(name, "") + " and wrote to the store"
    assert problems == {}
    assert set(services) >= ALLOWED | INTERNAL  # the exemptions still exist
