"""Settings → 投诉渠道: the 码上办 QR code's web address, with a live preview of
the code, and the three levels of complaint phone (managers and admins edit).

The printed 码上办 sign, the notice board's 投诉渠道 poster and the kiosk's
community panel all show what is saved here."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.kiosk.qr import qr_image
from desktop.ui.widgets.form import FieldErrors, muted_label
from desktop.ui.worker import DbWorker, reading, writing
from localdb.roles import Actor, Permission
from localdb.services.complaint_contacts import ComplaintContacts, get_contacts, save_contacts

PREVIEW_SIDE = 168
DEBOUNCE_MS = 250  # redraw the code once typing pauses, not on every key


class ContactsForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self.qr_url = QLineEdit()
        self.qr_url.setPlaceholderText("https://")
        self.project_phone = QLineEdit()
        self.company_phone = QLineEdit()
        self.authority_name = QLineEdit()
        self.authority_name.setPlaceholderText(self.tr("例如：武侯区住房和城乡建设局"))
        self.authority_phone = QLineEdit()
        form = QFormLayout()
        self.errors = FieldErrors(form)
        # Keys are the field names the service's ValidationError carries.
        self.errors.add("码上办二维码网址", self.tr("码上办二维码网址"), self.qr_url)
        self.errors.add("项目投诉电话", self.tr("项目投诉电话"), self.project_phone)
        self.errors.add("企业投诉电话", self.tr("企业投诉电话"), self.company_phone)
        self.errors.add("主管部门名称", self.tr("主管部门名称"), self.authority_name)
        self.errors.add("主管部门投诉电话", self.tr("主管部门投诉电话"), self.authority_phone)

        self.preview = QLabel()
        self.preview.setObjectName("muted")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        preview_box = QVBoxLayout()
        preview_box.setSpacing(4)
        preview_box.addWidget(self.preview)
        preview_box.addWidget(muted_label(self.tr("二维码预览")), alignment=Qt.AlignmentFlag.AlignHCenter)
        preview_box.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(form, 1)
        top.addLayout(preview_box)

        self.note = muted_label(self.tr("只有项目经理或管理员可以修改投诉渠道；这里仅供查看。"))
        purpose = muted_label(self.tr(
            "住户用微信扫这个二维码即可反映问题、报事报修或投诉。打印的“码上办”标识牌、"
            "公示栏的投诉渠道海报和大堂自助机的小区信息页都显示它和上面的投诉电话。"))
        self.status = muted_label()
        self.save = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save.clicked.connect(self._save)
        editable = actor.can(Permission.EDIT_COMMUNITY)
        for edit in self._edits():
            edit.setReadOnly(not editable)
        self.save.setVisible(editable)
        self.note.setVisible(not editable)
        if editable:
            QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._save)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(DEBOUNCE_MS)
        self._redraw.timeout.connect(self._show_preview)
        self.qr_url.textChanged.connect(lambda _: self._redraw.start())
        self._show_preview()

        self.setMaximumWidth(860)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(12)
        lay.addWidget(self.note)
        lay.addLayout(top)
        lay.addWidget(purpose)
        lay.addWidget(self.status)
        lay.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        worker.run(reading(get_contacts), self._load)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.qr_url, self.project_phone, self.company_phone, self.authority_name,
                self.authority_phone)

    def _load(self, contacts: ComplaintContacts) -> None:
        self.qr_url.setText(contacts.qr_url)
        self.project_phone.setText(contacts.project_phone)
        self.company_phone.setText(contacts.company_phone)
        self.authority_name.setText(contacts.authority_name)
        self.authority_phone.setText(contacts.authority_phone)
        self._redraw.stop()
        self._show_preview()

    def _show_preview(self) -> None:
        url = self.qr_url.text().strip()
        if not url:
            self.preview.clear()
            self.preview.setText(self.tr("未设置"))
            return
        try:
            image = qr_image(url, PREVIEW_SIDE - 8)
        except Exception:  # more than a QR code holds: the save will say what is wrong
            self.preview.clear()
            self.preview.setText(self.tr("网址过长，\n无法生成二维码"))
            return
        self.preview.setPixmap(QPixmap.fromImage(image))

    def contacts(self) -> ComplaintContacts:
        return ComplaintContacts(
            qr_url=self.qr_url.text(), project_phone=self.project_phone.text(),
            company_phone=self.company_phone.text(), authority_phone=self.authority_phone.text(),
            authority_name=self.authority_name.text(),
        )

    def _save(self) -> None:
        self.errors.clear()
        self.status.setText("")
        contacts = self.contacts()
        actor = self._actor
        self._worker.write(
            writing(lambda s: save_contacts(s, actor, contacts)),
            lambda _: self._saved(),
            self._failed,
        )

    def _saved(self) -> None:
        self.status.setText(self.tr("已保存。"))
        # Show what was stored (trimmed), as the prints will.
        self._worker.run(reading(get_contacts), self._load)

    def _failed(self, exc: BaseException) -> None:
        self.errors.report(exc, self.status)
