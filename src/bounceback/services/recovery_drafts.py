"""What a recovery step is given and what it stored, without the recovery service: the CLI's
lean check-in and journal entry (services/lean_recovery.py) build and return these without
loading the ORM's repositories that services/recovery.py imports (which re-exports them); so
does the lean `reject` (services/lean_reject.py) its RejectionFlow."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CheckIn, EmotionRating, JournalEntry, WritingKind

if TYPE_CHECKING:
    from datetime import date

    from bounceback.domain.models import Application, Rejection
    from bounceback.domain.recovery import Outreach, RecoveryWindow
    from bounceback.domain.vocabulary import Stage
    from bounceback.recovery.acknowledge import Acknowledgement
    from bounceback.recovery.crisis import CrisisMessage
    from bounceback.recovery.support import Suggestion
    from bounceback.recovery.writing import WritingPrompt


@dataclass
class CheckInDraft:
    """A check-in as typed or posted, checked before anything is stored."""

    mood: object
    emotions: list[EmotionRating] = field(default_factory=list)
    something_else: str = ""


@dataclass
class EntryDraft:
    text: str
    kind: WritingKind = WritingKind.FREE
    minutes: float | None = None
    prompt: str = ""


@dataclass
class OutreachDraft:
    person_id: int
    reached_out: bool
    message: str = ""


@dataclass
class Saved:
    """What a step stored, and the crisis message to show before anything else (or None)."""

    check_in: CheckIn | None = None
    entry: JournalEntry | None = None
    crisis: CrisisMessage | None = None
    reflection: str = ""


@dataclass
class RejectionFlow:
    application: Application
    rejection: Rejection
    acknowledgement: Acknowledgement
    window: RecoveryWindow
    created_application: bool = False
    saved: Saved = field(default_factory=Saved)
    outreach: Outreach | None = None
    writing_prompt: WritingPrompt | None = None
    support: Suggestion | None = None


def worse(a: CrisisMessage | None, b: CrisisMessage | None) -> CrisisMessage | None:
    """The heavier of two crisis messages (either may be None)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if a.level.rank >= b.level.rank else b


def rejected_at(application: Application, stage: Stage | None, day: date) -> None:
    """A rejection recorded with its application (`reject --new`): the application reached
    `stage` (or its own) and was applied for no later than the rejection's day."""
    application.stage = stage or application.stage
    application.furthest_stage = application.stage
    if application.date_applied is None or application.date_applied > day:
        application.date_applied = day
