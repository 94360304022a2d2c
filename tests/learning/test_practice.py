from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import CardOrigin, Interview, InterviewQuestion
from bounceback.domain.models import Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import Stage
from bounceback.learning.practice import (
    BOX_INTERVALS,
    EMPTY_DECK,
    cards_to_add,
    deck_summary,
    due_cards,
    new_card,
    review,
    same_question,
    star_outline,
)

TODAY = date(2026, 11, 25)


def test_leitner_moves_up_on_good_answers_and_back_to_one_on_weak():
    card = new_card("Why do you want this role?", TODAY)
    review(card, 4, TODAY)
    assert card.box == 2 and card.due == TODAY + timedelta(days=BOX_INTERVALS[2])
    review(card, 5, card.due)
    assert card.box == 3
    review(card, 3, card.due)
    assert card.box == 3
    review(card, 2, card.due)
    assert card.box == 1 and card.reviews == 4 and card.last_rating == 2


def test_top_box_is_the_ceiling():
    card = new_card("Q", TODAY)
    for _ in range(10):
        review(card, 5, TODAY)
    assert card.box == max(BOX_INTERVALS)


def test_ratings_are_checked():
    with pytest.raises(InvalidValue):
        review(new_card("Q", TODAY), 9, TODAY)
    with pytest.raises(InvalidValue):
        new_card("   ", TODAY)


def test_due_cards_put_overdue_first():
    a = new_card("A", TODAY)
    b = new_card("B", TODAY - timedelta(days=3))
    c = new_card("C", TODAY + timedelta(days=1))
    assert due_cards([a, b, c], TODAY) == [b, a]
    assert deck_summary([a, b, c], TODAY)["due"] == 2


def test_weak_answers_and_performance_rejections_become_cards_once():
    weak = Interview(
        1,
        date(2026, 11, 1),
        questions=[
            InterviewQuestion("Tell me about a conflict with a colleague.", rating=2),
            InterviewQuestion("Walk me through your CV", rating=4),
        ],
    )
    repeat = Interview(
        2,
        date(2026, 11, 8),
        questions=[InterviewQuestion("Tell me about a conflict with a colleague", rating=1)],
    )
    other = Interview(
        3,
        date(2026, 11, 9),
        questions=[InterviewQuestion("How would you size a market?", rating=4)],
    )
    rejection = Rejection(
        3,
        Stage.INTERVIEWING,
        date(2026, 11, 20),
        reasons=[RejectionReasonEntry("interview_performance", primary=True)],
    )
    added = cards_to_add([weak, repeat, other], [rejection], [], TODAY)
    questions = sorted(c.question for c in added)
    assert len(added) == 2
    assert questions[0] == "How would you size a market?"
    assert {c.origin for c in added} == {CardOrigin.WEAK_ANSWER, CardOrigin.REJECTION}
    again = cards_to_add([weak, repeat, other], [rejection], added, TODAY)
    assert again == []


def test_same_question_tolerates_small_rewording():
    assert same_question("Tell me about yourself", "Tell me about yourself?")
    assert not same_question("Tell me about yourself", "Design a URL shortener")


def test_star_outline_offers_all_four_parts_and_keeps_the_draft():
    outline = star_outline("I led the migration.")
    for part in ("Situation", "Task", "Action", "Result"):
        assert part in outline
    assert outline.endswith("I led the migration.")


def test_empty_deck_message_says_how_cards_appear():
    assert "interview_performance" in EMPTY_DECK and "own" in EMPTY_DECK
