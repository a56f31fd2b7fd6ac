"""Review figures fit for a public copy: the households behind repeat complaints
lose their room number (3栋-2单元-1502 → 3栋-2单元-****) and typed places lose
any name or mobile in them, so the notice board never points at a household."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from localdb.complaints.review_figures import PeriodFigures, RepeatGroup, ReviewFigures
from localdb.masking import MASK


def public_household(label: str) -> str:
    head, sep, _room = label.rpartition("-")
    return f"{head}-{MASK * 4}" if sep else MASK * 4


def _groups(groups: tuple[RepeatGroup, ...], scrub: Callable[[str], str]) -> tuple[RepeatGroup, ...]:
    return tuple(replace(g, label=public_household(g.label) if g.kind == "household" else scrub(g.label))
                 for g in groups)


def public_review(figures: ReviewFigures, scrub: Callable[[str], str]) -> ReviewFigures:
    def period(p: PeriodFigures) -> PeriodFigures:
        return replace(p, repeat_groups=_groups(p.repeat_groups, scrub))

    return replace(figures, repeat_groups=_groups(figures.repeat_groups, scrub),
                   months=tuple(period(m) for m in figures.months))
