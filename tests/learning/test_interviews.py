from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.vocabulary import InterviewType
from bounceback.learning.interviews import (
    check_interview,
    next_round,
    parse_interview_type,
    questions_of,
    weak_answers,
)


def test_interview_types_accept_plain_words():
    assert parse_interview_type("phone screen") == InterviewType.PHONE_SCREEN
    assert parse_interview_type("Take-home review") == InterviewType.TAKE_HOME_REVIEW
    assert parse_interview_type("behavioral") == InterviewType.BEHAVIOURAL
    with pytest.raises(InvalidValue, match="phone_screen"):
        parse_interview_type("chat over coffee")


def test_ratings_outside_one_to_five_are_refused():
    bad = Interview(1, date(2026, 11, 1), questions=[InterviewQuestion("Why us?", rating=6)])
    with pytest.raises(InvalidValue, match="1 \\(poor\\) to 5"):
        check_interview(bad)
    with pytest.raises(InvalidValue):
        check_interview(Interview(1, date(2026, 11, 1), rating=0))
    with pytest.raises(InvalidValue, match="empty"):
        check_interview(Interview(1, date(2026, 11, 1), questions=[InterviewQuestion("  ")]))


def test_interviewer_names_are_trimmed():
    i = check_interview(Interview(1, date(2026, 11, 1), interviewers=[" Ana ", "", "Tom"]))
    assert i.interviewers == ["Ana", "Tom"]


def test_rounds_are_numbered_per_application():
    rounds = [Interview(1, date(2026, 11, 1), round=1), Interview(2, date(2026, 11, 2), round=3)]
    assert next_round(rounds, 1) == 2
    assert next_round(rounds, 9) == 1


def test_weak_answers_are_rated_two_or_below_and_inherit_the_round_rating():
    early = Interview(
        1,
        date(2026, 10, 1),
        rating=2,
        questions=[
            InterviewQuestion("Tell me about a conflict"),
            InterviewQuestion("Why?", rating=4),
        ],
    )
    late = Interview(
        2, date(2026, 11, 1), questions=[InterviewQuestion("Design a cache", rating=1)]
    )
    weak = weak_answers([early, late])
    assert [w.question.question for w in weak] == ["Design a cache", "Tell me about a conflict"]
    assert [w.rating for w in weak] == [1, 2]


def test_questions_of_applications():
    i = Interview(5, date(2026, 11, 1), questions=[InterviewQuestion("A"), InterviewQuestion("B")])
    assert questions_of([i], [5]) == ["A", "B"]
    assert questions_of([i], [6]) == []
