"""设置: community profile, working hours and security, users, the complaint
desk's categories, deadlines and holidays, the query desk's catalogue, the city
sync, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.settings.calendar_form import CalendarForm
from desktop.ui.settings.catalogue_form import CatalogueForm
from desktop.ui.settings.categories_form import CategoriesForm
from desktop.ui.settings.community_form import CommunityForm
from desktop.ui.settings.contacts_form import ContactsForm
from desktop.ui.settings.kiosk_form import KioskForm
from desktop.ui.settings.language_form import LanguageForm
from desktop.ui.settings.policy_form import PolicyForm
from desktop.ui.settings.sync_form import SyncForm
from desktop.ui.settings.users_page import UsersPage
from desktop.ui.settings.work_form import WorkForm
from desktop.ui.worker import DbWorker
from localdb.roles import Actor


class SettingsPage(QWidget):
    def __init__(self, worker: DbWorker, actor: Actor, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("设置"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(CommunityForm(worker, actor), self.tr("小区信息"))
        self.tabs.addTab(WorkForm(worker, actor), self.tr("工作时间与安全"))
        self.tabs.addTab(UsersPage(worker, actor), self.tr("用户与角色"))
        # Complaint-desk settings (managers and admins edit). Added after the
        # first three so their tab indices stay as they were.
        self.tabs.addTab(CategoriesForm(worker, actor), self.tr("投诉类别"))
        self.tabs.addTab(PolicyForm(worker, actor), self.tr("处理时限"))
        self.tabs.addTab(CalendarForm(worker, actor), self.tr("节假日安排"))
        self.tabs.addTab(CatalogueForm(worker, actor), self.tr("查询台目录"))  # managers edit
        self.tabs.addTab(ContactsForm(worker, actor), self.tr("投诉渠道"))
        self.tabs.addTab(KioskForm(worker, actor), self.tr("大堂自助机"))
        self.tabs.addTab(SyncForm(worker, actor), self.tr("市平台同步"))  # managers edit
        self.tabs.addTab(LanguageForm(settings), self.tr("语言"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 20, 28, 16)
        lay.addWidget(title)
        lay.addWidget(self.tabs)
