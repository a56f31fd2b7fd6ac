"""Uncaught exceptions: log them and tell the user in Chinese where the log
is, instead of the window vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("crash")


def crash_text(log_file: Path | None) -> str:
    where = (
        str(log_file) if log_file
        else QCoreApplication.translate("crash", "（日志写入失败，已输出到控制台）")
    )
    return QCoreApplication.translate(
        "crash",
        "程序遇到了意外错误。已保存的数据不受影响，请重试刚才的操作。\n\n"
        "如果问题重复出现，请把日志文件发给技术支持：\n{log}",
    ).format(log=where)


def install_excepthook(log_file: Path | None, *, interactive: bool = True) -> list[BaseException]:
    """Log every uncaught exception; tell the user in a dialog when ``interactive``.
    Without a user to close the dialog (``screenshots``) a modal box would wait
    forever, so the caller reads the returned list instead and fails."""
    caught: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        caught.append(exc)
        if interactive and QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical,
                              QCoreApplication.translate("crash", "阳光台 — 出错了"),
                              crash_text(log_file))
            box.setDetailedText("".join(traceback.format_exception_only(kind, exc)))
            box.exec()

    sys.excepthook = hook
    return caught
