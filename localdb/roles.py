"""Roles, what each may do, and the actor every service call acts as."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from localdb.errors import PermissionDenied


class Role(StrEnum):
    DESK = "desk"  # 客服
    MANAGER = "manager"  # 项目经理
    ADMIN = "admin"  # 管理员
    KIOSK = "kiosk"  # 查询机: no login, read-only
    SYSTEM = "system"  # the program itself: setup, demo loader, CLI maintenance


ROLE_LABELS: dict[Role, str] = {
    Role.DESK: "客服",
    Role.MANAGER: "项目经理",
    Role.ADMIN: "管理员",
    Role.KIOSK: "查询机",
    Role.SYSTEM: "系统",
}

#: Roles a staff account can have.
STAFF_ROLES: tuple[Role, ...] = (Role.DESK, Role.MANAGER, Role.ADMIN)


class Permission(StrEnum):
    EDIT_COMMUNITY = "edit_community"
    EDIT_SETTINGS = "edit_settings"
    EDIT_ADDRESSES = "edit_addresses"
    EDIT_RESIDENTS = "edit_residents"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    LOAD_DEMO = "load_demo"
    RESTORE = "restore"
    LOG_COMPLAINTS = "log_complaints"  # intake and every step of handling
    APPROVE_EXTENSION = "approve_extension"
    EDIT_COMPLAINT_POLICY = "edit_complaint_policy"  # categories, clocks, calendar
    EDIT_RECORDS = "edit_records"  # draft, fill and submit query-desk records
    PUBLISH_RECORDS = "publish_records"  # review: publish, return, withdraw
    EDIT_CATALOGUE = "edit_catalogue"  # query-desk categories, disclosure list, accounts
    ANSWER_QUESTIONS = "answer_questions"
    SHOW_ANSWERS = "show_answers"  # allow an answered question to be shown publicly
    RAISE_QUESTION = "raise_question"  # the kiosk's only write
    MANAGE_SYNC = "manage_sync"  # city-system address, certificate; retry or discard an operation


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.EDIT_COMMUNITY: "修改小区信息",
    Permission.EDIT_SETTINGS: "修改设置",
    Permission.EDIT_ADDRESSES: "修改楼栋房号",
    Permission.EDIT_RESIDENTS: "修改住户",
    Permission.MANAGE_USERS: "管理用户",
    Permission.VIEW_AUDIT: "查看审计日志",
    Permission.LOAD_DEMO: "加载演示数据",
    Permission.RESTORE: "恢复备份",
    Permission.LOG_COMPLAINTS: "受理和处理投诉",
    Permission.APPROVE_EXTENSION: "批准延期",
    Permission.EDIT_COMPLAINT_POLICY: "修改投诉类别、时限和日历",
    Permission.EDIT_RECORDS: "起草和提交公开记录",
    Permission.PUBLISH_RECORDS: "审核发布公开记录",
    Permission.EDIT_CATALOGUE: "修改查询台目录和公开清单",
    Permission.ANSWER_QUESTIONS: "答复业主质疑",
    Permission.SHOW_ANSWERS: "公开质疑答复",
    Permission.RAISE_QUESTION: "提出质疑",
    Permission.MANAGE_SYNC: "管理市平台同步",
}

_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.KIOSK: frozenset({Permission.RAISE_QUESTION}),
    Role.DESK: frozenset(
        {
            Permission.EDIT_RESIDENTS,
            Permission.LOG_COMPLAINTS,
            Permission.EDIT_RECORDS,
            Permission.ANSWER_QUESTIONS,
            Permission.RAISE_QUESTION,
        }
    ),
    Role.MANAGER: frozenset(
        {
            Permission.EDIT_RESIDENTS,
            Permission.EDIT_ADDRESSES,
            Permission.EDIT_COMMUNITY,
            Permission.EDIT_SETTINGS,
            Permission.VIEW_AUDIT,
            Permission.LOG_COMPLAINTS,
            Permission.APPROVE_EXTENSION,
            Permission.EDIT_COMPLAINT_POLICY,
            Permission.EDIT_RECORDS,
            Permission.PUBLISH_RECORDS,
            Permission.EDIT_CATALOGUE,
            Permission.ANSWER_QUESTIONS,
            Permission.SHOW_ANSWERS,
            Permission.RAISE_QUESTION,
            Permission.MANAGE_SYNC,
        }
    ),
    Role.ADMIN: _ALL,
    Role.SYSTEM: _ALL,
}


@dataclass(frozen=True)
class Actor:
    """Who is acting. Plain data: safe to hand to any thread."""

    user_id: int | None
    name: str
    role: Role
    username: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                "permission_denied",
                role=ROLE_LABELS[self.role],
                action=PERMISSION_LABELS[permission],
            )


SYSTEM = Actor(None, "system", Role.SYSTEM)
KIOSK = Actor(None, "kiosk", Role.KIOSK)
