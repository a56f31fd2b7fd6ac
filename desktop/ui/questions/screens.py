"""质疑 and catalogue screens for ``sunshine-desk screenshots``: the 提出质疑
dialog on a published record (filled in, then saved with its number and
deadline), the 质疑 list, the 查询台目录 settings tab and the desk's header
with the overdue-disclosure banner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.ui.desk.desk_page import DeskPage
from desktop.ui.query.query_page import QueryPage
from desktop.ui.questions.raise_dialog import RaiseQuestionDialog
from desktop.ui.settings.catalogue_form import CatalogueForm
from desktop.ui.settings.settings_page import SettingsPage
from desktop.ui.worker import DbWorker, reading
from localdb import questions
from localdb.models import utcnow
from localdb.records.queries import RecordDetail, detail

if TYPE_CHECKING:
    from desktop.ui.work_area import WorkArea

Settle = Callable[[], None]
Grab = Callable[[QWidget, Path], Path]
QUESTION = "去年的电梯维保费用为什么比前年高出三成？请公开维保合同的报价明细。"


def questioned_record(session: Session) -> RecordDetail | None:
    """A published record the demo's residents already asked about."""
    rows = questions.open_questions(session, utcnow()) + questions.answered_questions(session, utcnow())
    return detail(session, rows[0].record_id) if rows else None


def _find(root: QWidget, kind: type[QWidget]) -> QWidget | None:
    return root if isinstance(root, kind) else root.findChild(kind)


def render(area: WorkArea, window: QWidget, worker: DbWorker, settle: Settle, grab: Grab,
           out: Path) -> list[Path]:
    written: list[Path] = []
    found: list[RecordDetail | None] = []
    worker.run(reading(questioned_record), found.append)
    settle()
    record = found[0] if found else None
    query = area.page(1)
    hook = area.questions
    if record is not None and isinstance(query, QueryPage) and hook is not None:
        area.show_area(1)
        query.open_record(record.id)  # 提出质疑 on the record view, as the desk does it
        settle()
        hook.button.click()
        dialog = hook.dialog
        assert isinstance(dialog, RaiseQuestionDialog)
        dialog.resize(600, 420)
        dialog.phone.setText("13981234567")
        dialog.text.setPlainText(QUESTION)
        settle()
        written.append(grab(dialog, out / "26-question-raise.png"))
        dialog.submit()
        settle()
        written.append(grab(dialog, out / "27-question-raised.png"))
        dialog.accept()
        query.go_home()
        settle()

    panel = area.questions_list  # the 质疑 tab of 公开管理
    area.show_area(area.pages.indexOf(area.publish))
    area.publish.tabs.setCurrentWidget(panel)
    panel.reload()
    settle()
    written.append(grab(window, out / "28-questions-list.png"))
    area.publish.tabs.setCurrentIndex(0)

    settings = area.page(area.pages.count() - 1)
    if isinstance(settings, SettingsPage):
        area.show_area(area.pages.count() - 1)
        form = _find(settings, CatalogueForm)
        if isinstance(form, CatalogueForm):
            settings.tabs.setCurrentWidget(form)
            settle()
            form.categories.select("共有部分经营收益")
            written.append(grab(window, out / "29-settings-catalogue.png"))
            form.tabs.setCurrentWidget(form.items)
            form.items.select("物业服务合同履行情况")
            settle()
            written.append(grab(window, out / "30-settings-disclosure-list.png"))
            form.tabs.setCurrentIndex(0)
            settings.tabs.setCurrentIndex(0)

    desk = area.page(0)
    if isinstance(desk, DeskPage):
        area.show_area(0)
        if desk.disclosure is not None:
            desk.disclosure.load()
        settle()
        written.append(grab(window, out / "31-desk-disclosure-banner.png"))
    return written
