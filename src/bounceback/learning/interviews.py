"""The interview log: rounds, questions and self-ratings, and which answers were weak."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.vocabulary import InterviewType, parse_enum

WEAK_RATING = 2


def parse_interview_type(value: str) -> InterviewType:
    """A user's word for a round type ("phone screen", "take-home review"...)."""
    aliases = {"screen": "phone_screen", "phone": "phone_screen", "behavioral": "behavioural"}
    cleaned = value.strip().lower().replace("-", "_").replace(" ", "_")
    return parse_enum(InterviewType, aliases.get(cleaned, cleaned), "interview type")


def check_rating(value: int | None, what: str = "self-rating") -> int | None:
    """A 1–5 rating, or None; anything else is refused with the valid range."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidValue(f"{what} {value!r} is not usable; rate from 1 (poor) to 5 (very good)")
    return value


def check_interview(interview: Interview) -> Interview:
    """Validate a round before it is stored: ratings in range, questions not empty."""
    check_rating(interview.rating, "rating of the round")
    for question in interview.questions:
        if not question.question.strip():
            raise InvalidValue("a question in the interview log is empty; write the question")
        check_rating(question.rating, f"rating of {question.question[:40]!r}")
    interview.interviewers = [n.strip() for n in interview.interviewers if n.strip()]
    return interview


def next_round(interviews: Iterable[Interview], application_id: int) -> int:
    """The number of the next round for an application (1 for the first)."""
    rounds = [i.round or 0 for i in interviews if i.application_id == application_id]
    return max(rounds, default=0) + 1


@dataclass
class WeakAnswer:
    """A question the candidate felt they answered poorly, with where it was asked."""

    question: InterviewQuestion
    interview: Interview

    @property
    def rating(self) -> int | None:
        return self.question.rating if self.question.rating is not None else self.interview.rating


def is_weak(question: InterviewQuestion, interview: Interview) -> bool:
    """Rated 2 or below; a question without its own rating takes the round's."""
    rating = question.rating if question.rating is not None else interview.rating
    return rating is not None and rating <= WEAK_RATING


def weak_answers(interviews: Sequence[Interview]) -> list[WeakAnswer]:
    """Every weak answer in the log, most recent first."""
    found = [WeakAnswer(q, i) for i in interviews for q in i.questions if is_weak(q, i)]
    found.sort(key=lambda w: w.interview.held_on, reverse=True)
    return found


def questions_of(interviews: Sequence[Interview], application_ids: Iterable[int]) -> list[str]:
    """All questions asked in the rounds of the given applications, in order."""
    wanted = set(application_ids)
    return [
        q.question
        for i in sorted(interviews, key=lambda i: i.held_on)
        if i.application_id in wanted
        for q in i.questions
    ]
