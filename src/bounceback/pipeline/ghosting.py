"""When to follow up, when to stop waiting, and when a ghosted application comes back to life."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.pipeline.beliefs import expected_advance_days
from bounceback.pipeline.history import (
    AnswerTimes,
    EventsByApp,
    answer_times,
    last_follow_up,
    silent_since,
)
from bounceback.pipeline.priors import ADVANCE_DAYS, WAITING_STAGES
from bounceback.pipeline.wording import plural

#: Never suggest a follow-up sooner than this, whatever the averages say.
MIN_FOLLOW_UP_DAYS = 7
#: Never offer to mark an application ghosted sooner than this.
MIN_GHOST_DAYS = 21


class GhostStatus(StrEnum):
    WAITING = "waiting"
    FOLLOW_UP = "follow_up"
    MAYBE_GHOSTED = "maybe_ghosted"


@dataclass(frozen=True)
class ExpectedTime:
    """How long a stage usually takes to move forward: the prior, blended with own timelines."""

    stage: str
    days: float
    prior_days: float
    own_count: int
    source: str


@dataclass(frozen=True)
class GhostCheck:
    """One live application's silence, and what to do about it."""

    application_id: int | None
    title: str
    company: str
    stage: str
    days_silent: int
    expected_days: int
    status: GhostStatus
    followed_up_on: date | None
    message: str


@dataclass(frozen=True)
class Revival:
    """A ghosted application that has heard back: it should be live again."""

    application_id: int | None
    title: str
    answered_on: date
    back_to: Stage
    message: str
    answered_at: datetime | None = None


@dataclass(frozen=True)
class CompanyPace:
    """How long a company took to answer the candidate, on average, with the count."""

    company: str
    average_days: float
    count: int


