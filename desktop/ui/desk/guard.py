"""Worker results may arrive after the widget that asked for them is gone
(locking throws the work area away): drop them instead of touching a
deleted C++ object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def guard(owner: QObject, fn: Callable[[T], Any]) -> Callable[[T], None]:
    """``fn``, called only while ``owner`` still exists."""

    def call(value: T) -> None:
        if alive(owner):
            fn(value)

    return call
