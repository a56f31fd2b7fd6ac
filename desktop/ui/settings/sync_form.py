"""设置 → 市平台同步: the city system's address, the project's token (kept in
the system keyring, never in the store), a pinned certificate for a
self-signed city, the interval and batch size; and a connection test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.sync import settings_jobs
from desktop.ui.sync.settings_jobs import ConnectionReport, SettingsRead, TokenState
from desktop.ui.widgets.background import BackgroundJob
from desktop.ui.widgets.form import FieldErrors
from desktop.ui.worker import DbWorker
from localdb.roles import Actor, Permission
from localdb.sync.settings import SyncSettings


class ConnectionTest(BackgroundJob):
    """One request to the city, off the GUI and database threads."""

    def __init__(self, settings: SyncSettings, token: str) -> None:
        super().__init__()
        self._settings, self._token = settings, token
        self.outcome: ConnectionReport | None = None

    def run(self) -> None:
        try:
            self.outcome = settings_jobs.check_connection(self._settings, self._token)
        except Exception as exc:  # shown in the form, in Chinese
            self.failed.emit(exc)
            return
        self.succeeded.emit()


class SyncForm(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._actor = actor
        self._saved_url = ""
        self.test_job: ConnectionTest | None = None
        self.editable = actor.can(Permission.MANAGE_SYNC)

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("留空则保留已保存的令牌"))
        self.token_state = QLabel()
        self.token_state.setObjectName("muted")
        self.token_state.setWordWrap(True)
        self.clear_token = QPushButton(self.tr("清除令牌"))
        self.clear_token.clicked.connect(self._clear_token)
        token_box = QWidget()
        token_lay = QVBoxLayout(token_box)
        token_lay.setContentsMargins(0, 0, 0, 0)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token, 1)
        token_row.addWidget(self.clear_token)
        token_lay.addLayout(token_row)
        token_lay.addWidget(self.token_state)

        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("留空：使用系统信任的证书"))
        self.choose_ca = QPushButton(self.tr("选择证书…"))
        self.choose_ca.clicked.connect(self._choose_ca)
        ca_box = QWidget()
        ca_row = QHBoxLayout(ca_box)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.choose_ca)

        self.interval = QSpinBox()
        self.interval.setRange(10, 3600)
        self.interval.setSuffix(self.tr(" 秒"))
        self.batch = QSpinBox()
        self.batch.setRange(1, 1000)
        for spin in (self.interval, self.batch):
            spin.setMaximumWidth(160)

        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add("city_url", self.tr("市平台地址"), self.url, "市平台地址")
        self.errors.add("token", self.tr("访问令牌"), token_box)
        self.errors.add("ca_bundle", self.tr("自签名证书"), ca_box, "证书文件")
        self.errors.add("interval", self.tr("同步间隔"), self.interval, "同步间隔")
        self.errors.add("batch", self.tr("每批操作数"), self.batch, "每批操作数")
        hint = QLabel(self.tr(
            "令牌只保存在本机的系统密钥环中，不写入数据库或设置文件；每台电脑需各自保存一次。"
            "证书只在市平台使用自签名证书时需要，证书校验始终开启。"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save = QPushButton(self.tr("保存"))
        self.save.setToolTip(self.tr("保存 (Ctrl+S)"))
        self.save.clicked.connect(self._save)
        self.test = QPushButton(self.tr("测试连接"))
        self.test.clicked.connect(self._test)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.test)
        buttons.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        for edit in (self.url, self.ca_bundle):
            edit.setReadOnly(not self.editable)
        for spin in (self.interval, self.batch):
            spin.setEnabled(self.editable)
        for widget in (self.save, self.clear_token, self.choose_ca, token_box):
            widget.setVisible(self.editable)
        if not self.editable:
            self.status.setText(self.tr("只有项目经理或管理员可以修改同步设置；这里仅供查看。"))

        self.setMaximumWidth(760)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addSpacing(8)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addStretch(1)
        worker.run(settings_jobs.read_settings, self._load)

    # --- reading ------------------------------------------------------------------------------

    def _load(self, read: SettingsRead) -> None:
        s = read.settings
        self._saved_url = s.city_url
        self.url.setText(s.city_url)
        self.ca_bundle.setText(s.ca_bundle)
        self.interval.setValue(s.interval_seconds)
        self.batch.setValue(s.batch_size)
        self._show_token(read.token)

    def _show_token(self, state: TokenState) -> None:
        texts = {
            TokenState.NO_ADDRESS: self.tr("先填写市平台地址，再保存令牌。"),
            TokenState.SAVED: self.tr("已为该地址保存令牌（在本机系统密钥环中）。"),
            TokenState.MISSING: self.tr("尚未为该地址保存令牌：请填写市平台发给本项目的令牌。"),
            TokenState.NO_KEYRING: self.tr("本机没有可用的系统密钥环，无法保存令牌。"),
        }
        self.token_state.setText(texts[state])
        self.clear_token.setEnabled(state is TokenState.SAVED)

    def entered(self) -> SyncSettings:
        return SyncSettings(self.url.text().strip(), self.ca_bundle.text().strip(),
                            self.interval.value(), self.batch.value())

    # --- actions ------------------------------------------------------------------------------

    def _save(self) -> None:
        if not self.editable:
            return
        self.errors.clear()
        self.status.setText(self.tr("正在保存…"))
        self._worker.write(settings_jobs.save_settings(self._actor, self.entered(), self.token.text()),
                           self._saved, self._failed)

    def _saved(self, read: SettingsRead) -> None:
        self.token.clear()  # the token now lives in the keyring only
        self._load(read)
        self.status.setText(self.tr("已保存。同步将按新设置重新开始。"))

    def _failed(self, exc: BaseException) -> None:
        self.status.clear()
        self.errors.report(exc, self.status)

    def _clear_token(self) -> None:
        url = self._saved_url
        answer = QMessageBox.question(
            self, self.tr("清除令牌"),
            self.tr("清除本机保存的市平台令牌？清除后本机将停止与市平台同步，直到重新填写令牌。"))
        if answer != QMessageBox.StandardButton.Yes or not url:
            return
        self._worker.write(settings_jobs.clear_token(self._actor, url), self._token_cleared, self._failed)

    def _token_cleared(self, read: SettingsRead) -> None:
        self._load(read)
        self.status.setText(self.tr("令牌已清除。"))

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择市平台的证书"), self.ca_bundle.text(),
            self.tr("证书 (*.pem *.crt *.cer);;所有文件 (*)"))
        if path:
            self.ca_bundle.setText(path)

    def _test(self) -> None:
        if self.test_job is not None:
            return
        self.errors.clear()
        self.status.setText(self.tr("正在连接市平台…"))
        self.test.setEnabled(False)
        job = ConnectionTest(self.entered(), self.token.text())
        # Bound methods of this widget: delivered on the GUI thread (a lambda would run
        # on the job's thread).
        job.succeeded.connect(self._tested)
        job.failed.connect(self._test_failed)
        job.finished.connect(self._test_ended)
        self.test_job = job
        job.start_job()

    def _tested(self) -> None:
        report = self.test_job.outcome if self.test_job is not None else None
        if report is None:
            return
        text = self.tr("连接成功：市平台提供 {n} 个服务类别，往返 {ms} 毫秒。").format(
            n=report.services, ms=round(report.rtt * 1000))
        if report.offset is not None:
            text += self.tr("市平台时钟与本机相差 {s} 秒。").format(s=round(report.offset.total_seconds()))
        self.status.setText(text)

    def _test_failed(self, exc: BaseException) -> None:
        self.status.clear()
        self.errors.report(exc, self.status)

    def _test_ended(self) -> None:
        self.test_job = None
        self.test.setEnabled(True)
