"""First start: create the administrator and the community profile.

There is no default account or password anywhere; this screen is the only
way in to a new store.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors, start_jobs
from desktop.ui.start_jobs import ProfileFields
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.errors import ValidationError
from localdb.roles import Actor


class SetupPanel(QFrame):
    #: The administrator just created, logged in.
    completed = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._worker = worker
        self.setFixedWidth(680)

        intro = QLabel(self.tr(
            "<h2>欢迎使用阳光台</h2>"
            "<p>请填写小区信息，并创建第一个管理员账户。系统没有默认密码，"
            "请牢记您设置的密码。</p>"
        ))
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("如 028-85551234 或 13800001234"))
        self.manager = QLineEdit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("如 每天 08:30–18:00"))
        community_box = QGroupBox(self.tr("小区信息"))
        cform = QFormLayout(community_box)
        self.errors = FieldErrors(cform)
        self.errors.add("name", self.tr("小区名称"), self.name, "小区名称")
        self.errors.add("address", self.tr("地址"), self.address, "地址")
        self.errors.add("service_phone", self.tr("服务电话"), self.phone, "服务电话")
        self.errors.add("project_manager", self.tr("项目经理"), self.manager, "项目经理")
        self.errors.add("opening_hours", self.tr("开放时间"), self.hours, "开放时间")

        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        admin_box = QGroupBox(self.tr("管理员账户"))
        aform = QFormLayout(admin_box)
        self.admin_errors = FieldErrors(aform)
        self.admin_errors.add("username", self.tr("用户名"), self.username)
        self.admin_errors.add("display_name", self.tr("姓名"), self.display_name, "姓名")
        self.admin_errors.add("password", self.tr("密码（至少 8 位）"), self.password)
        self.admin_errors.add("confirm", self.tr("确认密码"), self.confirm)

        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        buttons = QDialogButtonBox()
        self.finish = buttons.addButton(self.tr("完成设置"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish.setDefault(True)
        buttons.accepted.connect(self._submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(intro)
        layout.addWidget(community_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self.confirm.returnPressed.connect(self._submit)

        worker.run(start_jobs.profile_fields, self._prefill)

    def _prefill(self, profile: ProfileFields | None) -> None:
        if profile is None:
            return
        for edit, value in (
            (self.name, profile.name), (self.address, profile.address),
            (self.phone, profile.service_phone), (self.manager, profile.project_manager),
            (self.hours, profile.opening_hours),
        ):
            if not edit.text():
                edit.setText(value)
        if not self.display_name.text():
            self.display_name.setText(profile.project_manager)

    def _submit(self) -> None:
        self.errors.clear()
        self.admin_errors.clear()
        self.general_error.hide()
        profile = ProfileFields(
            name=self.name.text(), address=self.address.text(),
            service_phone=self.phone.text(), project_manager=self.manager.text(),
            opening_hours=self.hours.text(),
        )
        username, name = self.username.text(), self.display_name.text()
        password, confirm = self.password.text(), self.confirm.text()

        self.finish.setEnabled(False)
        self._worker.write(
            lambda store: start_jobs.complete_setup(store, profile, username, name, password, confirm),
            self._done, self._failed,
        )

    def _done(self, actor: Actor) -> None:
        self.finish.setEnabled(True)
        self.completed.emit(actor)

    def _failed(self, exc: BaseException) -> None:
        self.finish.setEnabled(True)
        text = errors.message(exc)
        field = exc.field if isinstance(exc, ValidationError) else None
        if not (self.errors.show(field, text) or self.admin_errors.show(field, text)):
            self.general_error.setText(text)
            self.general_error.show()
