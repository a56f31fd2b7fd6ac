"""Show a store error in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.sync.errors import TransportError
from localdb.errors import StoreError


def message(exc: BaseException) -> str:
    """The user-facing text for an error raised by localdb (or by the city sync)."""
    if isinstance(exc, TransportError):
        exc = exc.as_store_error()
    if isinstance(exc, StoreError):
        template = QCoreApplication.translate("errors", exc.template)
        params = dict(exc.params)
        for key, context in (("field", "fields"), ("action", "permissions"), ("role", "roles")):
            if isinstance(params.get(key), str):
                params[key] = QCoreApplication.translate(context, params[key])
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return exc.message
    return QCoreApplication.translate("errors", "操作失败：{detail}").format(detail=exc)
