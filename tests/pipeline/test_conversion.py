"""Conversion rates: passed of decided per step, by kind, recent against all time, with counts."""

from __future__ import annotations

from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.pipeline.conversion import conversion, funnel
from pipeline.pipekit import TODAY, app


def test_each_step_counts_passed_of_decided_and_who_is_still_waiting() -> None:
    apps = [app(outcome=Outcome.REJECTED) for _ in range(6)]
    apps += [app(Stage.SCREENING, outcome=Outcome.GHOSTED), app(Stage.SCREENING)]
    apps += [app(Stage.INTERVIEWING, outcome=Outcome.REJECTED), app()]
    apps += [app(Stage.ACCEPTED, outcome=Outcome.ACCEPTED)]
    apps += [app(outcome=Outcome.WITHDRAWN)]
    steps = funnel("all", apps).steps
    assert [(s.step, s.passed, s.decided, s.waiting) for s in steps] == [
        ("applied → screening", 4, 10, 1),
        ("screening → interviewing", 2, 3, 1),
        ("interviewing → offer", 1, 2, 0),
    ]
    assert steps[0].text == "4 of 10 (40 %), 1 waiting"
    assert steps[1].rate is None and steps[1].text == "2 of 3, 1 waiting"


def test_recent_and_all_time_funnels_by_kind() -> None:
    old = [app(days_ago=60, outcome=Outcome.REJECTED) for _ in range(5)]
    recent = [app(Stage.SCREENING, days_ago=5, source=Source.REFERRAL)]
    result = conversion([*old, *recent, app(Stage.SAVED)], TODAY)
    labels = [f.label for f in result.all_time]
    assert labels == ["all", "cold", "referral"]
    assert result.all_time[0].applications == 6
    assert result.recent[0].applications == 1
    assert result.recent[0].steps[0].text == "1 of 1"
    assert [f.label for f in result.recent] == ["all", "referral"]
