"""Interview rounds with their questions, and practice cards."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.learning import Interview, InterviewQuestion, PracticeCard
from bounceback.storage.core_practice import card_of
from bounceback.storage.readmodel import sources
from bounceback.storage.repos import core
from bounceback.storage.tables.learning import (
    InterviewQuestionRow,
    InterviewRow,
    PracticeCardRow,
)


def add_interview(session: Session, interview: Interview) -> Interview:
    row = InterviewRow(
        application_id=interview.application_id,
        held_on=interview.held_on,
        kind=interview.kind.value,
        round=interview.round,
        interviewers=list(interview.interviewers),
        rating=interview.rating,
        went_well=interview.went_well,
        do_differently=interview.do_differently,
        notes=interview.notes,
    )
    session.add(row)
    session.flush()
    for position, q in enumerate(interview.questions):
        session.add(
            InterviewQuestionRow(
                interview_id=row.id,
                position=position,
                question=q.question,
                answer_summary=q.answer_summary,
                rating=q.rating,
            )
        )
    session.flush()
    return interviews(session, ids=[row.id])[0]


def interviews(
    session: Session, app_id: int | None = None, ids: list[int] | None = None,
    app_ids: list[int] | None = None, also: list[int] | None = None,
) -> list[Interview]:
    """Interviews with their questions, oldest first: of one application (`app_id`; with
    `also`, these other interviews too, in the same two statements), of several, or by id."""
    table = InterviewRow.__table__
    if app_id is not None and app_ids is None and ids is None:
        return _of_application(session, app_id, also)
    stmt = select(table).order_by(table.c.held_on, table.c.id)  # Core: rows, not entities
    if app_id is not None:
        mine = table.c.application_id == app_id
        stmt = stmt.where(or_(mine, table.c.id.in_(also)) if also else mine)
    if app_ids is not None:
        stmt = stmt.where(table.c.application_id.in_(app_ids))
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(ids))
    return sources.interviews_from(session, stmt)


_INTERVIEWS, _ASKED = InterviewRow.__table__, InterviewQuestionRow.__table__
#: One application's interviews and their questions, built once (its page and its brief send
#: them on every view)
_OF_APPLICATION = core.prebuilt(select(_INTERVIEWS)
                                .where(_INTERVIEWS.c.application_id == bindparam("app_id"))
                                .order_by(_INTERVIEWS.c.held_on, _INTERVIEWS.c.id))
_ASKED_OF_APPLICATION = core.prebuilt(
    select(_ASKED).where(_ASKED.c.interview_id.in_(
        select(_INTERVIEWS.c.id).where(_INTERVIEWS.c.application_id == bindparam("app_id"))))
    .order_by(_ASKED.c.interview_id, _ASKED.c.position))


#: The same with other interviews too (a brief's: the rounds its weak answers come from), the
#: list expanded when it is sent (so through SQLAlchemy, but built and compiled once)
_THESE = or_(_INTERVIEWS.c.application_id == bindparam("app_id"),
             _INTERVIEWS.c.id.in_(bindparam("also", expanding=True)))
_WITH_OTHERS = core.prebuilt(select(_INTERVIEWS).where(_THESE)
                             .order_by(_INTERVIEWS.c.held_on, _INTERVIEWS.c.id))
_ASKED_WITH_OTHERS = core.prebuilt(
    select(_ASKED).where(_ASKED.c.interview_id.in_(select(_INTERVIEWS.c.id).where(_THESE)))
    .order_by(_ASKED.c.interview_id, _ASKED.c.position))


def _of_application(session: Session, app_id: int, also: list[int] | None) -> list[Interview]:
    chosen, asked, params = ((_WITH_OTHERS, _ASKED_WITH_OTHERS, {"app_id": app_id, "also": also})
                             if also else (_OF_APPLICATION, _ASKED_OF_APPLICATION,
                                           {"app_id": app_id}))
    rows = core.rows(session, chosen, params)
    questions: dict[int, list[InterviewQuestion]] = defaultdict(list)
    if rows:
        for q in core.rows(session, asked, params):
            questions[q.interview_id].append(
                InterviewQuestion(q.question, q.answer_summary, q.rating, id=q.id))
    return [_interview(r, questions.get(r.id, [])) for r in rows]


_interview = sources.to_interview


_CARDS = PracticeCardRow.__table__
#: Cards due by a day, built once (a brief sends it on every view)
_DUE = core.prebuilt(select(_CARDS).where(_CARDS.c.due <= bindparam("on"))
                     .order_by(_CARDS.c.due, _CARDS.c.box, _CARDS.c.id)
                     .limit(bindparam("limit")))


def due_cards(session: Session, on: date, limit: int) -> list[PracticeCard]:
    """Cards due by a day, the overdue and least known first (the first `limit`)."""
    return [card_of(r) for r in core.rows(session, _DUE, {"on": on, "limit": limit})]


def add_card(session: Session, card: PracticeCard) -> PracticeCard:
    row = PracticeCardRow(
        question=card.question,
        due=card.due,
        origin=card.origin.value,
        application_id=card.application_id,
        box=card.box,
        reviews=card.reviews,
        last_rating=card.last_rating,
        last_reviewed=card.last_reviewed,
        best_answer=card.best_answer,
        tags=list(card.tags),
    )
    session.add(row)
    session.flush()
    return card_of(row)


def save_card(session: Session, card: PracticeCard) -> PracticeCard:
    row = session.get(PracticeCardRow, card.id)
    if row is None:
        raise NotFound(f"no practice card #{card.id}; see `bounceback practice list`")
    row.due, row.box, row.reviews = card.due, card.box, card.reviews
    row.last_rating, row.last_reviewed = card.last_rating, card.last_reviewed
    row.best_answer, row.tags = card.best_answer, list(card.tags)
    session.flush()
    return card_of(row)


def get_card(session: Session, card_id: int) -> PracticeCard:
    row = session.get(PracticeCardRow, card_id)
    if row is None:
        raise NotFound(f"no practice card #{card_id}; see `bounceback practice list`")
    return card_of(row)


#: Every card, the soonest due first: built once, read as rows (the practice page sends it on
#: every view)
_ALL_CARDS = core.prebuilt(select(_CARDS).order_by(_CARDS.c.due, _CARDS.c.id))


def cards(session: Session) -> list[PracticeCard]:
    return [card_of(r) for r in core.rows(session, _ALL_CARDS)]
