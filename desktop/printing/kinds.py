"""What can be printed: one entry per kind, for ``sunshine-desk print`` and the app.

Light to import (no reportlab until a build runs), so ``print --list`` and the
menus stay fast. Every build reads through its own session and returns the page
count; ``builder`` fits the app's print preview (path, progress, cancelled).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
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
    options: tuple[tuple[str, str], ...] = ()  # (key, value) of the kind's options


@dataclass(frozen=True)
class KindOption:
    """A choice a kind takes (which column, which work kind): a keyword of its
    build, ``--key-with-dashes`` on the command line, a combo box in the app."""

    key: str
    zh: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label); empty: the store's list
    default: str = ""  # "" with choices offered: all of them

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")


@dataclass(frozen=True)
class Kind:
    name: str  # on the command line
    zh: str
    en: str
    period: bool  # needs --from and --to
    target: str  # "module:function" building it
    options: tuple[KindOption, ...] = field(default=())


def _work_kinds() -> tuple[tuple[str, str], ...]:
    from localdb.worklog.kinds import WORK_KINDS

    return tuple(WORK_KINDS.items())


def _register_kinds() -> tuple[tuple[str, str], ...]:
    from localdb.worklog.kinds import REGISTER_KINDS

    return tuple(REGISTER_KINDS.items())


WORK_KIND = KindOption("work_kind", "作业类别", _work_kinds())
REGISTER_KIND = KindOption("register_kind", "清册类别", _register_kinds())
COLUMN = KindOption("column", "公开栏栏目")  # the notice columns are the store's data


KINDS: tuple[Kind, ...] = (
    Kind("complaint-ledger", "投诉处理台账", "Complaint ledger", True,
         "desktop.printing.complaint_ledger:build"),
    Kind("review", "投诉复盘（月度 / 季度）", "Complaint review (monthly / quarterly)", True,
         "desktop.printing.review:build"),
    Kind("common-income-ledger", "共有部分经营收益台账", "Common-part income ledger", True,
         "desktop.printing.money_ledger:build_common_income"),
    Kind("commission-fund-ledger", "酬金制资金收支台账", "Commission-model fund ledger", True,
         "desktop.printing.money_ledger:build_commission"),
    Kind("lump-sum-ledger", "包干制成本支出台账", "Lump-sum expense ledger (by class)", True,
         "desktop.printing.money_ledger:build_lump_sum"),
    Kind("work-ledger", "作业记录台账", "Work-record ledger", True,
         "desktop.printing.work_ledger:build_work", (WORK_KIND,)),
    Kind("register-ledger", "清册台账", "Register ledger", False,
         "desktop.printing.work_ledger:build_register", (REGISTER_KIND,)),
    Kind("notice-poster", "公开栏海报（按栏目）", "Notice-board poster (one column)", True,
         "desktop.printing.notice_poster:build", (COLUMN,)),
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
    given = dict(request.options)
    options = {o.key: given.get(o.key) or o.default for o in kind.options}
    with store.read() as session:
        if kind.period:
            if request.start is None or request.end is None:
                raise ValueError(f"{kind.name} needs a period")
            return build(session, request.start, request.end, out, now=now, public=request.public,
                         control=control, **options)
        return build(session, out, now=now, public=request.public, control=control, **options)


def builder(store: Store, kind: Kind, request: PrintRequest) -> Callable[[Path, Progress, Cancelled], int]:
    """A build for the print preview, run on its own thread with its own session."""

    def build(path: Path, progress: Progress, cancelled: Cancelled) -> int:
        return run(store, kind, request, path, progress, cancelled)

    return build
