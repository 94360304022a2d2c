"""One application's derived state, as the read model keeps it.

Pages and commands show an application's stage, kind, silence clock and follow-up without
reading its timeline again, and the search's totals (transitions passed and stopped, answer
times, counts by stage and source, applications per day, waiting applications by silence) are
sums of what each application adds. `derive` computes both from the application and its
timeline; the read model stores the state and adds the difference of the totals on each write,
so a write costs what it changes, and a rebuild (the sum over every application) must agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Protocol

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.pipeline.history import (
    SIGNS_OF_LIFE,
    answer_days_of,
    last_follow_up,
    silent_since,
    transitions_of,
)
from bounceback.pipeline.priors import WAITING_STAGES, Kind, kind_of
from bounceback.pipeline.weekly import weekly_share

#: The timeline events the state is derived from (the pipeline's reads: signs of life,
#: follow-ups, ghosting).
KINDS: frozenset[EventKind] = frozenset({*SIGNS_OF_LIFE, EventKind.FOLLOW_UP_SENT, EventKind.GHOSTED})

#: A search total: (name, key) -> value. Names below; keys are plain strings.
Totals = Mapping[tuple[str, str], int]

STATUS = "status"  # key: the status word (applied ... rejected, ghosted)
SOURCE = "source"  # key: the source
PASSED = "passed"  # key: "kind:step"
STOPPED = "stopped"  # key: "kind:step"
ADVANCE_N = "advance_n"  # key: waiting stage; how many steps forward were timed
ADVANCE_SUM = "advance_sum"  # key: waiting stage; their days, summed
COMPANY_N = "company_n"  # key: company name; answers timed
COMPANY_SUM = "company_sum"  # key: company name; their days, summed
APPLIED_DAY = "applied_day"  # key: ISO date; applications sent that day
#: key: ISO date of a Monday; applications sent that week (the plan's past weeks and the
#: patterns' total read a row a week, not a row a day of the whole history: round 25)
APPLIED_WEEK = "applied_week"
WAITING = "waiting"  # key: "kind:stage:silent-since ISO or -": live applications waiting
HOPE_N = "hope_n"  # key "": live applications (not offers) with an excitement above 0
HOPE_SUM = "hope_sum"  # key "": their excitement, summed
APPS = "apps"  # key: kind; applications beyond a saved bookmark (conversion's denominators)

NO_DAY = "-"


@dataclass(frozen=True)
class Booking:
    """An interview booked for a date and time (from the timeline)."""

    at: datetime
    round: int | None = None


@dataclass(frozen=True)
class ToHold:
    """An interview booked and not held yet (no interview of its round held): the calendar's."""

    event_id: int | None
    at: datetime  # when it is: the time booked for, else when it was booked
    round: int | None = None
    interview_type: str | None = None
    location: str = ""


@dataclass(frozen=True)
class AppState:
    """What the read model keeps for one application."""

    application_id: int
    company: str
    role: str
    kind: Kind
    source: str
    stage: Stage
    furthest_stage: Stage
    outcome: Outcome | None
    live: bool
    date_applied: date | None
    outcome_date: date | None
    last_activity: date | None
    excitement: int | None
    silent_since: date | None
    last_follow_up: date | None
    snoozed_until: date | None
    revived_at: datetime | None = None  # the latest revival by a late answer
    revived_stage: Stage | None = None
    bookings: tuple[Booking, ...] = ()
    to_hold: tuple[ToHold, ...] = ()
    totals: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return f"{self.role} at {self.company}"

    @property
    def status(self) -> str:
        return self.outcome.value if self.outcome else self.stage.value


def waiting_key(kind: Kind | str, stage: Stage | str, since: date | None) -> str:
    return f"{getattr(kind, 'value', kind)}:{getattr(stage, 'value', stage)}:" + (
        since.isoformat() if since else NO_DAY
    )


@lru_cache(maxsize=4096)  # a page reads about a hundred, the same from one write to the next
def parse_waiting_key(key: str) -> tuple[Kind, Stage, date | None]:
    kind, stage, day = key.split(":")
    return Kind(kind), Stage(stage), None if day == NO_DAY else date.fromisoformat(day)


