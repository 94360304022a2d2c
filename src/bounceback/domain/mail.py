"""What the email classifier says about one message, and the labelled examples it learns from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bounceback.domain.vocabulary import EmailKind


@dataclass(frozen=True, slots=True)
class ProposedTime:
    """A date or time an interview email proposes, as written and, when readable, as a datetime.

    `when` has no time zone; `year_given` is False when the email named no year (the caller
    picks the year from the email's date).
    """

    text: str
    when: datetime | None = None
    year_given: bool = False


@dataclass(frozen=True, slots=True)
class Classification:
    """The kind of a job-search email with a confidence (0..1) and what it names."""

    kind: EmailKind
    confidence: float
    company: str | None = None
    role: str | None = None
    platform: str | None = None
    proposed_times: tuple[ProposedTime, ...] = ()
    overridden: bool = False
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class LabelledEmail:
    """One email with its true kind: a corpus row or a user's correction."""

    sender: str
    subject: str
    body: str
    kind: EmailKind
    company: str | None = None
    role: str | None = None
    group: str = ""
    weight: float = 1.0
    tags: tuple[str, ...] = field(default_factory=tuple)
    lang: str | None = None
    platform: str | None = None
