"""The practice cards a write makes (for weak interview answers, and for the questions of
interviews that led to an interview_performance rejection), on SQLAlchemy Core: given an ORM
session or the lean writes' Core connection. LearningService.sync_practice and the lean
`reject` with reasons (services/lean_reject.py) both make them here."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from bounceback.domain.learning import CardOrigin, PracticeCard
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
    cards, as stored."""
    c = sources.connection_of(session_or_connection)
    held = t.INTERVIEWS
    interviews = sources.interviews_from(c, select(held).order_by(held.c.held_on, held.c.id))
    cards = t.PRACTICE_CARDS
    deck = [card_of(row) for row in c.execute(select(cards).order_by(cards.c.due, cards.c.id))]
    added = []
    for card in practice.cards_to_add(interviews, sources.all_rejections(c), deck, today):
        new_id = c.execute(cards.insert().values(
            question=card.question, due=card.due, origin=card.origin.value,
            application_id=card.application_id, box=card.box, reviews=card.reviews,
            last_rating=card.last_rating, last_reviewed=card.last_reviewed,
            best_answer=card.best_answer, tags=list(card.tags)).returning(cards.c.id)
        ).scalar_one()
        added.append(card_of(c.execute(select(cards).where(cards.c.id == new_id)).one()))
    return added
