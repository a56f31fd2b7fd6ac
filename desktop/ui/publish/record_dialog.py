"""A submitted or published record, read as the query desk shows it (its
body, money or work table, attachments and versions), with the review
actions the person may take on it below: 发布 / 退回 for a submitted record,
更正 / 撤回 for a published one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.publish.actions import ReviewActions
from desktop.ui.query.record_view import RecordView
from desktop.ui.query.style import QUERY_STYLE
from desktop.ui.worker import DbWorker
from localdb.records.states import RecordState
from localdb.records.worklist import WorkItem
from localdb.roles import Actor, Permission


def _button(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    return b


class RecordDialog(QDialog):
    #: Another version was asked for (its id): the page reopens on it, with its own actions.
    open_other = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, actions: ReviewActions, item: WorkItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setStyleSheet(QUERY_STYLE)
        self.item = item
        self._actions = actions
        self.setWindowTitle(item.title)
        self.resize(1000, 760)
        self.view = RecordView(worker)
        self.view.back_button.hide()  # a dialog closes instead
        review = actor.can(Permission.PUBLISH_RECORDS)
        edit = actor.can(Permission.EDIT_RECORDS)
        submitted = item.state == RecordState.SUBMITTED.value
        published = item.state == RecordState.PUBLISHED.value
        self.publish_button = _button(self.tr("发布"))
        self.return_button = _button(self.tr("退回修改…"))
        self.correct_button = _button(self.tr("更正…"))
        self.withdraw_button = _button(self.tr("撤回…"))
        self.close_button = _button(self.tr("关闭"))
        shown = {self.publish_button: review and submitted, self.return_button: review and submitted,
                 self.correct_button: edit and published, self.withdraw_button: review and published}
        # A refusal (e.g. publishing one's own record) shows here, not only on the page behind.
        self.notice = QLabel()
        self.notice.setObjectName("fieldError")
        self.notice.setWordWrap(True)
        self.notice.hide()
        actions.message.connect(self._message)
        bar = QHBoxLayout()
        for b, visible in shown.items():
            b.setVisible(visible)
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        self.publish_button.clicked.connect(lambda: actions.publish(item, self.accept))
        self.return_button.clicked.connect(lambda: actions.return_to_author(item, self, self.accept))
        self.correct_button.clicked.connect(lambda: actions.correct(item, self.accept))
        self.withdraw_button.clicked.connect(lambda: actions.withdraw(item, self, self.accept))
        self.close_button.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.notice)
        lay.addLayout(bar)
        self.view.open_record.connect(self.open_other)
        self.view.show_record(item.id)

    def _message(self, text: str, error: bool) -> None:
        if error:
            self.notice.setText(text)
            self.notice.show()
