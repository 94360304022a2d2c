"""The records of a job search in the job seeker's words: plain dataclasses, no storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bounceback.domain.vocabulary import (
    ContactRole,
    EventKind,
    InterviewType,
    Origin,
    Outcome,
    ReasonSource,
    RejectionChannel,
    Source,
    Stage,
)

ACTIVE_STAGES = (Stage.SAVED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)


@dataclass
class Company:
    name: str
    id: int | None = None
    website: str | None = None
    industry: str | None = None
    size: str | None = None
    notes: str = ""


@dataclass
class Application:
    """One job the candidate applied for (or saved to apply for)."""

    company: str
    role: str
    id: int | None = None
    uid: str = ""
    location: str | None = None
    remote: bool | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    salary_currency: str | None = None
    source: Source = Source.OTHER
    source_detail: str | None = None
    url: str | None = None
    description: str = ""
    date_applied: date | None = None
    excitement: int | None = None
    stage: Stage = Stage.APPLIED
    furthest_stage: Stage = Stage.APPLIED
    outcome: Outcome | None = None
    outcome_date: date | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    last_activity: date | None = None

    @property
    def is_live(self) -> bool:
        """Still waiting on an answer: no outcome, and beyond a saved bookmark."""
        return self.outcome is None and self.stage not in (Stage.SAVED, Stage.ACCEPTED)

    @property
    def status(self) -> str:
        """The one word the candidate sees: the outcome when closed, else the stage."""
        return self.outcome.value if self.outcome else self.stage.value

    @property
    def title(self) -> str:
        return f"{self.role} at {self.company}"


@dataclass
class Event:
    """One line of an application's timeline. Events are never edited, only added."""

    application_id: int
    kind: EventKind
    occurred_at: datetime
    origin: Origin = Origin.USER
    id: int | None = None
    stage: Stage | None = None
    round: int | None = None
    interview_type: InterviewType | None = None
    summary: str = ""
    details: dict[str, object] = field(default_factory=dict)

    @property
    def booked_at(self) -> datetime | None:
        """When a booked interview takes place (`details["at"]`, ISO), or None when not given."""
        raw = self.details.get("at") if self.details else None
        if not isinstance(raw, str):
            return None
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None


@dataclass
class RejectionReasonEntry:
    reason: str
    source: ReasonSource = ReasonSource.USER
    primary: bool = False
    confidence: float | None = None
    evidence: str = ""


@dataclass
class Rejection:
    application_id: int
    stage_reached: Stage
    received_on: date
    channel: RejectionChannel = RejectionChannel.EMAIL
    text: str = ""
    id: int | None = None
    reasons: list[RejectionReasonEntry] = field(default_factory=list)
    hurt: int | None = None
    recovery_days: int | None = None
    created_at: datetime | None = None

    @property
    def primary_reason(self) -> str | None:
        for entry in self.reasons:
            if entry.primary:
                return entry.reason
        return self.reasons[0].reason if self.reasons else None


@dataclass
class Contact:
    name: str
    id: int | None = None
    role: ContactRole = ContactRole.OTHER
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    profile_url: str | None = None
    notes: str = ""
    application_ids: list[int] = field(default_factory=list)


@dataclass
class Task:
    title: str
    due: date
    id: int | None = None
    done: bool = False
    application_id: int | None = None
    kind: str = "reminder"
    notes: str = ""
    done_at: datetime | None = None


@dataclass
class ApplicationQuery:
    """Filters of `list` and the board; every one optional."""

    stages: list[str] | None = None
    company: str | None = None
    tag: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    live_only: bool = False
    limit: int | None = None
    source: str | None = None
    #: with `limit`: skip this many first (the board's next cards of a column)
    offset: int = 0


@dataclass
class Timeline:
    """An application with everything hung on it, for `show` and the application page."""

    application: Application
    events: list[Event]
    contacts: list[Contact]
    tasks: list[Task]
    rejection: Rejection | None = None
