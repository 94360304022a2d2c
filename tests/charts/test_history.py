"""The search as it stood on a past day, and the facts of one week in the review's words."""

from __future__ import annotations

from datetime import date, datetime

from bounceback.charts.history import replies_from
from bounceback.domain.asof import application_as_of
from bounceback.domain.models import Application, Event
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
    answers = [(e.occurred_at.date(), APP.title, e.kind.value, e.stage.value if e.stage else None)
               for e in EVENTS]
    answers.append((date(2026, 10, 5), APP.title, EventKind.INTERVIEW_SCHEDULED.value,
                    Stage.SCREENING.value))
    rejections = [(date(2026, 10, 18), APP.title, Stage.INTERVIEWING.value, None)]
    replies = replies_from(answers, rejections)
    assert [(r.day, r.what) for r in replies] == [
        (date(2026, 10, 5), "a screening call"),
        (date(2026, 10, 12), "an interview invitation"),
        (date(2026, 10, 18), "a no, after interviews"),
    ]
    assert {r.title for r in replies} == {"Analyst at Acme"}
