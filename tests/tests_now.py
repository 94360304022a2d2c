"""The "now" every test sees, one for the whole run (importable as `tests_now`).

BOUNCEBACK_TEST_NOW (an ISO date or date-time) pins it; unset or "real", it is the wall clock
when the run starts, written back to the environment so that every worker process and every
import sees the same moment (a run that crosses midnight still has one today). `make test` runs
the suite both ways, so it passes on any date: the demo and the dates in assertions are built
from NOW, never written out.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta

VARIABLE = "BOUNCEBACK_TEST_NOW"


def _tests_now() -> datetime:
    raw = os.environ.get(VARIABLE, "").strip()
    if raw and raw != "real":
        return datetime.fromisoformat(raw).replace(microsecond=0)
    now = datetime.now().replace(second=0, microsecond=0)
    os.environ[VARIABLE] = now.isoformat()
    return now


NOW = _tests_now()
TODAY = NOW.date()


def day(offset: int) -> date:
    """The day `offset` days from the tests' today (negative: before)."""
    return TODAY + timedelta(days=offset)


def moment(offset: int, hour: int = 0, minute: int = 0) -> datetime:
    """A time of day on day(offset)."""
    return datetime.combine(day(offset), time(hour, minute))


def last_weekday(weekday: int) -> date:
    """What 'last Monday' (weekday 0) means today: the one before today, a week back on the day."""
    return TODAY - timedelta(days=(TODAY.weekday() - weekday) % 7 or 7)


def week_start(on: date = TODAY) -> date:
    """The Monday of the week holding `on`."""
    return on - timedelta(days=on.weekday())
