"""Records of learning from a search: feedback, interviews, practice cards, lessons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import InterviewType, Stage


class Tone(StrEnum):
    """How a feedback request sounds; the content is the same."""

    WARM = "warm"
    FORMAL = "formal"
    BRIEF = "brief"


class FeedbackStatus(StrEnum):
    """Where a feedback request stands."""

    DRAFTED = "drafted"
    SENT = "sent"
    FOLLOWED_UP = "followed_up"
    ANSWERED = "answered"
    CLOSED = "closed"


@dataclass
class FeedbackRequest:
    """One request for feedback on a rejection, with its single follow-up."""

    application_id: int
    recipient_name: str
    created_on: date
    id: int | None = None
    recipient_email: str | None = None
    contact_id: int | None = None
    tone: Tone = Tone.WARM
    stage_reached: Stage = Stage.APPLIED
    subject: str = ""
    body: str = ""
    sent_on: date | None = None
    follow_up_due: date | None = None
    follow_up_sent_on: date | None = None
    answered_on: date | None = None
    closed_on: date | None = None
    placeholder: bool = False

    @property
    def status(self) -> FeedbackStatus:
        if self.answered_on is not None:
            return FeedbackStatus.ANSWERED
        if self.closed_on is not None:
            return FeedbackStatus.CLOSED
        if self.follow_up_sent_on is not None:
            return FeedbackStatus.FOLLOWED_UP
        if self.sent_on is not None:
            return FeedbackStatus.SENT
        return FeedbackStatus.DRAFTED


@dataclass
class Feedback:
    """What an employer said when asked why (or what the candidate heard on a call)."""

    application_id: int
    received_on: date
    text: str
    id: int | None = None
    request_id: int | None = None
    from_name: str | None = None
    reasons: list[RejectionReasonEntry] = field(default_factory=list)


@dataclass
class Draft:
    """A feedback request ready to send: the words, and who it goes to."""

    to_name: str
    to_email: str | None
    subject: str
    body: str
    tone: Tone
    stage_reached: Stage
    placeholder: bool
    notes: list[str] = field(default_factory=list)


@dataclass
class ReasonSuggestion:
    """One reason the classifier proposes, how sure it is, and the words behind it."""

    reason: str
    confidence: float
    phrases: list[str] = field(default_factory=list)
    primary: bool = False


@dataclass
class LabelledText:
    """A text with the reasons a person confirmed for it: training data for the classifier."""

    text: str
    reasons: list[str]
    id: int | None = None
    kind: str = "email"
    rejection_id: int | None = None
    created_at: datetime | None = None


@dataclass
class InterviewQuestion:
    """One question asked in an interview round, with how the candidate felt about the answer."""

    question: str
    answer_summary: str = ""
    rating: int | None = None
    id: int | None = None


@dataclass
class Interview:
    """One interview round of an application."""

    application_id: int
    held_on: date
    kind: InterviewType = InterviewType.OTHER
    id: int | None = None
    round: int | None = None
    interviewers: list[str] = field(default_factory=list)
    questions: list[InterviewQuestion] = field(default_factory=list)
    rating: int | None = None
    went_well: str = ""
    do_differently: str = ""
    notes: str = ""


class CardOrigin(StrEnum):
    """Why a practice card exists."""

    WEAK_ANSWER = "weak_answer"
    REJECTION = "rejection"
    USER = "user"


@dataclass
class PracticeCard:
    """A question to practise, scheduled by Leitner box."""

    question: str
    due: date
    id: int | None = None
    origin: CardOrigin = CardOrigin.USER
    application_id: int | None = None
    box: int = 1
    reviews: int = 0
    last_rating: int | None = None
    last_reviewed: date | None = None
    best_answer: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class Lesson:
    """Something the candidate learned and wants to remember before the next interview."""

    text: str
    created_on: date
    id: int | None = None
    tags: list[str] = field(default_factory=list)
    application_id: int | None = None
    suggested: bool = False
