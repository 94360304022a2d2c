"""Ghosting: follow up first, then offer to mark ghosted; revive on a late answer; company pace."""

from __future__ import annotations

from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.pipeline.ghosting import (
    GhostStatus,
    check_ghosting,
    company_pace,
    expected_times,
    revivals,
)
from pipeline.pipekit import TODAY, ago, app, event


def _status(application, events=None, **kw):  # type: ignore[no-untyped-def]
    checks = check_ghosting([application], TODAY, events or {}, **kw)
    return checks[0]


def test_within_the_expected_time_it_is_just_waiting() -> None:
    check = _status(app(days_ago=10))
    assert check.status == GhostStatus.WAITING
    assert check.expected_days == 14  # prior for a first answer


def test_past_the_expected_time_a_follow_up_comes_first() -> None:
    check = _status(app(days_ago=20, company="Initech"))
    assert check.status == GhostStatus.FOLLOW_UP
    assert check.message.startswith("No answer from Initech for 20 days")
    assert "follow-up" in check.message


def test_long_past_it_the_application_is_offered_as_ghosted() -> None:
    check = _status(app(days_ago=30))
    assert check.status == GhostStatus.MAYBE_GHOSTED
    assert "comes back if they answer" in check.message
    assert "send one follow-up first" in check.message


def test_a_recent_follow_up_earns_a_few_more_days_then_ghosting_is_offered() -> None:
    quiet = app(days_ago=40)
    recent = {quiet.id: [event(quiet, EventKind.FOLLOW_UP_SENT, ago(3))]}
    assert _status(quiet, recent).status == GhostStatus.WAITING
    older = {quiet.id: [event(quiet, EventKind.FOLLOW_UP_SENT, ago(9))]}
    check = _status(quiet, older)
    assert check.status == GhostStatus.MAYBE_GHOSTED
    assert check.followed_up_on == ago(9)
    assert "follow-up first" not in check.message


def test_a_sign_of_life_restarts_the_clock_and_snoozes_are_kept() -> None:
    quiet = app(Stage.SCREENING, days_ago=60)
    lively = {quiet.id: [event(quiet, EventKind.EMAIL_RECEIVED, ago(2))]}
    assert _status(quiet, lively).days_silent == 2
    assert _status(quiet, snoozed_until={quiet.id: ago(-3)}).status == GhostStatus.WAITING
    assert _status(quiet, snoozed_until={quiet.id: ago(1)}).status == GhostStatus.MAYBE_GHOSTED


def test_closed_and_saved_applications_are_not_checked() -> None:
    apps = [app(days_ago=90, outcome=Outcome.REJECTED), app(Stage.SAVED, days_ago=90),
            app(Stage.OFFER, days_ago=90)]
    assert check_ghosting(apps, TODAY) == []


def test_expected_times_learn_from_the_users_own_timelines() -> None:
    fast = [app(Stage.SCREENING, days_ago=30) for _ in range(6)]
    events = {a.id: [event(a, EventKind.STAGE_CHANGED, ago(27), Stage.SCREENING)] for a in fast}
    times = {t.stage: t for t in expected_times(fast, events)}
    assert times["applied"].own_count == 6
    assert times["applied"].days == (14 * 3 + 3 * 6) / 9
    assert times["screening"].days == 10 and times["screening"].own_count == 0
    # A 9-day silence at applied is now past the (shorter) expected time.
    assert _status(app(days_ago=9), {}).status == GhostStatus.WAITING
    late = app(days_ago=9)
    checks = check_ghosting([*fast, late], TODAY, events)
    assert next(c for c in checks if c.application_id == late.id).status == GhostStatus.FOLLOW_UP


def test_a_late_answer_revives_a_ghosted_application() -> None:
    ghost = app(Stage.SCREENING, days_ago=50, outcome=Outcome.GHOSTED)
    events = {ghost.id: [
        event(ghost, EventKind.GHOSTED, ago(10)),
        event(ghost, EventKind.INTERVIEW_SCHEDULED, ago(2)),
    ]}
    found = revivals([ghost], events)
    assert len(found) == 1
    assert found[0].back_to == Stage.SCREENING and found[0].answered_on == ago(2)
    events[ghost.id].append(event(ghost, EventKind.STAGE_CHANGED, ago(1), Stage.INTERVIEWING))
    assert revivals([ghost], events)[0].back_to == Stage.SCREENING  # the first answer counts
    assert revivals([ghost], {ghost.id: [event(ghost, EventKind.GHOSTED, ago(10))]}) == []


def test_company_pace_averages_the_users_own_waits_with_counts() -> None:
    a = app(Stage.SCREENING, days_ago=20, company="Hooli")
    b = app(days_ago=30, company="Hooli", outcome=Outcome.REJECTED)
    b.outcome_date = ago(20)
    events = {a.id: [event(a, EventKind.STAGE_CHANGED, ago(14), Stage.SCREENING)]}
    pace = company_pace([a, b], events)
    assert [(p.company, p.average_days, p.count) for p in pace] == [("Hooli", 8.0, 2)]


def test_a_generic_email_after_ghosting_is_not_an_answer() -> None:
    ghost = app(days_ago=50, outcome=Outcome.GHOSTED)
    update = event(ghost, EventKind.EMAIL_RECEIVED, ago(2))
    events = {ghost.id: [event(ghost, EventKind.GHOSTED, ago(10)), update]}
    assert revivals([ghost], events) == []
    update.details = {"email_kind": "interview_request"}
    assert len(revivals([ghost], events)) == 1


def test_a_booked_interview_ahead_stops_the_silence_clock() -> None:
    waiting = app(Stage.INTERVIEWING, days_ago=60)
    booking = event(waiting, EventKind.INTERVIEW_SCHEDULED, ago(40))
    booking.details = {"at": "2026-11-30T10:00:00"}
    check = _status(waiting, {waiting.id: [booking]})
    assert check.days_silent == 0 and check.status == GhostStatus.WAITING
