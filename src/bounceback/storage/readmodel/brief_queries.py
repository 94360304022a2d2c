"""The brief's own rows (the company, the rounds, the lessons, the cards due) and the practice
deck, read with plain SQL
on a `Reader` (no SQLAlchemy): the same domain objects, in the same order, as the ORM path's
repositories (companies.find_company, interviews.interviews, feedback.lessons,
interviews.due_cards, interviews.cards) build. The rest of the brief comes from learning_queries."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from bounceback.domain.learning import (
    CardOrigin,
    Interview,
    InterviewQuestion,
    Lesson,
    PracticeCard,
)
from bounceback.domain.models import Company
from bounceback.domain.vocabulary import InterviewType
from bounceback.storage.readmodel.reader import Reader, as_date


def _listed(value: Any) -> list[Any]:
    """A JSON list column's value (text on SQLite, decoded on PostgreSQL)."""
    if isinstance(value, str):
        value = json.loads(value)
    return list(value or [])


def company(r: Reader, name: str) -> Company | None:
    """The company of that name (as its key matches)."""
    from bounceback.domain.names import company_key

    row = r.one("SELECT id, name, website, industry, size, notes FROM companies "
                "WHERE key = :key", key=company_key(name))
    return None if row is None else Company(id=row[0], name=row[1], website=row[2],
                                            industry=row[3], size=row[4], notes=row[5])


_INTERVIEW = ("SELECT id, application_id, held_on, kind, round, interviewers, rating, went_well, "
              "do_differently, notes FROM interviews")


def interviews(r: Reader, app_id: int | None, also: list[int]) -> list[Interview]:
    """One application's interviews (every one when None) with their questions, oldest first,
    and with `also` these other interviews too, in two statements."""
    other, params = r.in_list("also", also) if also else ("", {})
    these = ("1 = 1" if app_id is None else
             f"(application_id = :app_id OR id IN {other})" if also
             else "application_id = :app_id")
    rows = r.all(f"{_INTERVIEW} WHERE {these} ORDER BY held_on, id", app_id=app_id, **params)
    questions: dict[int, list[InterviewQuestion]] = defaultdict(list)
    if rows:
        for interview_id, question, answer, rating, question_id in r.all(
                "SELECT interview_id, question, answer_summary, rating, id "
                f"FROM interview_questions WHERE interview_id IN (SELECT id FROM interviews "
                f"WHERE {these}) ORDER BY interview_id, position", app_id=app_id, **params):
            questions[interview_id].append(InterviewQuestion(question, answer, rating,
                                                             id=question_id))
    return [Interview(id=row[0], application_id=row[1], held_on=as_date(row[2]),  # type: ignore[arg-type]
                      kind=InterviewType(row[3]), round=row[4], interviewers=_listed(row[5]),
                      questions=questions.get(row[0], []), rating=row[6], went_well=row[7],
                      do_differently=row[8], notes=row[9])
            for row in rows]


_LESSON = "SELECT id, text, created_on, tags, application_id, suggested FROM lessons"


def _lesson(row: tuple[Any, ...]) -> Lesson:
    return Lesson(id=row[0], text=row[1], created_on=as_date(row[2]),  # type: ignore[arg-type]
                  tags=_listed(row[3]), application_id=row[4], suggested=bool(row[5]))


def lessons(r: Reader) -> list[Lesson]:
    """Every lesson, newest first."""
    return [_lesson(row) for row in r.all(f"{_LESSON} ORDER BY created_on DESC, id")]


_CARD = ("SELECT id, question, due, origin, application_id, box, reviews, last_rating, "
         "last_reviewed, best_answer, tags FROM practice_cards")


def _card(row: tuple[Any, ...]) -> PracticeCard:
    return PracticeCard(id=row[0], question=row[1], due=as_date(row[2]),  # type: ignore[arg-type]
                        origin=CardOrigin(row[3]), application_id=row[4], box=row[5],
                        reviews=row[6], last_rating=row[7], last_reviewed=as_date(row[8]),
                        best_answer=row[9], tags=_listed(row[10]))


def lessons_and_due_cards(r: Reader, on: date, limit: int
                          ) -> tuple[list[Lesson], list[PracticeCard]]:
    """Every lesson, newest first (as `lessons`), and the cards due by a day, the overdue and
    least known first (the first `limit`), in one statement: the brief shows both (one round
    trip fewer on PostgreSQL, round 24). Columns: a card's; a lesson's id, text, created on
    and application id in the card's, its tags in the card's tags, `suggested` last."""
    lessons_, due = [], []
    for part, *row in r.all(
            "SELECT 0 AS part, id, text, created_on, NULL AS origin, application_id, "
            "NULL AS box, NULL AS reviews, NULL AS last_rating, NULL AS last_reviewed, "
            "NULL AS best_answer, tags, suggested FROM lessons UNION ALL SELECT * FROM ("
            "SELECT 1, id, question, due, origin, application_id, box, reviews, last_rating, "
            "last_reviewed, best_answer, tags, CAST(NULL AS BOOLEAN) FROM practice_cards "
            "WHERE due <= :on ORDER BY due, box, id LIMIT :limit) c", on=on, limit=limit):
        if part == 0:
            lessons_.append(_lesson((row[0], row[1], row[2], row[10], row[4], row[11])))
        else:
            due.append(_card(tuple(row[:11])))
    lessons_.sort(key=lambda x: (-x.created_on.toordinal(), x.id or 0))
    due.sort(key=lambda c: (c.due, c.box, c.id or 0))
    return lessons_, due


def cards(r: Reader) -> list[PracticeCard]:
    """Every card (the deck), by due day."""
    return [_card(row) for row in r.all(f"{_CARD} ORDER BY due, id")]
