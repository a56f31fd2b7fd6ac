"""Settings → users: accounts and roles (administrators only may change them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.labels import role_label
from desktop.ui.settings.user_dialogs import AddUserDialog, PasswordDialog
from desktop.ui.worker import DbWorker, reading, writing
from localdb.changes import Changes
from localdb.engine import Store
from localdb.errors import ValidationError
from localdb.roles import STAFF_ROLES, Actor, Permission, Role
from localdb.services import users


class UsersPage(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._rows: list[users.UserView] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加用户…"))
        self.password_button = QPushButton(self.tr("设置密码…"))
        self.role_combo = QComboBox()
        for role in STAFF_ROLES:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("更改角色"))
        self.active_button = QPushButton(self.tr("停用 / 启用"))
        self.add_button.clicked.connect(self._add)
        self.password_button.clicked.connect(self._password)
        self.role_button.clicked.connect(self._change_role)
        self.active_button.clicked.connect(self._toggle_active)
        buttons = QHBoxLayout()
        for w in (self.add_button, self.password_button, self.role_combo, self.role_button,
                  self.active_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        if not actor.can(Permission.MANAGE_USERS):
            for w in (self.add_button, self.password_button, self.role_combo, self.role_button,
                      self.active_button):
                w.setEnabled(False)
            self.status.setText(self.tr("只有管理员可以管理用户。"))
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.table)
        lay.addWidget(self.status)
        worker.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._worker.run(reading(users.list_users), self._show)

    def _on_changed(self, changes: Changes) -> None:
        if changes.users:
            self.refresh()

    def _show(self, rows: list[users.UserView]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, u in enumerate(rows):
            if not u.active:
                state = self.tr("已停用")
            elif not u.has_password:
                state = self.tr("未设置密码")
            else:
                state = self.tr("正常")
            for col, text in enumerate((u.username, u.display_name, role_label(u.role), state)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self) -> users.UserView | None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            return self._rows[row]
        self.status.setText(self.tr("请先在表格中选择一个用户。"))
        return None

    def _report(self, exc: BaseException) -> None:
        self.status.setText(errors.message(exc))

    def _add(self) -> None:
        dialog = AddUserDialog(self)
        actor = self._actor

        def submit() -> None:
            username, name, role, password = dialog.values()

            def job(store: Store) -> tuple[Changes, int]:
                with store.write() as session:
                    return users.add_user(session, actor, username, name, role, password)

            def failed(exc: BaseException) -> None:
                field = exc.field if isinstance(exc, ValidationError) else None
                dialog.show_error(field, errors.message(exc))

            self._worker.write(job, lambda _: dialog.accept(), failed)

        dialog.submitted = submit  # type: ignore[method-assign]
        dialog.open()

    def _password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.display_name, self)
        actor = self._actor

        def done() -> None:
            password = dialog.password.text()
            self._worker.write(
                writing(lambda s: users.set_password(s, actor, user.id, password)),
                lambda _: self.status.setText(self.tr("密码已设置。")),
                self._report,
            )

        dialog.accepted.connect(done)
        dialog.open()

    def _change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = Role(self.role_combo.currentData())
        actor = self._actor
        self._worker.write(
            writing(lambda s: users.update_user(s, actor, user.id, role=role)),
            lambda _: self.status.setText(self.tr("角色已更改。")),
            self._report,
        )

    def _toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(
                self, self.tr("停用用户"),
                self.tr("停用后 {name} 将无法登录，确定停用吗？").format(name=user.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self._actor
        self._worker.write(
            writing(lambda s: users.update_user(s, actor, user.id, active=not user.active)),
            None,
            self._report,
        )
