"""The practice deck: cards from weak answers, Leitner boxes, and the STAR structure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from rapidfuzz import fuzz

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import CardOrigin, Interview, PracticeCard
from bounceback.domain.models import Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import Reason
from bounceback.learning.interviews import check_rating, questions_of, weak_answers

# Days until the next review, per Leitner box: a well-known question comes back less often.
BOX_INTERVALS: dict[int, int] = {1: 1, 2: 3, 3: 7, 4: 14, 5: 30}
TOP_BOX = max(BOX_INTERVALS)
SAME_QUESTION = 90

STAR: tuple[tuple[str, str], ...] = (
    ("Situation", "Where and when was it? One or two sentences of context."),
    ("Task", "What was yours to do, and why did it matter?"),
    ("Action", "What did you do, yourself? Say 'I', with the steps you took."),
    ("Result", "What came of it, with a number if you have one, and what you learned."),
)

EMPTY_DECK = (
    "Your practice deck is empty. Cards appear when you log an interview answer you rated "
    "2 or below, or when a rejection's reason is interview_performance. You can also add your "
    "own: a question you expect, or one you dread."
)


def normalise_question(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", " ".join(text.lower().split())).strip()


def same_question(a: str, b: str) -> bool:
    """Two wordings of one question ("Tell me about a conflict" / "...a conflict at work?")."""
    na, nb = normalise_question(a), normalise_question(b)
    return na == nb or fuzz.token_set_ratio(na, nb) >= SAME_QUESTION


def new_card(
    question: str,
    today: date,
    origin: CardOrigin = CardOrigin.USER,
    application_id: int | None = None,
    tags: Iterable[str] = (),
) -> PracticeCard:
    """A card due today, in the first box."""
    if not question.strip():
        raise InvalidValue("a practice card needs a question; write the question to practise")
    return PracticeCard(
        question=" ".join(question.split()),
        due=today,
        origin=origin,
        application_id=application_id,
        tags=list(tags),
    )


def _missing(question: str, cards: Sequence[PracticeCard]) -> bool:
    return not any(same_question(question, c.question) for c in cards)


def cards_to_add(
    interviews: Sequence[Interview],
    rejections: Sequence[Rejection],
    cards: Sequence[PracticeCard],
    today: date,
) -> list[PracticeCard]:
    """New cards for weak answers and for questions of interview_performance rejections.

    A question already in the deck (in any wording close enough) is not added twice.
    """
    added: list[PracticeCard] = []
    for weak in weak_answers(interviews):
        if _missing(weak.question.question, [*cards, *added]):
            added.append(
                new_card(
                    weak.question.question,
                    today,
                    CardOrigin.WEAK_ANSWER,
                    weak.interview.application_id,
                    [f"type:{weak.interview.kind.value}"],
                )
            )
    for rejection in rejections:
        added.extend(rejection_cards(interviews, rejection.application_id, rejection.reasons,
                                     [*cards, *added], today))
    return added


def rejection_cards(
    interviews: Sequence[Interview],
    app_id: int,
    reasons: Sequence[RejectionReasonEntry],
    cards: Sequence[PracticeCard],
    today: date,
) -> list[PracticeCard]:
    """New cards for the questions of the application's interviews when one of its
    rejection's reasons is interview_performance (none otherwise); `interviews` need hold only
    that application's. What `cards_to_add` adds for one rejection: a rejection's reasons call
    for these alone (weak answers come with the interview, which adds them then)."""
    if not any(e.reason == Reason.INTERVIEW_PERFORMANCE.value for e in reasons):
        return []
    added: list[PracticeCard] = []
    for question in questions_of(interviews, [app_id]):
        if _missing(question, [*cards, *added]):
            added.append(new_card(question, today, CardOrigin.REJECTION, app_id))
    return added


def review(card: PracticeCard, rating: int, today: date) -> PracticeCard:
    """Schedule the next review: 2 or below back to box 1, 3 stays, 4 or 5 moves up a box."""
    checked = check_rating(rating, "rating of your answer")
    assert checked is not None
    if checked <= 2:
        card.box = 1
    elif checked >= 4:
        card.box = min(card.box + 1, TOP_BOX)
    card.due = today + timedelta(days=BOX_INTERVALS[card.box])
    card.reviews += 1
    card.last_rating = checked
    card.last_reviewed = today
    return card


def due_cards(
    cards: Sequence[PracticeCard], today: date, limit: int | None = None
) -> list[PracticeCard]:
    """Cards due today or earlier: the overdue and the least known first."""
    due = sorted((c for c in cards if c.due <= today), key=lambda c: (c.due, c.box, c.id or 0))
    return due[:limit] if limit else due


def star_outline(answer: str = "") -> str:
    """The STAR prompts as a plain outline, with the user's draft below when given."""
    lines = [f"{name}: {prompt}" for name, prompt in STAR]
    if answer.strip():
        lines += ["", "Your draft:", answer.strip()]
    return "\n".join(lines)


def deck_summary(cards: Sequence[PracticeCard], today: date) -> dict[str, int]:
    """How many cards, how many due, and how many in each box."""
    summary = {"cards": len(cards), "due": len(due_cards(cards, today))}
    for box in BOX_INTERVALS:
        summary[f"box_{box}"] = sum(1 for c in cards if c.box == box)
    return summary
