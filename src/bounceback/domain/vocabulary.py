"""The shared vocabulary (shared/design/taxonomy.md) as enums; the names are a contract."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class Stage(StrEnum):
    """How far an application has gone, in order."""

    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"

    @property
    def rank(self) -> int:
        return STAGE_ORDER.index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class Outcome(StrEnum):
    """How an application ended; an application with no outcome is live."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


class EmailKind(StrEnum):
    APPLICATION_RECEIVED = "application_received"
    REJECTION = "rejection"
    INTERVIEW_REQUEST = "interview_request"
    ASSESSMENT = "assessment"
    OFFER = "offer"
    ACTION_REQUIRED = "action_required"
    RECRUITER_OUTREACH = "recruiter_outreach"
    OTHER = "other"


class Reason(StrEnum):
    """Reasons for a rejection. Users may add their own (stored as free text)."""

    SKILL_GAP = "skill_gap"
    EXPERIENCE_LEVEL = "experience_level"
    INTERVIEW_PERFORMANCE = "interview_performance"
    ASSESSMENT_RESULT = "assessment_result"
    INTERNAL_CANDIDATE = "internal_candidate"
    POSITION_CLOSED = "position_closed"
    STRONGER_CANDIDATES = "stronger_candidates"
    FIT = "fit"
    COMPENSATION = "compensation"
    LOGISTICS = "logistics"
    NOT_SPECIFIED = "not_specified"


class Emotion(StrEnum):
    DISAPPOINTMENT = "disappointment"
    SADNESS = "sadness"
    ANGER = "anger"
    FRUSTRATION = "frustration"
    ANXIETY = "anxiety"
    EMBARRASSMENT = "embarrassment"
    SELF_DOUBT = "self_doubt"
    HOPELESSNESS = "hopelessness"
    NUMBNESS = "numbness"
    RELIEF = "relief"
    HOPE = "hope"
    DETERMINATION = "determination"


class Source(StrEnum):
    """Where the application came from; the offer estimator treats them differently."""

    REFERRAL = "referral"
    RECRUITER = "recruiter"
    JOB_BOARD = "job_board"
    CAREERS_PAGE = "careers_page"
    OTHER = "other"


class EventKind(StrEnum):
    CREATED = "created"
    STAGE_CHANGED = "stage_changed"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    INTERVIEW_HELD = "interview_held"
    ASSESSMENT = "assessment"
    OFFER = "offer"
    REJECTION = "rejection"
    WITHDRAWAL = "withdrawal"
    GHOSTED = "ghosted"
    REVIVED = "revived"
    NOTE = "note"
    EMAIL_RECEIVED = "email_received"
    FOLLOW_UP_SENT = "follow_up_sent"
    FEEDBACK_REQUESTED = "feedback_requested"
    FEEDBACK_RECEIVED = "feedback_received"
    EDITED = "edited"


class Origin(StrEnum):
    """Who put an event or a fact in the database."""

    USER = "user"
    IMPORTED = "imported"
    INFERRED = "inferred"


class ContactRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"
    OTHER = "other"


class RejectionChannel(StrEnum):
    """How the rejection reached the candidate."""

    EMAIL = "email"
    CALL = "call"
    PORTAL = "portal"
    SILENCE = "silence"
    OTHER = "other"


class ReasonSource(StrEnum):
    """Where a rejection reason came from."""

    EMAIL = "email"
    FEEDBACK = "feedback"
    USER = "user"
    SUGGESTED = "suggested"


class InterviewType(StrEnum):
    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    BEHAVIOURAL = "behavioural"
    CASE = "case"
    PANEL = "panel"
    FINAL = "final"
    TAKE_HOME_REVIEW = "take_home_review"
    OTHER = "other"


def parse_enum(enum: type[E], value: str, what: str) -> E:
    """Read a user's word for an enum member, or raise a message listing the valid ones."""
    from bounceback.domain.errors import InvalidValue

    cleaned = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return enum(cleaned)
    except ValueError:
        valid = ", ".join(m.value for m in enum)
        raise InvalidValue(f"unknown {what} {value!r}; choose one of: {valid}") from None