def expected_times(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> list[ExpectedTime]:
    """The expected answer time per waiting stage, with how much of it is the user's own."""
    return expected_times_from(answer_times(applications, events_by_app))


def expected_times_from(times: AnswerTimes) -> list[ExpectedTime]:
    blended = expected_advance_days(times)
    return [
        ExpectedTime(
            stage=stage.value,
            days=blended[stage],
            prior_days=ADVANCE_DAYS[stage].value,
            own_count=len(times.advance[stage]) if stage in times.advance else 0,
            source=ADVANCE_DAYS[stage].source,
        )
        for stage in WAITING_STAGES
    ]


def check_ghosting(
    applications: Iterable[Application],
    today: date,
    events_by_app: EventsByApp | None = None,
    *,
    ghost_after_factor: float = 2.0,
    follow_up_wait_days: int = 7,
    snoozed_until: Mapping[int, date] | None = None,
) -> list[GhostCheck]:
    """Every live application waiting on an answer, longest silence first.

    Past the expected answer time (and at least MIN_FOLLOW_UP_DAYS): suggest one follow-up.
    Past `ghost_after_factor` times it (and at least MIN_GHOST_DAYS), and `follow_up_wait_days`
    after any follow-up: offer to mark it ghosted (the user decides; it is reversible). A snooze keeps an application waiting until its date.
    """
    apps = list(applications)
    events_by_app = events_by_app or {}
    snoozed_until = snoozed_until or {}
    expected = expected_advance_days(answer_times(apps, events_by_app))
    checks: list[GhostCheck] = []
    for app in apps:
        if not app.is_live or app.stage not in WAITING_STAGES:
            continue
        events = events_by_app.get(app.id, ()) if app.id is not None else ()
        since = silent_since(app, events)
        if since is None:
            continue
        checks.append(ghost_check(
            app.id, app.title, app.company, app.stage, since, last_follow_up(events),
            snoozed_until.get(app.id) if app.id is not None else None, today,
            usual_days(expected, app.stage), ghost_after_factor=ghost_after_factor,
            follow_up_wait_days=follow_up_wait_days,
        ))
    return sorted(checks, key=lambda c: -c.days_silent)


def usual_days(expected: Mapping[Stage, float], stage: Stage) -> int:
    return max(1, round(expected[stage]))


def overdue_after(usual: int, ghost_after_factor: float) -> tuple[int, int]:
    """(days of silence past which a follow-up is suggested, days from which ghosting may be):
    `_status` says WAITING up to the first, and FOLLOW_UP (not yet ghosted) below the second."""
    return max(usual, MIN_FOLLOW_UP_DAYS), math.ceil(max(ghost_after_factor * usual, MIN_GHOST_DAYS))


def ghost_check(
    application_id: int | None,
    title: str,
    company: str,
    stage: Stage,
    since: date,
    last_follow: date | None,
    snooze: date | None,
    today: date,
    usual: int,
    *,
    ghost_after_factor: float = 2.0,
    follow_up_wait_days: int = 7,
) -> GhostCheck:
    """One application's silence against the usual answer time of its stage."""
    days = max(0, (today - since).days)
    followed = last_follow if last_follow is not None and last_follow >= since else None
    status = _status(days, usual, followed, today, ghost_after_factor, follow_up_wait_days)
    if snooze is not None and today < snooze:
        status = GhostStatus.WAITING
    return GhostCheck(
        application_id=application_id, title=title, company=company, stage=stage.value,
        days_silent=days, expected_days=usual, status=status, followed_up_on=followed,
        message=_message(company, status, days, usual, followed),
    )


def _status(
    days: int, usual: int, followed: date | None, today: date, factor: float, wait: int
) -> GhostStatus:
    if days <= max(usual, MIN_FOLLOW_UP_DAYS):
        return GhostStatus.WAITING
    if followed is not None and (today - followed).days < wait:
        return GhostStatus.WAITING
    if days < max(factor * usual, MIN_GHOST_DAYS):
        return GhostStatus.WAITING if followed is not None else GhostStatus.FOLLOW_UP
    return GhostStatus.MAYBE_GHOSTED


def _message(
    company: str, status: GhostStatus, days: int, usual: int, followed: date | None
) -> str:
    silence = f"No answer from {company} for {plural(days, 'day')}"
    if status == GhostStatus.FOLLOW_UP:
        return (
            f"{silence}; at this stage an answer usually comes within about "
            f"{plural(usual, 'day')}. A short, friendly follow-up is reasonable now."
        )
    if status == GhostStatus.MAYBE_GHOSTED:
        nudge = "" if followed else " You could send one follow-up first."
        return (
            f"{silence}, well past the usual {plural(usual, 'day')}. You could mark it as "
            "ghosted: it stays in your history, and it comes back if they answer." + nudge
        )
    if followed is not None:
        return f"You followed up on {followed.isoformat()}; give them a little time."
    return f"Waiting on {company}: {plural(days, 'day')} so far, usually about {usual}."


#: Events that are the employer answering (a ghosted application revives on them).
ANSWERS = frozenset(
    {EventKind.STAGE_CHANGED, EventKind.INTERVIEW_SCHEDULED, EventKind.ASSESSMENT,
     EventKind.OFFER, EventKind.FEEDBACK_RECEIVED}
)
#: Kinds of linked email that are an answer (others, such as a generic update, are not).
ANSWER_EMAILS = frozenset({"interview_request", "assessment", "offer", "action_required"})


def is_answer(event: Event) -> bool:
    if event.kind in ANSWERS:
        return True
    kind = event.details.get("email_kind") if event.details else None
    return event.kind == EventKind.EMAIL_RECEIVED and kind in ANSWER_EMAILS


def revival_message(company: str, title: str, answered_on: date, back_to: Stage) -> str:
    return (f"{company} answered on {answered_on.isoformat()}: {title} is live again, "
            f"at {back_to.value}.")


def revivals(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> list[Revival]:
    """Ghosted applications with an answer that arrived after they were marked ghosted."""
    events_by_app = events_by_app or {}
    found: list[Revival] = []
    for app in applications:
        if app.outcome != Outcome.GHOSTED or app.id is None:
            continue
        events = sorted(events_by_app.get(app.id, ()), key=lambda e: e.occurred_at)
        ghosted_at = [e.occurred_at for e in events if e.kind == EventKind.GHOSTED]
        if ghosted_at:
            cutoff = max(ghosted_at)
        elif app.outcome_date:
            cutoff = datetime.combine(app.outcome_date, datetime.max.time())
        else:
            continue
        answers = [e for e in events if is_answer(e) and e.occurred_at > cutoff]
        if not answers:
            continue
        first = answers[0]
        back_to = app.furthest_stage if app.furthest_stage in WAITING_STAGES else app.stage
        if first.kind == EventKind.STAGE_CHANGED and first.stage is not None:
            back_to = first.stage
        elif first.kind == EventKind.OFFER:
            back_to = Stage.OFFER
        found.append(
            Revival(
                application_id=app.id,
                title=app.title,
                answered_on=first.occurred_at.date(),
                back_to=back_to,
                message=revival_message(app.company, app.title, first.occurred_at.date(), back_to),
                answered_at=first.occurred_at,
            )
        )
    return found


def company_pace(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> list[CompanyPace]:
    """Average days to an answer per company, from the user's own timelines, slowest first."""
    return company_pace_from(answer_times(applications, events_by_app))


def company_pace_from(times: AnswerTimes) -> list[CompanyPace]:
    paces = [
        CompanyPace(company, days.mean, days.n) for company, days in times.by_company.items() if days
    ]
    return sorted(paces, key=lambda p: (-p.average_days, p.company))
