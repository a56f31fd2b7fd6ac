"""What can be printed: one entry per kind, for ``sunshine-desk print`` and the app.

Light to import (no reportlab until a build runs), so ``print --list`` and the
menus stay fast. Every build reads through its own session and returns the page
count; ``builder`` fits the app's print preview (path, progress, cancelled).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.printing.control import Cancelled, Control, Progress

if TYPE_CHECKING:
    from localdb.engine import Store


@dataclass(frozen=True)
class PrintRequest:
    start: date | None = None  # local dates, both included (kinds about a period)
    end: date | None = None
    public: bool = False  # a copy for the notice board: personal data masked
    now: datetime | None = None  # printed time and "as of" for states; default: now


@dataclass(frozen=True)
class Kind:
    name: str  # on the command line
    zh: str
    en: str
    period: bool  # needs --from and --to
    target: str  # "module:function" building it


KINDS: tuple[Kind, ...] = (
    Kind("complaint-ledger", "投诉处理台账", "Complaint ledger", True,
         "desktop.printing.complaint_ledger:build"),
    Kind("review", "投诉复盘（月度 / 季度）", "Complaint review (monthly / quarterly)", True,
         "desktop.printing.review:build"),
    Kind("channels-poster", "公开栏海报：投诉渠道", "Notice-board poster: complaint channels", False,
         "desktop.printing.channels:build_channels_poster"),
    Kind("qr-sign", "码上办公示牌", "码上办 QR-code sign", False, "desktop.printing.channels:build_sign"),
)
BY_NAME = {k.name: k for k in KINDS}


def _target(kind: Kind) -> Callable[..., int]:
    module, name = kind.target.split(":")
    fn: Callable[..., int] = getattr(importlib.import_module(module), name)
    return fn


def run(store: Store, kind: Kind, request: PrintRequest, out: Path, progress: Progress | None = None,
        cancelled: Cancelled | None = None) -> int:
    """Build one print into ``out``; returns its page count."""
    control = Control()
    if progress is not None:
        control.progress = progress
    if cancelled is not None:
        control.cancelled = cancelled
    now = request.now or datetime.now(UTC)
    build = _target(kind)
    with store.read() as session:
        if kind.period:
            if request.start is None or request.end is None:
                raise ValueError(f"{kind.name} needs a period")
            return build(session, request.start, request.end, out, now=now, public=request.public,
                         control=control)
        return build(session, out, now=now, public=request.public, control=control)


def builder(store: Store, kind: Kind, request: PrintRequest) -> Callable[[Path, Progress, Cancelled], int]:
    """A build for the print preview, run on its own thread with its own session."""

    def build(path: Path, progress: Progress, cancelled: Cancelled) -> int:
        return run(store, kind, request, path, progress, cancelled)

    return build
