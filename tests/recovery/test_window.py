"""The recovery window: sized by hurt, open and ended states, the re-invest plan."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.recovery.window import (
    ReinvestInputs,
    just_ended,
    open_window,
    open_windows,
    reinvest_plan,
    state,
    window_days,
)

DAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("hurt", "days"), [(None, 3), (0, 2), (3, 2), (5, 3), (7, 4), (8, 4), (9, 5), (10, 5)]
)
def test_window_length_follows_hurt(hurt: int | None, days: int) -> None:
    assert window_days(3, hurt) == days


def test_window_never_shorter_than_a_day() -> None:
    assert window_days(1, 0) == 1


@pytest.mark.parametrize("hurt", [-1, 11, "a lot"])
def test_hurt_out_of_range_is_refused(hurt: object) -> None:
    with pytest.raises(InvalidValue, match="hurt"):
        window_days(3, hurt)  # type: ignore[arg-type]


def test_explicit_days_override_the_hurt_rule() -> None:
    assert open_window(1, DAY, 3, hurt=10, days=2).days == 2
    with pytest.raises(InvalidValue):
        open_window(1, DAY, 3, days=0)


def test_states_through_the_window() -> None:
    window = open_window(1, DAY, 3)
    assert state(window, date(2026, 3, 1)) == "upcoming"
    assert state(window, DAY) == "open"
    assert window.day_number(date(2026, 3, 4)) == 3
    assert state(window, date(2026, 3, 4)) == "open"
    assert state(window, date(2026, 3, 5)) == "ended"
    window.closed_on = date(2026, 3, 3)
    assert state(window, date(2026, 3, 3)) == "closed"


def test_open_windows_and_just_ended() -> None:
    a = open_window(1, DAY, 3)
    b = open_window(2, date(2026, 3, 4), 3)
    today = date(2026, 3, 5)
    assert open_windows([a, b], today) == [b]
    assert just_ended([a, b], today, within_days=7) == [a]
    assert just_ended([a, b], date(2026, 3, 20), within_days=7) == []


def test_reinvest_plan_is_built_from_the_pipeline_data() -> None:
    plan = reinvest_plan(
        ReinvestInputs(
            applications_to_restore=4,
            offer_target=0.8,
            follow_ups_due=("Analyst at Contoso",),
            feedback_not_requested=("Northwind",),
            lessons_to_review=("answer on conflict",),
        )
    )
    kinds = [s.kind for s in plan.steps]
    assert kinds == ["apply", "follow_up", "feedback", "lessons", "plan"]
    assert "4 new applications" in plan.steps[0].text and "80%" in plan.steps[0].text
    assert all("!" not in s.text for s in plan.steps)


def test_reinvest_plan_without_an_outlook_falls_back_to_the_goal() -> None:
    plan = reinvest_plan(ReinvestInputs(weekly_goal=5))
    assert "5 applications" in plan.steps[0].text
    assert plan.steps[-1].kind == "plan" and "Van Hooft" in plan.steps[-1].source
