"""Start the Qt application for ``gui``, ``kiosk`` and ``screenshots``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.logs import setup_logging
from desktop.ui import start_jobs
from desktop.ui.app_session import AppSession, show_open_failure
from desktop.ui.crash import install_excepthook
from desktop.ui.i18n import install_translators, saved_language
from desktop.ui.look import apply_look
from desktop.ui.qt_logging import route_qt_messages
from desktop.ui.worker import DbWorker

if TYPE_CHECKING:
    from localdb.engine import Store
    from localdb.migrate import OpenReport

log = logging.getLogger(__name__)


def app_settings() -> QSettings:
    return QSettings("sunshine-desk", "sunshine-desk")


def make_app(args: argparse.Namespace) -> QApplication:
    route_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("sunshine-desk")
    app.setApplicationDisplayName("阳光台")
    language = args.lang or saved_language(app_settings())
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    apply_look(app)
    return app


def start_logging() -> None:
    """Log file and crash dialog; called once the window is on screen
    (logging.handlers alone costs ~25 ms of start-up)."""
    install_excepthook(setup_logging())


def opener(db_text: str) -> Callable[[], tuple[Store, OpenReport]]:
    return lambda: start_jobs.open_store_at(db_text)


class _OpenFailure:
    """Tell the user the store cannot be opened, then end with exit code 2."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.exit_code = 0

    def __call__(self, text: str) -> None:
        self.exit_code = 2
        print(text, file=sys.stderr)
        show_open_failure(text)
        self.app.quit()


def run_gui(args: argparse.Namespace, db_text: str) -> int:
    app = make_app(args)
    worker = DbWorker()
    session = AppSession(worker, opener(db_text), app_settings())
    failed = _OpenFailure(app)
    session.open_failed.connect(failed)
    if args.login:
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else ""
        session.auto_login = (args.login, password)
    if args.exit_when_shown:
        # For the start-up benchmark: report when the window is on screen and
        # when the work area is there after logging in, then quit.
        session.window.shown.connect(lambda: print("main-window-shown", flush=True))

        def on_screen(name: str) -> None:
            if name == "main":
                print("work-area-shown", flush=True)
                QTimer.singleShot(0, app.quit)

        session.screen_changed.connect(on_screen)
    session.start()
    start_logging()
    code = app.exec()
    session.stop_sync()  # before the store closes
    worker.shutdown()
    return failed.exit_code or code


def run_kiosk(args: argparse.Namespace, db_text: str) -> int:
    from desktop.ui import errors
    from desktop.ui.kiosk_window import KioskWindow

    app = make_app(args)
    app.setQuitOnLastWindowClosed(False)  # only the PIN ends the kiosk
    worker = DbWorker()
    failed = _OpenFailure(app)
    windows: list[KioskWindow] = []  # keeps the window alive

    def opened(_report: OpenReport) -> None:
        window = KioskWindow(worker)
        window.unlocked.connect(app.quit)  # staff entered the PIN
        windows.append(window)
        screens = app.screens()
        if args.screen is not None and 0 <= args.screen < len(screens):
            window.setScreen(screens[args.screen])
            window.move(screens[args.screen].geometry().topLeft())
        window.showFullScreen()

    worker.open(opener(db_text), opened, lambda exc: failed(errors.message(exc)))
    start_logging()
    code = app.exec()
    worker.shutdown()
    return failed.exit_code or code


def run_screenshots(args: argparse.Namespace, db_text: str) -> int:
    from desktop.ui.screenshots import render_all

    app = make_app(args)
    caught = install_excepthook(setup_logging(), interactive=False)
    written = render_all(app, args.out)
    for path in written:
        print(path)
    if caught:  # a screen raised: its picture may be wrong, and the log has the traceback
        print(f"screenshots: {len(caught)} uncaught error(s), see the log", file=sys.stderr)
        return 1
    return 0