def derive(
    app: Application, events: Sequence[Event] = (), snoozed_until: date | None = None
) -> AppState:
    """The state of `app` from its timeline (events of the kinds the pipeline reads)."""
    assert app.id is not None
    kind = kind_of(app)
    since = silent_since(app, events)
    totals: Counter[tuple[str, str]] = Counter()
    totals[(STATUS, app.status)] += 1
    totals[(SOURCE, app.source.value)] += 1
    if not (app.stage == Stage.SAVED and app.furthest_stage == Stage.SAVED):
        totals[(APPS, kind.value)] += 1
    for k, step, passed in transitions_of(app):
        totals[(PASSED if passed else STOPPED, f"{k.value}:{step}")] += 1
    steps, company_days = answer_days_of(app, events)
    for stage, days in steps:
        totals[(ADVANCE_N, stage.value)] += 1
        totals[(ADVANCE_SUM, stage.value)] += days
    for days in company_days:
        totals[(COMPANY_N, app.company)] += 1
        totals[(COMPANY_SUM, app.company)] += days
    if app.date_applied is not None:
        totals[(APPLIED_DAY, app.date_applied.isoformat())] += 1
        monday = app.date_applied - timedelta(days=app.date_applied.weekday())
        totals[(APPLIED_WEEK, monday.isoformat())] += 1
    if app.is_live and app.stage in WAITING_STAGES:
        totals[(WAITING, waiting_key(kind, app.stage, since))] += 1
    if app.is_live and app.stage != Stage.OFFER and app.excitement and app.excitement > 0:
        totals[(HOPE_N, "")] += 1
        totals[(HOPE_SUM, "")] += app.excitement
    totals.update(weekly_share(app, events))
    bookings = tuple(
        Booking(at, e.round)
        for e in events
        if e.kind == EventKind.INTERVIEW_SCHEDULED and (at := e.booked_at) is not None
    )
    held = {e.round for e in events if e.kind == EventKind.INTERVIEW_HELD}
    to_hold = tuple(
        ToHold(e.id, e.booked_at or e.occurred_at, e.round,
               e.interview_type.value if e.interview_type else None,
               str((e.details or {}).get("location", ""))[:500])
        for e in events if e.kind == EventKind.INTERVIEW_SCHEDULED and e.round not in held
    )
    answers = [e for e in events if e.kind == EventKind.REVIVED and e.details.get("answered")]
    revived = max(answers, key=lambda e: e.occurred_at) if answers else None
    return AppState(
        application_id=app.id, company=app.company, role=app.role, kind=kind,
        source=app.source.value, stage=app.stage, furthest_stage=app.furthest_stage,
        outcome=app.outcome, live=app.is_live, date_applied=app.date_applied,
        outcome_date=app.outcome_date, last_activity=app.last_activity,
        excitement=app.excitement, silent_since=since, last_follow_up=last_follow_up(events),
        snoozed_until=snoozed_until, bookings=bookings, to_hold=to_hold,
        revived_at=revived.occurred_at if revived else None,
        revived_stage=revived.stage if revived else None,
        totals={k: v for k, v in totals.items() if v},
    )


class HasTotals(Protocol):
    @property
    def totals(self) -> Mapping[tuple[str, str], int]: ...


def sum_totals(states: Iterable[HasTotals]) -> dict[tuple[str, str], int]:
    """The search's totals: what every application adds (what a rebuild stores)."""
    out: Counter[tuple[str, str]] = Counter()
    for state in states:
        out.update(state.totals)
    return {k: v for k, v in out.items() if v}


def difference(
    old: Mapping[tuple[str, str], int], new: Mapping[tuple[str, str], int]
) -> dict[tuple[str, str], int]:
    """What to add to the totals when an application's share goes from `old` to `new`."""
    keys = set(old) | set(new)
    out = {k: new.get(k, 0) - old.get(k, 0) for k in keys}
    return {k: v for k, v in out.items() if v}
