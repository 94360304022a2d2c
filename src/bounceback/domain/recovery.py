"""Records of recovering from a rejection: check-ins, journal entries, support people, windows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from bounceback.domain.vocabulary import Emotion

INTENSITY_MIN, INTENSITY_MAX = 0, 10
MOOD_MIN, MOOD_MAX = 1, 5
HURT_MIN, HURT_MAX = 0, 10


class CrisisLevel(StrEnum):
    """How strongly a text shows signs of crisis (docs/crisis-safety.md)."""

    NONE = "none"
    SOFT = "soft"  # ambiguous: "this search is killing me" gets a soft note
    EXPLICIT = "explicit"  # self-harm, suicidal thoughts: resources before anything else

    @property
    def rank(self) -> int:
        return ("none", "soft", "explicit").index(self.value)


class WritingKind(StrEnum):
    """The two writing exercises (evidence.md: Spera et al. 1994; Kreemers et al. 2020)."""

    EXPRESSIVE = "expressive"
    SELF_COMPASSION = "self_compassion"
    FREE = "free"


@dataclass(frozen=True)
class EmotionRating:
    emotion: Emotion
    intensity: int


@dataclass
class CheckIn:
    """How the candidate feels at one moment; private by default."""

    mood: int
    recorded_at: datetime
    emotions: list[EmotionRating] = field(default_factory=list)
    something_else: str = field(default="", repr=False)
    rejection_id: int | None = None
    id: int | None = None
    crisis_level: CrisisLevel = CrisisLevel.NONE

    @property
    def day(self) -> date:
        return self.recorded_at.date()

    def intensity_of(self, emotion: Emotion) -> int:
        for rating in self.emotions:
            if rating.emotion == emotion:
                return rating.intensity
        return 0


@dataclass
class JournalEntry:
    """A private piece of writing. Its text never appears in a repr, a log or an export."""

    text: str = field(repr=False)
    written_at: datetime
    kind: WritingKind = WritingKind.FREE
    prompt: str = field(default="", repr=False)
    minutes: float | None = None
    rejection_id: int | None = None
    id: int | None = None
    crisis_level: CrisisLevel = CrisisLevel.NONE

    @property
    def day(self) -> date:
        return self.written_at.date()

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class SupportPerson:
    """Someone the candidate trusts, and how to reach them."""

    name: str
    reach: str = ""
    relationship: str = ""
    id: int | None = None
    active: bool = True
    last_suggested_at: datetime | None = None
    created_at: datetime | None = None


@dataclass
class Outreach:
    """Whether the candidate reached out to a support person after a rejection."""

    person_id: int
    recorded_at: datetime
    reached_out: bool
    message: str = field(default="", repr=False)
    rejection_id: int | None = None
    id: int | None = None


@dataclass
class RecoveryWindow:
    """The few days after a rejection given to processing it, before re-investing."""

    rejection_id: int
    starts_on: date
    days: int
    hurt: int | None = None
    closed_on: date | None = None  # when the candidate ended it early

    @property
    def ends_on(self) -> date:
        """The first day after the window."""
        return self.starts_on + timedelta(days=self.days)

    def is_open(self, today: date) -> bool:
        if self.closed_on is not None and self.closed_on <= today:
            return False
        return self.starts_on <= today < self.ends_on

    def day_number(self, today: date) -> int:
        """1 on the day of the rejection, 2 the next day, and so on."""
        return (today - self.starts_on).days + 1

    def days_left(self, today: date) -> int:
        return max(0, (self.ends_on - today).days)
