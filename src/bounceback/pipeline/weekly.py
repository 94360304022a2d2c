"""The search's waiting groups week by week: what the outlook-over-time chart is computed from.

At the end of each week (Sunday) every application still waiting stood at some stage, silent
since some day. What one application adds to those weekly counts depends on its own timeline
only, so the read model keeps it beside its other totals: +1 to a group in the week the
application joins it, -1 in the week it leaves (a move, a sign of life, an answer). The counts
of any week are the running sum of these changes up to it: the chart reads one row per change
of the whole search, never an event, and a write recomputes one application's share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from bounceback.domain.asof import application_as_of
from bounceback.domain.models import Application, Event
from bounceback.pipeline.history import silent_since
from bounceback.pipeline.priors import WAITING_STAGES, kind_of

#: The tally of the weekly changes: key "YYYY-MM-DD|kind:stage:since" (the week's Sunday).
WEEKLY = "weekly"
WEEK = timedelta(days=7)


def week_end(day: date) -> date:
    """The Sunday that ends the week (Monday to Sunday) holding `day` (the last day there is,
    in the last week of the calendar: a date stored by hand as 9999-12-31)."""
    left = 6 - day.weekday()
    return day + timedelta(days=left) if (date.max - day).days >= left else date.max


def group_on(app: Application, events: Sequence[Event], day: date) -> str | None:
    """The waiting group ("kind:stage:since") the application was in at the end of `day`, or
    None when it was not waiting (not sent, answered, or at a stage nobody waits at)."""
    from bounceback.pipeline.state import waiting_key

    known = [e for e in events if e.occurred_at.date() <= day]
    then = application_as_of(app, known, day)
    if then is None or not then.is_live or then.stage not in WAITING_STAGES:
        return None
    if then.last_activity is not None and then.last_activity > day:
        then = replace(then, last_activity=None)  # what it was later says nothing of then
    return waiting_key(kind_of(app), then.stage, silent_since(then, known))


def weekly_share(app: Application, events: Iterable[Event]) -> Counter[tuple[str, str]]:
    """This application's changes to the weekly waiting groups: (WEEKLY, "week|group") -> +1
    or -1. After its last dated change its group (or none) holds every week after."""
    share: Counter[tuple[str, str]] = Counter()
    if app.date_applied is None:
        return share
    timeline = sorted(events, key=lambda e: e.occurred_at)
    days = [app.date_applied, *(e.occurred_at.date() for e in timeline)]
    if app.outcome_date is not None:
        days.append(app.outcome_date)
    if app.last_activity is not None:
        days.append(app.last_activity)
    # What group_on reads (the events known by then, applied yet, ended yet, active since)
    # changes only on these days: a week holding none of them holds the group of the week
    # before, so only the weeks holding one are looked at (not every week of a long search).
    held: str | None = None
    for week in sorted({week_end(day) for day in days}):
        group = group_on(app, timeline, week)
        if group != held:
            if held is not None:
                share[(WEEKLY, f"{week.isoformat()}|{held}")] -= 1
            if group is not None:
                share[(WEEKLY, f"{week.isoformat()}|{group}")] += 1
            held = group
    return share
