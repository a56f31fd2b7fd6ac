"""The kiosk window: frameless and full screen, a top bar with the
community's name, the time of the data and the way home, and one screen at a
time below it. It reads only through localdb.kiosk (masked there) and acts
as the KIOSK role, whose one write is raising a question.

Locked down (desktop.ui.kiosk.lockdown): a close request is ignored unless a
member of staff entered the PIN, reached by five taps in the top-left corner
within three seconds. Idle for the set time, it goes home and forgets what
was typed.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from desktop.ui import errors
from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import SHANGHAI
from desktop.ui.kiosk.ask_page import AskPage
from desktop.ui.kiosk.data import KioskData
from desktop.ui.kiosk.document import DocumentPage
from desktop.ui.kiosk.home import HomePage
from desktop.ui.kiosk.list_page import ListPage
from desktop.ui.kiosk.lockdown import Lockdown
from desktop.ui.kiosk.panel_page import PanelPage
from desktop.ui.kiosk.parts import button, label
from desktop.ui.kiosk.pin_pad import PinPad
from desktop.ui.kiosk.record_page import RecordPage
from desktop.ui.kiosk.style import kiosk_style, scale_for
from desktop.ui.worker import DbWorker
from localdb.changes import Changes
from localdb.kiosk.reads import KioskFilter, PublicAttachment, PublicRecord
from localdb.records.queries import CategoryTile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from localdb.engine import Store

TAPS, TAP_WINDOW_S = 5, 3.0
REFRESH_MS = 5 * 60_000  # new publications appear without anyone touching the screen
DEFAULT_IDLE_S = 90


def _home_data(session: Session) -> dict[str, Any]:
    from localdb.kiosk import ask, reads, settings
    from localdb.services.community import get_profile

    profile = get_profile(session)
    return {"name": profile.name if profile else "", "tiles": reads.categories(session),
            "tags": reads.tags(session),
            "buildings": reads.buildings(session), "addresses": ask.addresses(session),
            "settings": settings.get_kiosk_settings(session)}


class KioskWindow(QWidget):
    #: The right PIN was entered: the kiosk may end.
    unlocked = Signal()
    #: A screen finished showing what it loaded (tests wait on it).
    shown = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, lock: bool = True) -> None:
        super().__init__(parent)
        from localdb.kiosk.pin import PinLock

        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("阳光台 — 物业管理事务查询台"))
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.worker = worker
        self.data = KioskData(worker, self)
        self.pin_lock = PinLock()
        self.is_unlocked = False
        self.scale = 0.0
        self._taps: list[float] = []
        self._history: list[tuple[str, Any]] = []
        self._here: tuple[str, Any] = ("home", None)
        self._category: CategoryTile | None = None

        self.brand = label(self.tr("物业管理事务查询台"), "brand", wrap=False)
        self.updated = label("", "stale", wrap=False)
        self.back = button(self.tr("◀ 返回"))
        self.back.clicked.connect(self.go_back)
        self.home_button = button(self.tr("首页"))
        self.home_button.clicked.connect(lambda: self.go_home())
        bar = QWidget()
        bar.setObjectName("topBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar_lay = QHBoxLayout(bar)
        bar_lay.setContentsMargins(24, 10, 24, 10)
        bar_lay.addWidget(self.back)
        bar_lay.addWidget(self.brand, 1)
        bar_lay.addWidget(self.updated)
        bar_lay.addWidget(self.home_button)

        self.home = HomePage()
        self.list = ListPage()
        self.record = RecordPage()
        self.document = DocumentPage()
        self.panel = PanelPage()
        self.ask = AskPage()
        self.pin = PinPad()
        self.pages = QStackedWidget()
        self._keys = {"home": self.home, "list": self.list, "record": self.record, "document": self.document,
                      "panel": self.panel, "ask": self.ask, "pin": self.pin}
        for page in self._keys.values():
            self.pages.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(bar)
        lay.addWidget(self.pages, 1)

        self.home.open_category.connect(lambda tile: self.show_category(tile))
        self.home.open_filter.connect(self.show_filter)
        self.home.search.connect(self.show_search)
        self.home.open_panel.connect(self.show_panel)
        self.list.open_record.connect(self.show_record)
        self.list.pick_subcategory.connect(self._pick_subcategory)
        self.record.open_record.connect(self.show_record)
        self.record.open_document.connect(self.open_document)
        self.record.ask.connect(self.show_ask)
        self.record.more_rows.connect(self._load_rows)
        self.ask.submit.connect(self._submit_question)
        self.ask.done.connect(lambda: self.go_home())
        self.pin.entered.connect(self._check_pin)
        self.pin.cancelled.connect(self.go_back)
        self.data.fresh.connect(self._fresh)
        self.data.stale.connect(self._stale)
        worker.changed.connect(self._changed)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(DEFAULT_IDLE_S * 1000)
        self.idle.timeout.connect(self.idle_reset)
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self.load_home)
        self.refresh.start()
        self.lockdown: Lockdown | None = None
        if lock:
            self.lockdown = Lockdown(self)
            self.lockdown.activity.connect(self.idle.start)
            self.lockdown.corner_tapped.connect(self.corner_tap)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.lockdown)
        self._show_page("home")
        self.load_home()

    # -- layout ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width(), event.size().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit(self.width(), self.height())
        self.idle.start()

    def _fit(self, width: int, height: int) -> None:
        scale = scale_for(width, height)
        portrait = height > width
        if abs(scale - self.scale) > 0.01:
            self.scale = scale
            self.setStyleSheet(kiosk_style(scale))
        self.home.set_columns(2 if portrait else 3)
        self.list.per_row = 3 if portrait else 5
        self.panel.set_portrait(portrait)
        self.ask.set_portrait(portrait)

    # -- navigation --------------------------------------------------------------------------
    def current(self) -> str:
        return self._here[0]

    def _show_page(self, key: str, arg: Any = None, *, remember: bool = True) -> None:
        if remember and (key, arg) != self._here and self._here[0] != "pin":
            self._history = [*self._history, self._here][-20:]
        self._here = (key, arg)
        self.pages.setCurrentWidget(self._keys[key])
        self.back.setVisible(key != "home")

    def go_back(self) -> None:
        while self._history:
            key, arg = self._history.pop()
            if key == "home":
                self.go_home(reset=False)
                return
            if key == "list" and arg is not None:
                self._here = (key, arg)
                self.pages.setCurrentWidget(self.list)
                self.back.setVisible(True)
                return
            if key == "record" and isinstance(arg, int):
                self._show_page("record", arg, remember=False)
                self._load_record(arg)
                return
            if key == "panel":
                self._show_page("panel", remember=False)
                return
        self.go_home(reset=False)

    def go_home(self, *, reset: bool = True) -> None:
        self._history = []
        self._show_page("home", remember=False)
        if reset:
            self.home.reset()
        self.document.clear()
        self.load_home()

    def idle_reset(self) -> None:
        """Nobody touched the screen for a while: home, and nothing typed stays."""
        self.home.reset()
        self.ask.reset()
        self.pin.reset()
        self.go_home()

    # -- loading ------------------------------------------------------------------------------
    def load_home(self) -> None:
        self.data.read("home", _home_data, guard(self, self._home_loaded))

    def _home_loaded(self, found: dict[str, Any]) -> None:
        self._set_brand(found["name"])
        self.home.set_tiles(found["tiles"])
        self.home.set_keywords(found["tags"], found["buildings"])
        self.home.set_periods(datetime.now(SHANGHAI).date())
        self.ask.set_addresses(found["addresses"])
        self.idle.setInterval(found["settings"].idle_seconds * 1000)
        self.shown.emit("home")

    def show_category(self, tile: CategoryTile, sub: int | None = None) -> None:
        from localdb.kiosk import reads

        self._category = tile
        self._show_page("list", ("category", tile.id, sub))
        self.list.set_heading(tile.name, tile.description)
        f = KioskFilter(category_id=tile.id, subcategory_id=sub)

        def done(found: tuple[list[Any], list[Any]]) -> None:
            subs, rows = found
            self.list.set_subcategories(subs, sub)
            self.list.set_rows(rows)
            self.shown.emit("list")

        self.data.read("list", lambda s: (reads.subcategories(s, tile.id), reads.records(s, f)),
                       guard(self, done))

    def _pick_subcategory(self, sub: int | None) -> None:
        if self._category is not None:
            self.show_category(self._category, sub)

    def show_filter(self, f: KioskFilter, title: str) -> None:
        from localdb.kiosk import reads

        self._show_page("list", ("filter", f))
        self.list.set_heading(title)
        self.list.set_subcategories([], None)

        def done(rows: list[Any]) -> None:
            self.list.set_rows(rows)
            self.shown.emit("list")

        self.data.read("list", lambda s: reads.records(s, f), guard(self, done))

    def show_search(self, text: str) -> None:
        from localdb.kiosk import reads

        self._show_page("list", ("search", text))
        self.list.set_heading(self.tr("搜索：{text}").format(text=text))
        self.list.set_subcategories([], None)

        def done(hits: list[Any]) -> None:
            self.list.set_hits(hits)
            self.shown.emit("list")

        self.data.read("list", lambda s: reads.search(s, text), guard(self, done))

    def show_record(self, record_id: int) -> None:
        self._show_page("record", record_id)
        self._load_record(record_id)

    def _load_record(self, record_id: int) -> None:
        from localdb.kiosk import reads

        def done(d: PublicRecord) -> None:
            self.record.show_record(d)
            if d.row_count:
                self._load_rows(d.id, 0)
            else:
                self.shown.emit("record")

        self.data.read("record", lambda s: reads.record(s, record_id), guard(self, done),
                       guard(self, self._record_gone))

    def _record_gone(self, exc: BaseException) -> None:
        self.go_home()

    def _load_rows(self, record_id: int, offset: int) -> None:
        from localdb.kiosk import reads

        def done(rows: list[tuple[str, ...]]) -> None:
            self.record.add_rows(record_id, rows)
            self.shown.emit("record")

        self.data.read("rows", lambda s: reads.record_rows(s, record_id, offset), guard(self, done))

    def open_document(self, attachment: PublicAttachment) -> None:
        from localdb.kiosk import reads

        record = self.record.record
        if record is None:
            return
        rid, aid = record.id, attachment.id
        self._show_page("document", (rid, aid))
        self.document.show_loading(attachment.filename)

        def fetch(session: Session) -> bytes:
            from desktop.paths import attachments_dir
            from localdb.records.files import FileStore

            files = FileStore(attachments_dir(session.get_bind().engine.url))
            return reads.attachment_bytes(session, files, rid, aid)

        def done(data: bytes) -> None:
            if attachment.mime == "application/pdf":
                self.document.show_pdf(data)
            else:
                self.document.show_image(data)
            self.shown.emit("document")

        self.data.read("document", fetch, guard(self, done),
                       guard(self, lambda exc: self.document.show_error(errors.message(exc))))

    def show_panel(self) -> None:
        from localdb.kiosk.panel import community_panel

        self._show_page("panel")

        def done(p: Any) -> None:
            self.panel.show_panel(p, self.scale or 1.0)
            self._set_brand(p.name)
            self.shown.emit("panel")

        self.data.read("panel", community_panel, guard(self, done))

    def _set_brand(self, name: str) -> None:
        self.brand.setText(self.tr("{name} · 物业管理事务查询台").format(name=name) if name
                           else self.tr("物业管理事务查询台"))

    def show_ask(self, record: PublicRecord) -> None:
        self._show_page("ask", record.id)
        self.ask.start(record)
        self.shown.emit("ask")

    def _submit_question(self, record_id: int, building: str, unit: str, room: str, phone: str,
                         text: str) -> None:
        from localdb.kiosk import ask
        from localdb.roles import KIOSK

        def job(store: Store) -> tuple[Changes, Any]:
            with store.write() as session:
                return ask.ask(session, KIOSK, record_id, building, unit, room, phone, text)

        self.worker.write(job, guard(self, self._asked), guard(self, lambda exc: self.ask.failed(
            errors.message(exc))))

    def _asked(self, asked: Any) -> None:
        self.ask.asked(asked)
        self.shown.emit("asked")

    # -- freshness -------------------------------------------------------------------------------
    def _fresh(self, at: datetime) -> None:
        self.updated.setText(self.tr("数据更新于 {time}").format(time=at.strftime("%H:%M")))

    def _stale(self, at: datetime | None) -> None:
        when = at.strftime("%H:%M") if at is not None else "—"
        self.updated.setText(self.tr("数据更新于 {time}（正在重新连接…）").format(time=when))

    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.catalogue or changes.settings:
            self.load_home()

    # -- the way out ------------------------------------------------------------------------------
    def corner_tap(self) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps = []
            self.show_pin()

    def show_pin(self) -> None:
        from localdb.kiosk import settings

        self._show_page("pin")
        self.pin.reset()
        self._pin_state()
        self.data.read("pin", settings.pin_is_set, guard(self, self._pin_known))

    def _pin_known(self, is_set: bool) -> None:
        if not is_set:
            self.pin.reset(pin_set=False)
        else:
            self._pin_state()
        self.shown.emit("pin")

    def _pin_state(self) -> None:
        now = datetime.now(SHANGHAI)
        if self.pin_lock.locked(now):
            minutes = (self.pin_lock.seconds_left(now) + 59) // 60
            self.pin.set_enabled(False, self.tr("密码错误次数过多，请 {n} 分钟后再试。").format(n=minutes))
            QTimer.singleShot(self.pin_lock.seconds_left(now) * 1000, self._pin_state)
        elif self.pin.message.text().startswith(self.tr("密码错误次数过多")):
            self.pin.set_enabled(True)

    def _check_pin(self, pin: str) -> None:
        from localdb.kiosk import settings

        if self.pin_lock.locked(datetime.now(SHANGHAI)):
            self._pin_state()
            return
        self.pin.set_enabled(False, self.tr("正在核对…"))
        self.data.read("pin", lambda s: settings.check_pin(s, pin), guard(self, self._pin_checked))

    def _pin_checked(self, ok: bool) -> None:
        now = datetime.now(SHANGHAI)
        if ok:
            self.pin_lock.succeeded()
            self.unlock()
            return
        self.pin_lock.failed(now)
        if self.pin_lock.locked(now):
            self._pin_state()
        else:
            self.pin.set_enabled(True, self.tr("密码不正确，还可以再试 {n} 次。").format(
                n=self.pin_lock.tries_left()))
        self.shown.emit("pin")

    def unlock(self) -> None:
        self.is_unlocked = True
        if self.lockdown is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.lockdown)
            self.lockdown.remove()
        self.unlocked.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lockdown is not None and not self.is_unlocked:
            event.ignore()  # Alt+F4, the window manager, close(): nothing ends the kiosk but the PIN
            return
        self.idle.stop()
        self.refresh.stop()
        self.data.retry.stop()
        super().closeEvent(event)
