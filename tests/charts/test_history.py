"""The search as it stood on a past day, and the facts of one week."""

from __future__ import annotations

from datetime import date, datetime

from bounceback.charts.history import (
    application_as_of,
    replies_in_week,
    sent_in_week,
)
from bounceback.domain.models import Application, Event, Rejection
from bounceback.domain.vocabulary import EventKind, Outcome, Stage

APP = Application(company="Acme", role="Analyst", id=1, date_applied=date(2026, 10, 1),
                  stage=Stage.INTERVIEWING, furthest_stage=Stage.INTERVIEWING,
                  outcome=Outcome.REJECTED, outcome_date=date(2026, 10, 20))
EVENTS = [
    Event(1, EventKind.STAGE_CHANGED, datetime(2026, 10, 5, 10), stage=Stage.SCREENING),
    Event(1, EventKind.STAGE_CHANGED, datetime(2026, 10, 12, 10), stage=Stage.INTERVIEWING),
    Event(1, EventKind.INTERVIEW_SCHEDULED, datetime(2026, 10, 12, 11), stage=Stage.INTERVIEWING),
]


def test_application_as_it_stood() -> None:
    assert application_as_of(APP, EVENTS, date(2026, 9, 30)) is None  # not sent yet
    then = application_as_of(APP, EVENTS, date(2026, 10, 6))
    assert then is not None and then.stage == Stage.SCREENING and then.outcome is None
    later = application_as_of(APP, EVENTS, date(2026, 10, 15))
    assert later is not None and later.stage == Stage.INTERVIEWING and later.is_live
    assert application_as_of(APP, EVENTS, date(2026, 10, 25)) is APP  # ended by then


def test_what_happened_in_one_week() -> None:
    week = date(2026, 10, 12)
    apps = {1: APP}
    rejection = Rejection(1, Stage.INTERVIEWING, date(2026, 10, 18))
    replies = replies_in_week(apps, EVENTS, [rejection], week)
    assert [(r.day, r.what) for r in replies] == [
        (date(2026, 10, 12), "an interview invitation"),
        (date(2026, 10, 18), "a no, after interviews"),
    ]
    assert sent_in_week([APP], date(2026, 9, 28))[0].title == "Analyst at Acme"
    assert sent_in_week([APP], week) == []


def test_live_on_keeps_only_what_was_waiting() -> None:
    from bounceback.charts.history import live_on

    assert live_on([APP], {1: EVENTS}, date(2026, 9, 30)) == []
    (then,) = live_on([APP], {1: EVENTS}, date(2026, 10, 13))
    assert then.stage == Stage.INTERVIEWING and then.outcome is None
    assert live_on([APP], {1: EVENTS}, date(2026, 10, 20)) == []  # rejected that day
