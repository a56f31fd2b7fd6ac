"""The 质疑 list as the last tab of 公开管理: its label counts what is
unanswered (and late), and 查看记录 opens the record there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.desk.countdown import Now, wall_clock
from desktop.ui.publish.publish_page import PublishPage
from desktop.ui.questions.panel import QuestionsPanel
from desktop.ui.worker import DbWorker
from localdb.roles import Actor


def tab_label(open_: int, late: int) -> str:
    if late:
        return QCoreApplication.translate(
            "QuestionsPanel", "质疑（{n}，超时 {late}）").format(n=open_, late=late)
    if open_:
        return QCoreApplication.translate("QuestionsPanel", "质疑（{n}）").format(n=open_)
    return QCoreApplication.translate("QuestionsPanel", "质疑")


def add_questions_tab(publish: PublishPage, worker: DbWorker, actor: Actor,
                      now: Now = wall_clock) -> QuestionsPanel:
    panel = QuestionsPanel(worker, actor, now)
    index = publish.tabs.addTab(panel, tab_label(0, 0))
    panel.counted.connect(lambda n, late: publish.tabs.setTabText(index, tab_label(n, late)))
    panel.open_record.connect(publish.open_record_id)
    return panel
