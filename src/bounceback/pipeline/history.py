"""What the candidate's own past says: stage transitions passed or failed, and answer times."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.pipeline.priors import TRANSITIONS, WAITING_STAGES, Kind, kind_of

#: Events that show the employer is still engaged: they restart the silence clock.
SIGNS_OF_LIFE = frozenset(
    {
        EventKind.STAGE_CHANGED,
        EventKind.INTERVIEW_SCHEDULED,
        EventKind.INTERVIEW_HELD,
        EventKind.ASSESSMENT,
        EventKind.OFFER,
        EventKind.EMAIL_RECEIVED,
        EventKind.FEEDBACK_RECEIVED,
        EventKind.REVIVED,
    }
)

EventsByApp = Mapping[int, Sequence[Event]]
RANK: dict[Stage, int] = {stage: stage.rank for stage in Stage}
_OFFER_RANK = RANK[Stage.OFFER]
_FORWARD = frozenset({EventKind.OFFER, EventKind.STAGE_CHANGED})


@dataclass
class TransitionCounts:
    """Per kind and transition step: how many applications passed it and how many stopped."""

    passed: dict[tuple[Kind, int], int] = field(default_factory=lambda: defaultdict(int))
    stopped: dict[tuple[Kind, int], int] = field(default_factory=lambda: defaultdict(int))

    def total(self) -> int:
        return sum(self.passed.values()) + sum(self.stopped.values())


def reached_rank(application: Application) -> int:
    """How far the application got, as a stage rank (accepted counts as an offer)."""
    rank = max(RANK[application.furthest_stage], RANK[application.stage])
    return min(rank, _OFFER_RANK)


def transitions_of(application: Application) -> list[tuple[Kind, int, bool]]:
    """(kind, step, passed) for each transition this application passed, and the one where it
    stopped (passed False). The per-application part of `count_transitions`."""
    return transitions_for(
        kind_of(application), application.stage, application.furthest_stage, application.outcome
    )


def transitions_for(
    kind: Kind, stage: Stage, furthest: Stage, outcome: Outcome | None
) -> list[tuple[Kind, int, bool]]:
    if stage == Stage.SAVED and furthest == Stage.SAVED:
        return []
    reached = min(max(RANK[furthest], RANK[stage]), _OFFER_RANK)
    out: list[tuple[Kind, int, bool]] = []
    for step, (frm, to) in enumerate(TRANSITIONS):
        if reached >= RANK[to]:
            out.append((kind, step, True))
        elif reached == RANK[frm]:
            if outcome in (Outcome.REJECTED, Outcome.GHOSTED):
                out.append((kind, step, False))
            break
        else:
            break
    return out


def count_transitions(applications: Iterable[Application]) -> TransitionCounts:
    """Count each transition an application passed, and the one where it stopped.

    Rejected and ghosted applications stopped at the furthest stage they reached. Live and
    withdrawn ones are still open at their stage (the candidate, not the employer, ended a
    withdrawal), so they count only for the steps they already passed.
    """
    counts = TransitionCounts()
    for app in applications:
        for kind, step, passed in transitions_of(app):
            (counts.passed if passed else counts.stopped)[(kind, step)] += 1
    return counts


def _event_day(event: Event) -> date:
    return event.occurred_at.date()


def silent_since(application: Application, events: Sequence[Event] = ()) -> date | None:
    """The last day the employer gave a sign of life (or the day of applying): a note of the
    seeker's own does not reset the silence (round 18's product decision).

    A booked interview counts on the day it is booked for, so an interview ahead keeps the
    application out of the silence clock until then.
    """
    latest = application.date_applied
    # The seeker's own doings (a note, an edit) move the last activity, not the employer's
    # silence: it counts from the day of applying. Only an application with no such day and
    # no timeline falls back on its last activity (nothing else says when it started).
    if latest is None and not events:
        latest = application.last_activity
    for e in events:
        if e.kind in SIGNS_OF_LIFE:
            day = e.occurred_at.date()
            if latest is None or day > latest:
                latest = day
            if e.kind == EventKind.INTERVIEW_SCHEDULED:
                booked = e.booked_at
                if booked is not None and booked.date() > latest:
                    latest = booked.date()
    return latest


def last_follow_up(events: Sequence[Event]) -> date | None:
    """The day of the latest follow-up the candidate sent, if any."""
    days = [_event_day(e) for e in events if e.kind == EventKind.FOLLOW_UP_SENT]
    return max(days) if days else None


def _advances(application: Application, events: Sequence[Event]) -> list[tuple[Stage, int]]:
    """(waiting stage, days until it moved forward) for each step forward in the timeline."""
    if application.date_applied is None:
        return []
    out: list[tuple[Stage, int]] = []
    current, entered = Stage.APPLIED, application.date_applied
    forward = [e for e in events if e.kind in _FORWARD]
    forward.sort(key=lambda e: e.occurred_at)
    for event in forward:
        target = Stage.OFFER if event.kind == EventKind.OFFER else event.stage
        if target is None or RANK[target] <= RANK[current] or current not in WAITING_STAGES:
            continue
        day = _event_day(event)
        out.append((current, max(0, (day - entered).days)))
        current, entered = target, day
    return out


@dataclass
class DayTotal:
    """Days waited, kept as a total and a count (all the estimator needs of them)."""

    total: int = 0
    n: int = 0

    def append(self, days: int) -> None:
        self.total += days
        self.n += 1

    def extend(self, days: Iterable[int]) -> None:
        for d in days:
            self.append(d)

    def __len__(self) -> int:
        return self.n

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0


@dataclass
class AnswerTimes:
    """Days the candidate waited, from their own timelines."""

    #: waiting stage -> days until applications moved forward from it
    advance: dict[Stage, DayTotal] = field(default_factory=lambda: defaultdict(DayTotal))
    #: company -> days until any answer (a step forward or a no)
    by_company: dict[str, DayTotal] = field(default_factory=lambda: defaultdict(DayTotal))


def answer_days_of(
    application: Application, events: Sequence[Event] = ()
) -> tuple[list[tuple[Stage, int]], list[int]]:
    """(waiting stage, days until it moved forward) steps, and the days until the company
    answered at all: the per-application part of `answer_times`."""
    moved = application.id is not None and reached_rank(application) > RANK[Stage.APPLIED]
    steps = _advances(application, events) if moved else []
    company = [days for _, days in steps]
    if (
        application.outcome == Outcome.REJECTED
        and application.outcome_date
        and application.date_applied
        and not steps
        and application.outcome_date >= application.date_applied
    ):
        company.append((application.outcome_date - application.date_applied).days)
    return steps, company


def answer_times(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> AnswerTimes:
    """Collect how long each stage took to move forward, and each company to answer at all."""
    times = AnswerTimes()
    events_by_app = events_by_app or {}
    for app in applications:
        steps, company = answer_days_of(app, events_by_app.get(app.id, ()) if app.id is not None else ())
        for stage, days in steps:
            times.advance[stage].append(days)
        if company:
            times.by_company[app.company].extend(company)
    return times
