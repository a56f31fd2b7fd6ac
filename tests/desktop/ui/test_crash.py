"""Uncaught exceptions become a Chinese dialog naming the log, and a log entry."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QMessageBox

from desktop.ui.crash import install_excepthook
from desktop.ui.qt_logging import qt_message_handler


def test_uncaught_exception_is_logged_and_shown(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "sunshine-desk.log"
    install_excepthook(log_file)
    try:
        raise ZeroDivisionError("demo")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="crash"):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "意外错误" in shown[0] and str(log_file) in shown[0]
    assert "ZeroDivisionError" in caplog.text


def test_without_a_user_the_error_is_collected_not_shown(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """``screenshots`` has nobody to close a dialog: a modal box would hang it."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    caught = install_excepthook(tmp_path / "sunshine-desk.log", interactive=False)
    try:
        raise ModuleNotFoundError("reportlab.graphics.barcode.code128")
    except ModuleNotFoundError:
        with caplog.at_level(logging.ERROR, logger="crash"):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown == []
    assert [type(e) for e in caught] == [ModuleNotFoundError]
    assert "code128" in caplog.text


def test_qt_messages_go_to_logging(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="qt"):
        qt_message_handler(QtMsgType.QtWarningMsg, QMessageLogContext(), "font not found")
    record = caplog.records[-1]
    assert record.name == "qt" and record.levelno == logging.WARNING
    assert "font not found" in record.getMessage()
