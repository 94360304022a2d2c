"""The weekly plan: goal checks, intentions, progress and streaks."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.pipeline.plan import (
    Intention,
    check_goal,
    make_intention,
    parse_intention,
    plan_status,
    week_start,
)
from pipeline.pipekit import TODAY, app

# TODAY is Wednesday 25 November 2026.


def test_intentions_read_and_write_in_plain_words() -> None:
    intention = parse_intention("Tuesday 9:00, at home: 3 applications")
    assert intention == Intention(1, time(9, 0), "at home", 3)
    assert intention.text == "Tuesday 9:00, at home: 3 applications"
    assert parse_intention("fri 2pm library: 1").text == "Friday 14:00, at library: 1 application"
    assert make_intention("Mon", "8:30", "the café", 2).text.startswith("Monday 8:30, at the café")


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("Funday 9:00, at home: 3", "unknown day"),
        ("Tuesday 25:00, at home: 3", "unknown time"),
        ("Tuesday 9:00, at home: 0", "not possible"),
        ("Tuesday at home", "cannot read"),
        ("t 9:00 home: 2", "unknown day"),  # t is Tuesday or Thursday
    ],
)
def test_bad_intentions_get_a_clear_message(text: str, complaint: str) -> None:
    with pytest.raises(InvalidValue, match=complaint):
        parse_intention(text)


@pytest.mark.parametrize("goal", [0, -3, 201])
def test_a_goal_must_be_a_positive_number_of_applications(goal: int) -> None:
    with pytest.raises(InvalidValue, match="weekly goal"):
        check_goal(goal)


def _sent(days_ago: list[int]):  # type: ignore[no-untyped-def]
    return [app(days_ago=d) for d in days_ago]


def test_progress_counts_this_weeks_applications() -> None:
    status = plan_status(_sent([0, 1, 3, 9]), TODAY, goal=5)  # Monday to today: 2 sent
    assert week_start(TODAY) == TODAY - timedelta(days=2)
    assert (status.sent_this_week, status.remaining, status.days_left) == (2, 3, 4)
    assert status.message.startswith("This week: 2 of 5 applications sent, three to go by Sunday.")
    assert "Van Hooft" in status.evidence


def test_streak_counts_weeks_in_a_row_at_the_goal() -> None:
    # two applications in each of the last three full weeks, one the week before
    past = [d for w in (1, 2, 3) for d in (7 * w, 7 * w + 1)] + [30]
    status = plan_status(_sent(past), TODAY, goal=2)
    assert status.streak_weeks == 3
    assert "3 weeks in a row at your goal." in status.message
    met = plan_status(_sent([*past, 0, 1]), TODAY, goal=2)
    assert met.streak_weeks == 4 and met.remaining == 0
    broken = plan_status(_sent([0, 1, 14, 15]), TODAY, goal=2)
    assert broken.streak_weeks == 1
    assert [w.met for w in broken.weeks[-3:]] == [True, False, True]


def test_intentions_due_today_are_shown() -> None:
    wednesday = Intention(2, time(9, 0), "at home", 3)
    friday = Intention(4, time(14, 0), "library", 1)
    status = plan_status([], TODAY, goal=3, intentions=[friday, wednesday])
    assert status.intentions == (wednesday, friday)
    assert status.due_today == (wednesday,)
    assert "Planned for today: Wednesday 9:00, at home: 3 applications." in status.message
