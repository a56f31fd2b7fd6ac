"""受理投诉: fast keyboard-only entry of a walk-in or phone complaint.

Tab goes top to bottom; Ctrl+Enter saves. The service validates; its message
appears under the field and nothing typed is lost. Every change is kept as a
draft (after a second's pause), so closing the dialog loses nothing either.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.desk import drafts
from desktop.ui.desk.countdown import Now
from desktop.ui.desk.guard import guard
from desktop.ui.desk.labels import channel_label, urgency_label
from desktop.ui.desk.photo_input import PhotoList
from desktop.ui.desk.repeat_hint import RepeatHint
from desktop.ui.desk.room_picker import RoomPicker
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.complaints import intake
from localdb.complaints.intake import ComplaintInput
from localdb.complaints.queries import RoomChoice
from localdb.deadlines import Channel
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.roles import Actor

DRAFT_DELAY_MS = 1000
DESK_CHANNELS = (Channel.WALK_IN, Channel.PHONE)  # the others arrive through sync


class IntakeDialog(QDialog):
    saved = Signal(int)

    def __init__(self, worker: DbWorker, actor: Actor, categories: list[tuple[int, str, str]],
                 now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("受理投诉"))
        self.setMinimumWidth(620)
        self._worker = worker
        self._actor = actor
        self._restoring = False
        self._dirty = False
        self._saving = False
        self._saved = False

        self.restored = QLabel(self.tr("已恢复上次未保存的草稿。"))
        self.restored.setObjectName("deskNote")
        self.restored.hide()
        self.room = RoomPicker(worker)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("公共部位，如 3栋大堂、地下车库B区"))
        self.channel = QComboBox()
        for channel in DESK_CHANNELS:
            self.channel.addItem(channel_label(channel), channel.value)
        self.category = QComboBox()
        self.category.addItem(self.tr("请选择类别"), None)
        for cid, name, urgency in categories:
            self.category.addItem(f"{name}（{urgency_label(urgency)}）", cid)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("住户反映的问题"))
        self.description.setMinimumHeight(110)
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机 11 位，座机如 028-85551234"))
        self.callback = QCheckBox(self.tr("需要回访"))
        self.callback.setChecked(True)
        self.photo_list = PhotoList()
        self.repeats = RepeatHint(worker, now)

        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("room", self.tr("房号"), self.room)
        self.errors.add("地点", self.tr("或 地点"), self.location, "location")
        self.errors.add("channel", self.tr("渠道"), self.channel)
        self.errors.add("category", self.tr("类别"), self.category)
        self.errors.add("问题描述", self.tr("问题描述"), self.description, "description")
        self.errors.add("联系人", self.tr("联系人"), self.contact)
        self.errors.add("联系电话", self.tr("联系电话"), self.phone)
        form.addRow("", self.callback)
        self.errors.add("photos", self.tr("照片"), self.photo_list)
        form.addRow(self.repeats)
        self.general = QLabel()
        self.general.setObjectName("fieldError")
        self.general.setWordWrap(True)
        self.general.hide()
        box = QDialogButtonBox()
        self.save = box.addButton(self.tr("保存（Ctrl+Enter）"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        close = box.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setToolTip(self.tr("未保存的内容留作草稿，下次受理时恢复"))
        close.setAutoDefault(False)
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.restored)
        lay.addLayout(form)
        lay.addWidget(self.general)
        lay.addWidget(box)

        chain = [self.room, self.location, self.channel, self.category, self.description,
                 self.contact, self.phone, self.callback, self.photo_list.add_button,
                 self.save, close]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.submit)
        # Ctrl+V in a text field pastes text, unless the clipboard holds only an image.
        QShortcut(QKeySequence.StandardKey.Paste, self).activated.connect(self.photo_list.paste)
        for w in (self.room, self.location, self.description, self.contact, self.phone):
            w.installEventFilter(self)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.room.chosen.connect(self._room_chosen)
        for edit in (self.room, self.location, self.contact, self.phone):
            edit.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        for combo in (self.channel, self.category):
            combo.currentIndexChanged.connect(self._changed)
        self.callback.toggled.connect(self._changed)
        self.room.setFocus()
        if actor.user_id is not None:
            worker.run(drafts.load_job(actor.user_id), guard(self, self._restore))

    # -- photos from the clipboard ----------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Paste)):
            mime = QGuiApplication.clipboard().mimeData()
            if mime is not None and mime.hasImage() and not mime.hasText():
                return self.photo_list.paste()
        return super().eventFilter(watched, event)

    # -- the form's contents ----------------------------------------------------
    def _room_chosen(self, choice: RoomChoice | None) -> None:
        if choice is not None:  # filled in, still editable
            self.contact.setText(choice.resident_name)
            self.phone.setText(choice.phone)
        self._changed()

    def _changed(self, *_args: Any) -> None:
        self.repeats.look(self.room.room_id(), self.location.text(), self.category.currentData())
        if self._restoring or self._saving or self._saved:
            return
        self._dirty = True
        self._draft_timer.start()

    def fields(self) -> drafts.Draft:
        choice = self.room.choice
        return {
            "room_text": self.room.text(),
            "room": None if choice is None else {
                "room_id": choice.room_id, "label": choice.label,
                "resident_id": choice.resident_id, "resident_name": choice.resident_name,
                "phone": choice.phone},
            "location": self.location.text(), "channel": self.channel.currentData(),
            "category_id": self.category.currentData(),
            "description": self.description.toPlainText(), "contact": self.contact.text(),
            "phone": self.phone.text(), "callback": self.callback.isChecked(),
        }

    def is_empty(self) -> bool:
        f = self.fields()
        return not any(str(f[k]).strip() for k in
                       ("room_text", "location", "description", "contact", "phone"))

    def _restore(self, data: drafts.Draft | None) -> None:
        if not data or self._dirty or not self.is_empty():
            return  # typing started before the draft arrived: what is typed wins
        self._restoring = True
        try:
            room = data.get("room")
            choice = RoomChoice(**room) if isinstance(room, dict) else None
            self.room.set_choice(choice, str(data.get("room_text", "")))
            self.location.setText(str(data.get("location", "")))
            self.channel.setCurrentIndex(max(self.channel.findData(data.get("channel")), 0))
            self.category.setCurrentIndex(max(self.category.findData(data.get("category_id")), 0))
            self.description.setPlainText(str(data.get("description", "")))
            self.contact.setText(str(data.get("contact", "")))
            self.phone.setText(str(data.get("phone", "")))
            self.callback.setChecked(bool(data.get("callback", True)))
        except (TypeError, ValueError):
            pass  # a draft from an older form: keep what could be restored
        finally:
            self._restoring = False
        self.restored.show()
        self._changed()
        self._dirty = False

    def save_draft(self) -> None:
        user = self._actor.user_id
        if not self._dirty or user is None or self._saved:
            return
        self._dirty = False
        job = drafts.delete_job(user) if self.is_empty() else drafts.save_job(user, self.fields())
        self._worker.run(job)

    # -- saving -----------------------------------------------------------------
    def complaint_input(self) -> ComplaintInput:
        return ComplaintInput(
            channel=self.channel.currentData(), category_id=self.category.currentData(),
            description=self.description.toPlainText(), room_id=self.room.room_id(),
            resident_id=self.room.resident_id(), contact_name=self.contact.text(),
            contact_phone=self.phone.text(), location=self.location.text(),
            callback_wanted=self.callback.isChecked(), photos=self.photo_list.photos())

    def submit(self) -> None:
        if self._saving or self._saved:
            return
        self.errors.clear()
        self.general.hide()
        if self.room.text().strip() and self.room.choice is None:
            # Typed but not picked: saving would silently drop the room.
            self._failed(ValidationError("unknown_room", field="room", value=self.room.text()))
            return
        data, actor = self.complaint_input(), self._actor
        self._saving = True
        self.save.setEnabled(False)
        self._draft_timer.stop()

        def job(store: Store) -> tuple[Any, int]:
            with store.write() as session:
                return intake.intake(session, actor, data)

        self._worker.write(job, guard(self, self._done), guard(self, self._failed))

    def _done(self, complaint_id: int) -> None:
        self._saving = False
        self._saved = True  # the service deleted the draft in the same transaction
        self.saved.emit(complaint_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save.setEnabled(True)
        self.errors.report(exc, self.general)
        self._dirty = True
        self._draft_timer.start()

    def done(self, result: int) -> None:
        """Closing keeps what was typed as the draft, without asking."""
        if not self._saved:
            self._draft_timer.stop()
            self.save_draft()
        super().done(result)  # hidden now: the lookups waiting on a timer do nothing
