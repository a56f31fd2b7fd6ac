"""Ties the sync together in the app: starts the runner after login when a
city address is set, stops it on lock, logout and quit, keeps the status bar's
sync place current and opens the sync panel from it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui import errors
from desktop.ui.status_bar import MainStatusBar
from desktop.ui.sync import jobs
from desktop.ui.sync.runner import RoundReport, SyncRunner
from desktop.ui.sync.view import SyncView, status_text
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.models import utcnow
from localdb.roles import Actor

log = logging.getLogger(__name__)


class SyncController(QObject):
    #: A round ended and the view is updated (a RoundReport).
    round_done = Signal(object)

    def __init__(self, worker: DbWorker, status_bar: MainStatusBar, parent: QObject | None = None, *,
                 now: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.worker = worker
        self.status_bar = status_bar
        self.now = now
        self.actor: Actor | None = None
        self.runner: SyncRunner | None = None
        self.view = SyncView(configured=False)
        self.panel: object = None
        self._generation = 0  # a client built for an earlier start is dropped
        self._broadcasting = False
        self._tick = QTimer(self)  # the "retry in N minutes" countdown
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self.show_view)
        worker.changed.connect(self._on_changed)
        status_bar.sync_clicked.connect(self.open_panel)

    # --- life -------------------------------------------------------------------------------

    def start(self, actor: Actor) -> None:
        """After login: read the state, and run rounds when a city address is set."""
        self.stop()
        self.actor = actor
        generation = self._generation
        self.refresh_status()
        self.worker.run(jobs.build_client, lambda setup: self._client_ready(generation, setup),
                        lambda exc: self._client_failed(generation, exc))
        self._tick.start()

    def _client_ready(self, generation: int, setup: jobs.ClientSetup) -> None:
        if generation != self._generation:
            if setup.client is not None:
                setup.client.transport.close()
            return
        if setup.client is None:
            self._set_view(configured=False, problem="", running=False)
            return
        runner = SyncRunner(setup.client, interval=setup.interval, parent=self)
        runner.round_done.connect(self._on_round)
        self.runner = runner
        self._set_view(configured=True, problem="", running=True)
        runner.start()

    def _client_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.warning("city sync not started: %s", exc)
        self._set_view(configured=True, problem=errors.message(exc), running=False)

    def stop(self) -> None:
        """Lock, logout, quit: no round after this returns (one in progress is
        waited for a few seconds, then left to end on its own)."""
        self._generation += 1
        self._tick.stop()
        panel = self.panel
        if panel is not None:  # nothing of the staff screens stays readable when locked
            from desktop.ui.sync.panel import SyncPanel

            if isinstance(panel, SyncPanel):
                panel.reject()
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.round_done.disconnect(self._on_round)
            runner.stop()
            runner.deleteLater()
        self.view = SyncView(self.view.configured, self.view.summary, None, self.view.problem, False)

    def sync_now(self) -> None:
        if self.runner is not None:
            self.runner.trigger()
        elif self.actor is not None:  # not running (a setup problem fixed since?): try again
            self.start(self.actor)

    # --- the view ---------------------------------------------------------------------------

    def _set_view(self, **changes: object) -> None:
        fields = {"configured": self.view.configured, "summary": self.view.summary,
                  "next_round_at": self.view.next_round_at, "problem": self.view.problem,
                  "running": self.view.running, **changes}
        self.view = SyncView(**fields)  # type: ignore[arg-type]
        self.show_view()

    def show_view(self) -> None:
        shown = status_text(self.view, self.now())
        self.status_bar.set_sync_state(shown.text, shown.tone, shown.tooltip)
        panel = self.panel
        if panel is not None:
            from desktop.ui.sync.panel import SyncPanel

            if isinstance(panel, SyncPanel):
                why = self.view.problem or (self.view.summary.last_error if self.view.summary else "")
                panel.set_state(shown.text + ("\n" + why if why else ""))

    def refresh_status(self) -> None:
        self.worker.run(jobs.read_status, self._status_read)

    def _status_read(self, read: jobs.StatusRead) -> None:
        self._set_view(configured=read.configured, summary=read.summary)

    def _on_round(self, report: RoundReport) -> None:
        if self.runner is None:
            return
        changes: dict[str, object] = {"next_round_at": report.next_round_at}
        if report.status is not None:
            changes["summary"] = report.status
        self._set_view(**changes)
        # The desk shows pulled complaints, and a refusal may have changed a case's status.
        self._broadcasting = True
        try:
            self.worker.changed.emit(Changes(
                sync=True, complaints=report.round.pulled > 0 or report.round.failed > 0))
        finally:
            self._broadcasting = False
        self.round_done.emit(report)

    def _on_changed(self, changes: Changes) -> None:
        if self._broadcasting or self.actor is None:
            return  # our own round's news
        if changes.sync and changes.settings:  # the address, certificate or token changed
            self.start(self.actor)
        elif changes.sync or changes.complaints:
            self.refresh_status()  # a retry, a discard, a local write: counts changed
            if self.runner is not None:
                self.runner.trigger()  # and send it now

    # --- the panel --------------------------------------------------------------------------

    def open_panel(self) -> None:
        if self.actor is None:
            return
        from desktop.ui.sync.panel import SyncPanel

        panel = self.panel
        if not isinstance(panel, SyncPanel):
            panel = SyncPanel(self.worker, self.actor, self.status_bar.window())
            panel.sync_now.connect(self.sync_now)
            panel.finished.connect(self._panel_closed)
            self.panel = panel
        self.show_view()
        panel.show()
        panel.activateWindow()

    def _panel_closed(self) -> None:
        panel, self.panel = self.panel, None
        if isinstance(panel, QObject):
            panel.deleteLater()
