"""The search as it stood on a past day, and what happened in one week, from the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from bounceback.charts.data import STAGE_WORDS, monday
from bounceback.charts.review import RecoveryItem, ReplyItem, SentItem
from bounceback.domain.asof import application_as_of
from bounceback.domain.models import Application, Event, Rejection
from bounceback.domain.vocabulary import EventKind, Stage


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
