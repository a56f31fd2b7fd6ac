"""The holiday tab's database work, run on the worker thread: what is known,
and saving or removing one manager-added year merged with the others."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from localdb.changes import Changes
from localdb.complaints import clock, policy
from localdb.roles import Actor
from localdb.workcalendar import YearSchedule, confirmed_years, dump_years, load_manager_years

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.ui.settings.calendar_text import ParsedYear


@dataclass(frozen=True)
class CalendarState:
    official: tuple[int, ...]  # shipped with the program
    added: dict[int, YearSchedule]  # added by a manager (replace the shipped year)
    confirmed: dict[int, bool]  # the years asked about: published schedule known?


def load_state(session: Session, years: tuple[int, ...]) -> CalendarState:
    calendar = clock.context(session).calendar
    return CalendarState(tuple(confirmed_years()), policy.added_years(session),
                         {year: calendar.is_confirmed(year) for year in years})


def save_year(session: Session, actor: Actor, parsed: ParsedYear) -> Changes:
    years = policy.added_years(session)
    years.update(load_manager_years(json.dumps(parsed.as_json(), ensure_ascii=False)))
    return policy.save_calendar_years(session, actor, dump_years(years))


def remove_year(session: Session, actor: Actor, year: int) -> Changes:
    years = policy.added_years(session)
    years.pop(year, None)
    return policy.save_calendar_years(session, actor, dump_years(years))
