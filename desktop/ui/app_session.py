"""The life of one app run: open the store, set up or log in, the main
window, locking when idle, switching user."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui import errors
from desktop.ui.idle_lock import IdleWatcher
from desktop.ui.login_dialog import LoginDialog, login_job
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.worker import DbWorker, reading
from localdb.changes import Changes
from localdb.engine import Store
from localdb.migrate import OpenReport
from localdb.roles import Actor
from localdb.services.community import get_profile
from localdb.services.settings import get_settings
from localdb.services.setup import needs_setup
from localdb.url import describe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartInfo:
    needs_setup: bool
    community_name: str
    idle_minutes: int


def _start_info(store: Store) -> StartInfo:
    with store.read() as session:
        profile = get_profile(session)
        return StartInfo(needs_setup(session), profile.name if profile else "",
                         get_settings(session).idle_lock_minutes)


class AppSession(QObject):
    #: The store could not be opened; carries the user-facing message.
    open_failed = Signal(str)
    #: A screen became the active one: "setup", "login", "main", "locked".
    screen_changed = Signal(str)

    def __init__(self, worker: DbWorker, opener: Callable[[], tuple[Store, OpenReport]],
                 settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._opener = opener
        self._settings = settings
        self.store_label = ""
        self.info = StartInfo(True, "", 10)
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self.actor: Actor | None = None
        self.auto_login: tuple[str, str] | None = None
        self.idle = IdleWatcher(10, self)
        self.idle.idle.connect(self.lock)
        worker.changed.connect(self._on_changed)

    def start(self) -> None:
        self.worker.open(self._opener, self._opened, self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        log.error("store could not be opened: %s", exc)
        self.open_failed.emit(errors.message(exc))

    def _opened(self, report: OpenReport) -> None:
        if report.backup is not None:
            log.info("store migrated from %s; backup at %s", report.from_revision, report.backup)
        self.worker.run(lambda store: (describe(store.url), _start_info(store)), self._route)

    def _route(self, result: tuple[str, StartInfo]) -> None:
        self.store_label, self.info = result
        self.idle.set_minutes(self.info.idle_minutes)
        if self.info.needs_setup:
            self.show_setup()
        elif self.auto_login is not None:
            username, password = self.auto_login
            self.worker.write(login_job(username, password), self.enter, self._auto_login_failed)
        else:
            self.show_login()

    def _auto_login_failed(self, exc: BaseException) -> None:
        self.show_login()
        assert isinstance(self.dialog, LoginDialog)
        self.dialog.error.setText(errors.message(exc))
        self.dialog.error.show()

    def _replace_dialog(self, dialog: QWidget | None) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog

    def show_setup(self) -> None:
        dialog = SetupDialog(self.worker)
        dialog.completed.connect(self.enter)
        self._replace_dialog(dialog)
        dialog.show()
        self.screen_changed.emit("setup")

    def show_login(self) -> None:
        dialog = LoginDialog(self.worker, self.info.community_name)
        dialog.logged_in.connect(self.enter)
        self._replace_dialog(dialog)
        dialog.show()
        self.screen_changed.emit("login")

    def enter(self, actor: Actor) -> None:
        self.actor = actor
        self._replace_dialog(None)
        if self.window is not None and self.window.actor.user_id == actor.user_id:
            self.window.show()
        else:
            if self.window is not None:
                self.window.deleteLater()
            self.window = MainWindow(self.worker, actor, self.store_label, self._settings)
            self.window.lock_requested.connect(self.lock)
            self.window.show()
        self.idle.start()
        self.screen_changed.emit("main")

    def lock(self) -> None:
        """Hide the staff screens behind a password prompt."""
        if self.window is None or self.actor is None or not self.window.isVisible():
            return
        self.idle.stop()
        self.window.hide()
        dialog = LoginDialog(self.worker, self.info.community_name, locked_for=self.actor)
        dialog.logged_in.connect(self.enter)
        dialog.rejected.connect(self._switch_user)
        self._replace_dialog(dialog)
        dialog.show()
        self.screen_changed.emit("locked")

    def _switch_user(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.actor = None
        self.show_login()

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.worker.run(reading(get_settings),
                            lambda s: self.idle.set_minutes(s.idle_lock_minutes))


def show_open_failure(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("AppSession", "阳光台 — 无法打开数据库"), text)
