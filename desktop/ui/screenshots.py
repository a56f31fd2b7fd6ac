"""``sunshine-desk screenshots --out DIR``: render each main screen with demo
data into PNG files, without a display, so anyone can look at the UI.

It drives the real start-up path (AppSession) on a throwaway store."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import start_jobs
from desktop.ui.app_session import AppSession
from desktop.ui.login_panel import LoginPanel
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.setup_panel import SetupPanel
from desktop.ui.worker import DbWorker
from localdb.roles import Actor

if TYPE_CHECKING:
    from desktop.ui.work_area import WorkArea

SHOT_PASSWORD = "screenshot-only-1"  # for a throwaway store in a temp folder
AREAS = ("desk", "query", "disclosure", "ledgers", "review", "settings")


def settle(app: QApplication, worker: DbWorker, timeout: float = 15.0) -> None:
    """Process events until every queued database job has been delivered."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if not worker.busy:
            app.processEvents()
            return
        time.sleep(0.005)
    raise TimeoutError("database jobs did not finish")


def grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _load_demo(db: str) -> None:
    from localdb import demo
    from localdb.roles import SYSTEM

    store, _ = start_jobs.open_store_at(db)
    with store.write() as session:
        demo.load(session, SYSTEM, "small")
    store.dispose()


def _desk_screens(app: QApplication, worker: DbWorker, window: QWidget, desk: QWidget,
                  out: Path, actor: Actor) -> list[Path]:
    """The complaints desk with complaints in warning and overdue, its detail
    pane and the intake form (desktop/ui/desk/screens.py)."""
    from desktop.ui.desk import screens
    from desktop.ui.desk.desk_page import DeskPage

    assert isinstance(desk, DeskPage)
    return screens.render(desk, window, worker, lambda: settle(app, worker), grab, out, actor)


def _query_screens(app: QApplication, worker: DbWorker, window: QWidget, page: QWidget,
                   out: Path) -> list[Path]:
    """查询台: tiles, a list, a money table, a record with its PDF open, a work
    table (desktop/ui/query/screens.py)."""
    from desktop.ui.query import screens
    from desktop.ui.query.query_page import QueryPage

    assert isinstance(page, QueryPage)
    return screens.render(page, window, worker, lambda: settle(app, worker), grab, out)


def _publish_screens(app: QApplication, worker: DbWorker, window: QWidget, page: QWidget,
                     out: Path) -> list[Path]:
    """公开管理: the disclosure-deadline board, the review list, a record under
    review and the editor on a money table (desktop/ui/publish/screens.py)."""
    from desktop.ui.publish import screens
    from desktop.ui.publish.publish_page import PublishPage

    assert isinstance(page, PublishPage)
    return screens.render(page, window, worker, lambda: settle(app, worker), grab, out)


def _questions_screens(app: QApplication, worker: DbWorker, window: QWidget, area: WorkArea,
                       out: Path) -> list[Path]:
    """质疑: raising one on a record and the list; the 查询台目录 settings tab; the
    desk's header with the overdue-disclosure banner (desktop/ui/questions/screens.py)."""
    from desktop.ui.questions import screens

    return screens.render(area, window, worker, lambda: settle(app, worker), grab, out)
def _sync_screens(app: QApplication, worker: DbWorker, session: AppSession, out: Path) -> list[Path]:
    """The status bar's sync states and the sync panel with a refused operation
    (desktop/ui/sync/screens.py); no city server is needed."""
    from desktop.ui.sync import screens

    assert session.sync is not None
    return screens.render(session.sync, worker, lambda: settle(app, worker), grab, out)
def _kiosk_screens(app: QApplication, worker: DbWorker, out: Path) -> list[Path]:
    """查询机: home, a category, a record and its document, the 码上办 panel and
    the question form, landscape and portrait (desktop/ui/kiosk/screens.py)."""
    from desktop.ui.kiosk import screens

    return screens.render(worker, lambda: settle(app, worker), grab, out)


def render_all(app: QApplication, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="sunshine-shots-") as tmp:
        db = str(Path(tmp) / "shots.db")
        _load_demo(db)
        worker = DbWorker()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        session = AppSession(worker, lambda: start_jobs.open_store_at(db), settings)
        window = session.window
        window.resize(1280, 800)
        session.start()
        settle(app, worker)
        settle(app, worker)
        setup = session.panel
        assert isinstance(setup, SetupPanel)
        written.append(grab(window, out / "01-setup.png"))

        setup.password.setText(SHOT_PASSWORD)
        setup.confirm.setText(SHOT_PASSWORD)
        setup.finish.click()
        settle(app, worker)
        area = session.work_area
        assert area is not None
        written += _desk_screens(app, worker, window, area.page(0), out, area.actor)
        area.show_area(1)
        written += _query_screens(app, worker, window, area.page(1), out)
        area.show_area(2)
        written += _publish_screens(app, worker, window, area.page(2), out)
        written += _questions_screens(app, worker, window, area, out)
        for index, name in enumerate(AREAS):
            area.show_area(index)
            settle(app, worker)
            written.append(grab(window, out / f"{3 + index:02d}-main-{name}.png"))
        settings_page = area.page(len(AREAS) - 1)
        assert isinstance(settings_page, SettingsPage)
        for tab in range(1, settings_page.tabs.count()):
            settings_page.tabs.setCurrentIndex(tab)
            settle(app, worker)
            written.append(grab(window, out / f"09-settings-tab{tab + 1}.png"))

        written += _sync_screens(app, worker, session, out)

        session.lock()
        settle(app, worker)
        written.append(grab(window, out / "10-locked.png"))
        locked = session.panel
        assert isinstance(locked, LoginPanel)
        locked.switch_user.emit()
        settle(app, worker)
        login = session.panel
        assert isinstance(login, LoginPanel)
        login.set_username("admin")
        written.append(grab(window, out / "02-login.png"))
        window.close()

        written += _kiosk_screens(app, worker, out)
        worker.shutdown()
    return sorted(written)
