"""The life of one app run: show the window, open the store, set up or log
in, the work area, locking when idle, switching user."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.ui import errors, start_jobs
from desktop.ui.idle_lock import IdleWatcher
from desktop.ui.main_window import MainWindow
from desktop.ui.start_jobs import StartInfo
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.roles import Actor

# The panels are imported when first shown, not before the window appears:
# each Qt class PySide6 meets for the first time costs start-up time.
if TYPE_CHECKING:
    from desktop.ui.login_panel import LoginPanel
    from desktop.ui.sync.controller import SyncController
    from desktop.ui.work_area import WorkArea
    from localdb.engine import Store
    from localdb.migrate import OpenReport

log = logging.getLogger(__name__)


class AppSession(QObject):
    #: The store could not be opened; carries the user-facing message.
    open_failed = Signal(str)
    #: The current screen: "setup", "login", "main" or "locked".
    screen_changed = Signal(str)

    def __init__(self, worker: DbWorker, opener: Callable[[], tuple[Store, OpenReport]],
                 settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._opener = opener
        self._settings = settings
        self.info = StartInfo("", True, "", 10)
        self.window = MainWindow()
        self.actor: Actor | None = None
        self.auto_login: tuple[str, str] | None = None
        self._panel: object = None
        self.sync: SyncController | None = None  # made at the first login (it loads the network code)
        self.idle = IdleWatcher(10, self)
        self.idle.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)  # any keyboard or mouse input restarts it
        worker.changed.connect(self._on_changed)

    @property
    def panel(self) -> object:
        """The panel now in the window (LoginPanel, SetupPanel or WorkArea)."""
        return self._panel

    def start(self) -> None:
        """Show the window now; the store opens on the worker meanwhile."""
        self.window.show()
        self.worker.open(self._opener, self._opened, self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        log.error("store could not be opened: %s", exc)
        self.open_failed.emit(errors.message(exc))

    def _opened(self, report: OpenReport) -> None:
        if report.backup is not None:
            log.info("store migrated from %s; backup at %s", report.from_revision, report.backup)
        self.worker.run(start_jobs.start_info, self._route)

    def _route(self, info: StartInfo) -> None:
        self.info = info
        self.window.status.set_store(info.store_label)
        self.idle.set_minutes(info.idle_minutes)
        if info.needs_setup:
            self.show_setup()
        elif self.auto_login is not None:
            username, password = self.auto_login
            self.worker.write(lambda store: start_jobs.login(store, username, password),
                              self.enter, self._auto_login_failed)
        else:
            self.show_login()

    def _auto_login_failed(self, exc: BaseException) -> None:
        panel = self.show_login()
        panel.show_error(errors.message(exc))

    def show_setup(self) -> None:
        from desktop.ui.setup_panel import SetupPanel

        panel = SetupPanel(self.worker)
        panel.completed.connect(self.enter)
        self._panel = panel
        self.window.show_panel(panel)
        panel.name.setFocus()
        self.screen_changed.emit("setup")

    def show_login(self) -> LoginPanel:
        from desktop.ui.login_panel import LoginPanel

        panel = LoginPanel(self.worker, self.info.community_name)
        panel.logged_in.connect(self.enter)
        self._panel = panel
        self.window.show_panel(panel)
        panel.focus()
        self.screen_changed.emit("login")
        return panel

    def enter(self, actor: Actor) -> None:
        """Build the work area for ``actor`` (staff screens load only now)."""
        from desktop.ui.work_area import WorkArea

        self.actor = actor
        area = WorkArea(self.worker, actor, self._settings)
        area.lock_requested.connect(self.lock)
        area.quit_requested.connect(self.window.close)
        self._panel = area
        self.window.show_panel(area, centred=False)
        self.window.status.set_actor(actor)
        self.idle.start()
        self._start_sync(actor)
        self.screen_changed.emit("main")

    def _start_sync(self, actor: Actor) -> None:
        from desktop.ui.sync.controller import SyncController

        if self.sync is None:
            self.sync = SyncController(self.worker, self.window.status, self)
        self.sync.start(actor)

    def stop_sync(self) -> None:
        """Lock, switching user, quitting: no more rounds."""
        if self.sync is not None:
            self.sync.stop()

    @property
    def work_area(self) -> WorkArea | None:
        from desktop.ui.work_area import WorkArea

        return self._panel if isinstance(self._panel, WorkArea) else None

    def lock(self) -> None:
        """Replace the staff screens by a password prompt. Unlocking rebuilds
        them, so nothing of the previous screen stays readable."""
        if self.actor is None or self.work_area is None:
            return
        from desktop.ui.login_panel import LoginPanel

        self.idle.stop()
        self.stop_sync()
        panel = LoginPanel(self.worker, self.info.community_name, locked_for=self.actor)
        panel.logged_in.connect(self.enter)
        panel.switch_user.connect(self._switch_user)
        self._panel = panel
        self.window.show_panel(panel)
        panel.focus()
        self.screen_changed.emit("locked")

    def _switch_user(self) -> None:
        self.stop_sync()
        self.actor = None
        self.window.status.set_actor(None)
        self.show_login()

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.worker.run(start_jobs.start_info,
                            lambda info: self.idle.set_minutes(info.idle_minutes))


def show_open_failure(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("AppSession", "阳光台 — 无法打开数据库"), text)
