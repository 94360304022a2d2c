"""Accounts on a multi-user server, in the words of a career centre: seekers, coaches, admins,
and what a seeker shares with a coach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bounceback.domain.errors import InvalidValue


class Role(StrEnum):
    SEEKER = "seeker"
    COACH = "coach"
    ADMIN = "admin"


class Shared(StrEnum):
    """What a seeker may share with a coach. The journal is not among them, for anyone."""

    PIPELINE = "pipeline"
    OUTLOOK = "outlook"
    CHECKINS_SUMMARY = "checkins-summary"


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: Role
    store: str
    disabled: bool
    created_at: datetime

    @property
    def is_coach(self) -> bool:
        return self.role in (Role.COACH, Role.ADMIN)


@dataclass(frozen=True)
class Share:
    seeker_id: int
    coach_email: str
    what: tuple[Shared, ...]
    since: datetime


@dataclass(frozen=True)
class CoachView:
    """One look by a coach at a seeker's shared data, as the seeker reads it in the audit."""

    coach_email: str
    what: str
    at: datetime


@dataclass(frozen=True)
class CoachNote:
    coach_email: str
    text: str
    at: datetime


def normal_email(text: str) -> str:
    """An email as accounts key it: trimmed, lower-case, and plausibly an address."""
    email = (text or "").strip().lower()
    local, at, domain = email.partition("@")
    if not at or not local or "." not in domain or " " in email or len(email) > 320:
        raise InvalidValue(f"email {text!r} does not look like an address (name@example.org)")
    return email


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InvalidValue(f"role {text!r} is not one of: seeker, coach, admin") from None


def parse_shared(text: str) -> tuple[Shared, ...]:
    """`pipeline,outlook` → the parts shared; the journal is refused by name."""
    found: list[Shared] = []
    for word in (w.strip().lower() for w in (text or "").split(",")):
        if not word:
            continue
        if word.startswith("journal"):
            raise InvalidValue("the journal is never shared, with anyone")
        try:
            part = Shared(word)
        except ValueError:
            raise InvalidValue(f"cannot share {word!r}: choose from pipeline, outlook, "
                               "checkins-summary") from None
        if part not in found:
            found.append(part)
    if not found:
        raise InvalidValue("say what to share: pipeline, outlook, checkins-summary")
    return tuple(found)


MIN_PASSWORD = 10


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidValue(f"password: use at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise InvalidValue("password: at most 1024 characters")
    return password
