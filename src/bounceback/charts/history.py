"""The search as it stood on a past day, and what happened in one week, from the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from bounceback.charts.data import STAGE_WORDS, monday
from bounceback.charts.review import RecoveryItem, ReplyItem, SentItem
from bounceback.domain.models import Application, Event, Rejection
from bounceback.domain.vocabulary import EventKind, Stage

_ADVANCES = (EventKind.STAGE_CHANGED, EventKind.OFFER)


def application_as_of(app: Application, events: Sequence[Event], day: date) -> Application | None:
    """The application as it was at the end of `day`: None if not sent yet; stage from the
    timeline's moves up to that day; no outcome if it ended later."""
    if app.date_applied is None or app.date_applied > day:
        return None
    stage = Stage.APPLIED
    for event in events:
        moved = event.stage
        if (
            event.kind in _ADVANCES
            and moved is not None
            and moved != Stage.ACCEPTED
            and event.occurred_at.date() <= day
            and moved.rank > stage.rank
        ):
            stage = moved
    if app.outcome is not None and app.outcome_date is not None and app.outcome_date <= day:
        return app
    top = min(stage, app.furthest_stage, key=lambda s: s.rank)
    top = top if top.rank >= Stage.APPLIED.rank else Stage.APPLIED
    return replace(app, stage=top, furthest_stage=top, outcome=None, outcome_date=None)


def live_on(
    apps: Iterable[Application], events_by_app: Mapping[int, Sequence[Event]], day: date
) -> list[Application]:
    """Only the applications still waiting at the end of `day`, as they stood then: what an
    outlook on that day is computed from (cheap checks first; 5,000 applications a call)."""
    out = []
    for app in apps:
        if app.date_applied is None or app.date_applied > day:
            continue
        if app.outcome is not None and app.outcome_date is not None and app.outcome_date <= day:
            continue
        then = application_as_of(app, events_by_app.get(app.id or -1, ()), day)
        if then is not None and then.is_live:
            out.append(then)
    return out


def sample_days(first: date, last: date, points: int = 26) -> list[date]:
    """About `points` evenly spaced days from `first` to `last`, both included."""
    if last <= first:
        return [last]
    span = (last - first).days
    step = max(1, span // max(points - 1, 1))
    days = [first + timedelta(days=d) for d in range(0, span, step)]
    return [*days, last] if days[-1] != last else days


# --- one week, for the review ---------------------------------------------------------------

_REPLY_WORDS: dict[EventKind, str] = {
    EventKind.INTERVIEW_SCHEDULED: "an interview invitation",
    EventKind.ASSESSMENT: "an assessment to complete",
    EventKind.OFFER: "an offer",
    EventKind.FEEDBACK_RECEIVED: "feedback on a rejection",
}


def in_week(value: date | datetime | None, week_start: date) -> bool:
    if value is None:
        return False
    day = value.date() if isinstance(value, datetime) else value
    return monday(day) == week_start


def sent_in_week(apps: Iterable[Application], week_start: date) -> list[SentItem]:
    return sorted(
        (
            SentItem(a.date_applied, a.title)
            for a in apps
            if a.date_applied and in_week(a.date_applied, week_start)
        ),
        key=lambda s: (s.day, s.title),
    )


def replies_in_week(
    apps: Mapping[int, Application],
    events: Iterable[Event],
    rejections: Iterable[Rejection],
    week_start: date,
) -> list[ReplyItem]:
    """Interview invitations, assessments, offers and feedback from the timeline, and the
    rejections received that week."""
    items: list[ReplyItem] = []
    for event in events:
        what = _REPLY_WORDS.get(event.kind)
        if what and in_week(event.occurred_at, week_start) and event.application_id in apps:
            if event.kind == EventKind.INTERVIEW_SCHEDULED and event.stage == Stage.SCREENING:
                what = "a screening call"
            items.append(
                ReplyItem(event.occurred_at.date(), apps[event.application_id].title, what)
            )
    for rejection in rejections:
        if in_week(rejection.received_on, week_start) and rejection.application_id in apps:
            title = apps[rejection.application_id].title
            items.append(
                ReplyItem(
                    rejection.received_on, title, f"a no, {STAGE_WORDS[rejection.stage_reached]}"
                )
            )
    return sorted(items, key=lambda r: (r.day, r.title))


def recoveries_in_week(
    apps: Mapping[int, Application],
    rejections: Iterable[Rejection],
    recovery_days: Mapping[int, int | None],
    week_start: date,
) -> list[RecoveryItem]:
    """Each rejection received that week, with the days it took to feel okay again."""
    out = []
    for rejection in sorted(rejections, key=lambda r: r.received_on):
        if in_week(rejection.received_on, week_start) and rejection.application_id in apps:
            days = recovery_days.get(rejection.id or -1, rejection.recovery_days)
            out.append(RecoveryItem(apps[rejection.application_id].title, days))
    return out
