"""Inline validation for forms: the message under its field, nothing typed lost."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import errors
from localdb.errors import ValidationError


class FieldErrors:
    """Rows of a QFormLayout where each field has an error label beneath it."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, key: str, label: str, widget: QWidget, *aliases: str) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        lay.addWidget(error)
        self._form.addRow(label, box)
        for name in (key, *aliases):
            self._fields[name] = (widget, error)

    def clear(self) -> None:
        for widget, error in self._fields.values():
            error.hide()
            widget.setProperty("invalid", False)
            widget.style().polish(widget)

    def show(self, key: str | None, text: str) -> bool:
        """Show ``text`` under field ``key``; False when no such field."""
        if key is None or key not in self._fields:
            return False
        widget, error = self._fields[key]
        error.setText(text)
        error.show()
        widget.setProperty("invalid", True)
        widget.style().polish(widget)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def report(self, exc: BaseException, fallback: QLabel) -> None:
        """Show a store error under its field, or in ``fallback`` when it has none."""
        text = errors.message(exc)
        field = exc.field if isinstance(exc, ValidationError) else None
        if not self.show(field, text):
            fallback.setText(text)
            fallback.show()


def muted_label(text: str = "") -> QLabel:
    """Grey help or status text that wraps."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """Red text under what it is about; hidden until there is an error."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label
