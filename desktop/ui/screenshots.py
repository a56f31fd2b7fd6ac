"""``sunshine-desk screenshots --out DIR``: render each main screen with demo
data into PNG files, without a display, so anyone can look at the UI."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.entry_settings import isolated_settings
from desktop.ui.kiosk_window import KioskWindow
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.worker import DbWorker
from localdb import demo
from localdb.engine import Store
from localdb.migrate import open_store
from localdb.roles import SYSTEM, Actor
from localdb.services import auth, community, setup
from localdb.url import describe, to_url

SHOT_PASSWORD = "screenshot-only-1"  # for a throwaway store in a temp folder


def settle(app: QApplication, worker: DbWorker, timeout: float = 10.0) -> None:
    """Process events until every queued database job has been delivered."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if not worker.busy:
            app.processEvents()
            return
        time.sleep(0.005)
    raise TimeoutError("database jobs did not finish")


def call(app: QApplication, worker: DbWorker, fn: Callable[[Store], Any]) -> Any:
    box: list[Any] = []
    worker.run(fn, box.append, lambda exc: box.append(exc))
    settle(app, worker)
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def grab(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> Path:
    if size:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _prepare(store: Store) -> None:
    with store.write() as session:
        demo.load(session, SYSTEM, "small")


def _finish_setup(store: Store) -> Actor:
    with store.write() as session:
        profile = community.get_profile(session)
        assert profile is not None
        setup.complete_setup(session, profile, "admin", "王强", SHOT_PASSWORD, SHOT_PASSWORD)
    with store.write() as session:
        return auth.authenticate(session, "admin", SHOT_PASSWORD).actor_or_raise()


def render_all(app: QApplication, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sunshine-shots-") as tmp:
        worker = DbWorker()
        url = to_url(str(Path(tmp) / "shots.db"))
        worker.open(lambda: open_store(url), lambda _: None, lambda exc: None)
        settle(app, worker)
        call(app, worker, _prepare)

        setup_dialog = SetupDialog(worker)
        settle(app, worker)
        written.append(grab(setup_dialog, out / "01-setup.png"))
        setup_dialog.close()

        actor = call(app, worker, _finish_setup)
        login = LoginDialog(worker, "阳光花园")
        login.set_username("admin")
        written.append(grab(login, out / "02-login.png"))
        login.close()

        with isolated_settings(Path(tmp)) as settings:
            window = MainWindow(worker, actor, describe(url), settings)
            settle(app, worker)
            names = ["desk", "query", "disclosure", "ledgers", "review", "settings"]
            for index, name in enumerate(names):
                window.show_area(index)
                settle(app, worker)
                written.append(grab(window, out / f"{3 + index:02d}-main-{name}.png", (1280, 800)))
            settings_page = window.page(len(names) - 1)
            assert isinstance(settings_page, SettingsPage)
            for tab in range(1, settings_page.tabs.count()):
                settings_page.tabs.setCurrentIndex(tab)
                settle(app, worker)
                written.append(grab(window, out / f"09-settings-tab{tab + 1}.png"))
            window.close()

        locked = LoginDialog(worker, "阳光花园", locked_for=actor)
        written.append(grab(locked, out / "10-locked.png"))
        locked.close()

        kiosk = KioskWindow(worker)
        settle(app, worker)
        written.append(grab(kiosk, out / "11-kiosk-placeholder.png", (1366, 768)))
        kiosk.close()
        worker.shutdown()
    return written
