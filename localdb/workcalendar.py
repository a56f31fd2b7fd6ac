"""China's official holiday schedule, shipped as data (``resources/calendar``).

The State Council publishes next year's schedule each autumn; until a year
is in the data it is *not confirmed*. The complaints deadline engine builds
its working-day arithmetic on this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from localdb.resources import resources_dir


@dataclass(frozen=True)
class YearSchedule:
    year: int
    holidays: dict[date, str]  # official days off -> festival
    workdays: dict[date, str]  # make-up working days (调休) on a weekend


def _parse(path: Path) -> dict[int, YearSchedule]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    out: dict[int, YearSchedule] = {}
    for year, body in doc["years"].items():
        out[int(year)] = YearSchedule(
            int(year),
            {date.fromisoformat(d): n for d, n in body["holidays"].items()},
            {date.fromisoformat(d): n for d, n in body["workdays"].items()},
        )
    return out


@cache
def official_schedule() -> dict[int, YearSchedule]:
    return _parse(resources_dir() / "calendar" / "cn_official.json")


def confirmed_years() -> list[int]:
    return sorted(official_schedule())
