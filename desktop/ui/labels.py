"""Translated labels for values that come from localdb as data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from localdb.roles import ROLE_LABELS, Role


def role_label(role: Role) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS[role])
