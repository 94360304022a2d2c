"""What a recovery step is given and what it stored, without the recovery service: the CLI's
lean check-in and journal entry (services/lean_recovery.py) build and return these without
loading the ORM's repositories that services/recovery.py imports (which re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bounceback.domain.recovery import CheckIn, EmotionRating, JournalEntry, WritingKind

if TYPE_CHECKING:
    from bounceback.recovery.crisis import CrisisMessage


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
