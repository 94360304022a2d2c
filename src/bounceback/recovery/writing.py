"""The private writing exercise: prompts, the timer, and on which days it is offered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import JournalEntry, RecoveryWindow, WritingKind
from bounceback.domain.vocabulary import parse_enum

MAX_WRITING_DAYS = 4
ENTRY_MAX_CHARS = 100_000

SPERA = (
    "Spera, Buhrfeind & Pennebaker (1994): laid-off professionals who wrote about their "
    "thoughts and feelings on the job loss were re-employed sooner (52.6 % in full-time work "
    "after 8 months, against 23.8 % who wrote on neutral topics and 13.6 % who did not write)."
)
KREEMERS = (
    "Kreemers et al. (2020): self-compassionate writing lowered sadness and raised calm among "
    "job seekers, partly by lowering self-criticism."
)

EXPRESSIVE_PROMPTS = (
    "Write about your deepest thoughts and feelings about this rejection. What happened, and "
    "what went through you when you heard?",
    "Write about what this rejection touches beyond this one job: your work, your plans, your "
    "money, the people around you, how you see yourself.",
    "Write about how this connects with other setbacks or turning points in your life, and what "
    "you have come through before.",
    "Write about where you stand now: what you feel today, what has shifted since the first day, "
    "and what you want to carry forward.",
)

SELF_COMPASSION_PROMPTS = (
    "Many people have been turned down for a job they wanted; you are not alone in this. Write "
    "to yourself about this rejection the way a kind friend would write to you.",
    "Notice any harsh words you are saying to yourself about this. Write them down, then write "
    "what you would say to a friend who said them about themselves.",
    "Write about what you did well in this application, and what you would gently tell yourself "
    "to try differently next time, without blame.",
    "Write yourself a short, kind note to read on the next hard day of the search.",
)

INTRO = {
    WritingKind.EXPRESSIVE: "Private writing, just for you. " + SPERA,
    WritingKind.SELF_COMPASSION: "Private writing, just for you. " + KREEMERS,
    WritingKind.FREE: "Private writing, just for you.",
}

GROUND_RULES = (
    "Nobody else will read this. Spelling and grammar do not matter. Keep writing until the "
    "time is up, or stop whenever you want to."
)


@dataclass(frozen=True)
class WritingPrompt:
    kind: WritingKind
    session: int  # 1-based: which writing day within this rejection's window
    text: str
    intro: str
    minutes: int


def parse_kind(word: str) -> WritingKind:
    return parse_enum(WritingKind, word, "writing kind")


def prompt_for(kind: WritingKind, session: int, minutes: int) -> WritingPrompt:
    """The prompt for the n-th writing day (1-based); past the fourth, the last one repeats."""
    if session < 1:
        raise InvalidValue(f"writing session {session}; sessions count from 1")
    if kind == WritingKind.FREE:
        text = "Write whatever is on your mind about the search today."
    else:
        prompts = EXPRESSIVE_PROMPTS if kind == WritingKind.EXPRESSIVE else SELF_COMPASSION_PROMPTS
        text = prompts[min(session, len(prompts)) - 1]
    return WritingPrompt(kind, session, text, INTRO[kind], minutes)


def writing_days(entries: Iterable[JournalEntry], rejection_id: int) -> set[date]:
    """The distinct days the candidate wrote about this rejection."""
    return {e.day for e in entries if e.rejection_id == rejection_id}


def should_offer(
    window: RecoveryWindow, entries: Iterable[JournalEntry], today: date
) -> int | None:
    """The session number to offer today, or None: offered only while the window is open, at
    most once a day, on up to four days per rejection."""
    if not window.is_open(today):
        return None
    days = writing_days(entries, window.rejection_id)
    if today in days or len(days) >= MAX_WRITING_DAYS:
        return None
    return len(days) + 1


def check_entry_text(text: str | None) -> str:
    """The entry as written (trailing blanks trimmed), or a clear message if there is nothing."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise InvalidValue(
            "the journal entry is empty; nothing was saved. Write at least a few words, "
            "or leave it for another day"
        )
    if len(cleaned) > ENTRY_MAX_CHARS:
        raise InvalidValue(
            f"the journal entry is {len(cleaned)} characters; the limit is {ENTRY_MAX_CHARS}. "
            "Split it into two entries"
        )
    return cleaned


@dataclass(frozen=True)
class WritingTimer:
    """The time box for one session; the candidate may always stop early."""

    started_at: datetime
    minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.started_at + timedelta(minutes=self.minutes)

    def remaining(self, now: datetime) -> timedelta:
        return max(timedelta(0), self.ends_at - now)

    def is_over(self, now: datetime) -> bool:
        return now >= self.ends_at

    def minutes_spent(self, now: datetime) -> float:
        """Minutes written, never more than the time box, rounded to a tenth."""
        spent = min((now - self.started_at).total_seconds(), self.minutes * 60)
        return round(max(0.0, spent) / 60, 1)
