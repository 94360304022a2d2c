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


@dataclass
class TransitionCounts:
    """Per kind and transition step: how many applications passed it and how many stopped."""

    passed: dict[tuple[Kind, int], int] = field(default_factory=lambda: defaultdict(int))
    stopped: dict[tuple[Kind, int], int] = field(default_factory=lambda: defaultdict(int))

    def total(self) -> int:
        return sum(self.passed.values()) + sum(self.stopped.values())


def reached_rank(application: Application) -> int:
    """How far the application got, as a stage rank (accepted counts as an offer)."""
    rank = max(application.furthest_stage.rank, application.stage.rank)
    return min(rank, Stage.OFFER.rank)


def count_transitions(applications: Iterable[Application]) -> TransitionCounts:
    """Count each transition an application passed, and the one where it stopped.

    Rejected and ghosted applications stopped at the furthest stage they reached. Live and
    withdrawn ones are still open at their stage (the candidate, not the employer, ended a
    withdrawal), so they count only for the steps they already passed.
    """
    counts = TransitionCounts()
    for app in applications:
        if app.stage == Stage.SAVED and app.furthest_stage == Stage.SAVED:
            continue
        kind = kind_of(app)
        reached = reached_rank(app)
        for step, (frm, to) in enumerate(TRANSITIONS):
            if reached >= to.rank:
                counts.passed[(kind, step)] += 1
            elif reached == frm.rank:
                if app.outcome in (Outcome.REJECTED, Outcome.GHOSTED):
                    counts.stopped[(kind, step)] += 1
                break
            else:
                break
    return counts


def _event_day(event: Event) -> date:
    return event.occurred_at.date()


def silent_since(application: Application, events: Sequence[Event] = ()) -> date | None:
    """The last day the employer gave a sign of life (or the day of applying)."""
    days = [application.date_applied] if application.date_applied else []
    days += [_event_day(e) for e in events if e.kind in SIGNS_OF_LIFE]
    if not events and application.last_activity:
        days.append(application.last_activity)
    return max(days) if days else None


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
    for event in sorted(events, key=lambda e: e.occurred_at):
        if event.kind == EventKind.OFFER:
            target: Stage | None = Stage.OFFER
        elif event.kind == EventKind.STAGE_CHANGED:
            target = event.stage
        else:
            target = None
        if target is None or target.rank <= current.rank or current not in WAITING_STAGES:
            continue
        day = _event_day(event)
        out.append((current, max(0, (day - entered).days)))
        current, entered = target, day
    return out


@dataclass
class AnswerTimes:
    """Days the candidate waited, from their own timelines."""

    #: waiting stage -> days until applications moved forward from it
    advance: dict[Stage, list[int]] = field(default_factory=lambda: defaultdict(list))
    #: company -> days until any answer (a step forward or a no)
    by_company: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))


def answer_times(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> AnswerTimes:
    """Collect how long each stage took to move forward, and each company to answer at all."""
    times = AnswerTimes()
    events_by_app = events_by_app or {}
    for app in applications:
        events = events_by_app.get(app.id, ()) if app.id is not None else ()
        steps = _advances(app, events)
        for stage, days in steps:
            times.advance[stage].append(days)
            times.by_company[app.company].append(days)
        if (
            app.outcome == Outcome.REJECTED
            and app.outcome_date
            and app.date_applied
            and not steps
            and app.outcome_date >= app.date_applied
        ):
            times.by_company[app.company].append((app.outcome_date - app.date_applied).days)
    return times
