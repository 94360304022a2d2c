"""The practice cards a write makes (for weak interview answers, and for the questions of
interviews that led to an interview_performance rejection), on SQLAlchemy Core: given an ORM
session or the lean writes' Core connection. LearningService.sync_practice and the lean
`reject` with reasons (services/lean_reject.py) both make them here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from bounceback.domain.learning import CardOrigin, PracticeCard
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import Reason
from bounceback.learning import practice
from bounceback.storage import source_tables as t
from bounceback.storage.readmodel import sources


def card_of(row: Any) -> PracticeCard:
    """A practice_cards row as a PracticeCard."""
    return PracticeCard(
        id=row.id,
        question=row.question,
        due=row.due,
        origin=CardOrigin(row.origin),
        application_id=row.application_id,
        box=row.box,
        reviews=row.reviews,
        last_rating=row.last_rating,
        last_reviewed=row.last_reviewed,
        best_answer=row.best_answer,
        tags=list(row.tags or []),
    )


def sync(session_or_connection: Any, today: date) -> list[PracticeCard]:
    """Add the cards that every interview and rejection call for and the deck lacks; the new
    cards, as stored. (A catch-up over the whole history: an interview, an import or reasons
    set again call it; a rejection recorded with its reasons calls `for_rejection`.)"""
    c = sources.connection_of(session_or_connection)
    held = t.INTERVIEWS
    interviews = sources.interviews_from(c, select(held).order_by(held.c.held_on, held.c.id))
    return _add(c, practice.cards_to_add(interviews, sources.all_rejections(c), _deck(c), today))


def for_rejection(session_or_connection: Any, app_id: int,
                  reasons: Sequence[RejectionReasonEntry], today: date) -> list[PracticeCard]:
    """The cards a new rejection of `app_id` with these reasons calls for (its interviews'
    questions, when one reason is interview_performance) and the deck lacks; the new cards, as
    stored. Reads that application's interviews and the deck, not the whole history: what
    `sync` would add then, since every other write that calls for cards adds them itself
    (tests/services/test_practice_for_rejection.py)."""
    if not any(e.reason == Reason.INTERVIEW_PERFORMANCE.value for e in reasons):
        return []
    c = sources.connection_of(session_or_connection)
    interviews = sources.interviews_of(c, [app_id])
    if not any(i.questions for i in interviews):
        return []
    return _add(c, practice.rejection_cards(interviews, app_id, reasons, _deck(c), today))


def _deck(c: Any) -> list[PracticeCard]:
    cards = t.PRACTICE_CARDS
    return [card_of(row) for row in c.execute(select(cards).order_by(cards.c.due, cards.c.id))]


def _add(c: Any, new: list[PracticeCard]) -> list[PracticeCard]:
    cards = t.PRACTICE_CARDS
    added = []
    for card in new:
        new_id = c.execute(cards.insert().values(
            question=card.question, due=card.due, origin=card.origin.value,
            application_id=card.application_id, box=card.box, reviews=card.reviews,
            last_rating=card.last_rating, last_reviewed=card.last_reviewed,
            best_answer=card.best_answer, tags=list(card.tags)).returning(cards.c.id)
        ).scalar_one()
        added.append(card_of(c.execute(select(cards).where(cards.c.id == new_id)).one()))
    return added
