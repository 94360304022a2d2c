"""Talking to someone: the rotating suggestion of a support person and a message to edit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import SupportPerson
from bounceback.domain.vocabulary import Stage

NAME_MAX = 120
REACH_MAX = 300
MESSAGE_MAX = 2000
WHY = (
    "Social support is one of the things that made job-search help work "
    "(Liu, Huang & Wang 2014)."
)


def check_person(name: str, reach: str = "", relationship: str = "") -> SupportPerson:
    """A support person with a name; how to reach them is free text (a phone, an email...)."""
    cleaned = (name or "").strip()
    if not cleaned:
        raise InvalidValue("a support person needs a name; nothing was saved")
    if len(cleaned) > NAME_MAX:
        raise InvalidValue(f"the name is {len(cleaned)} characters; keep it under {NAME_MAX}")
    reach = (reach or "").strip()
    if len(reach) > REACH_MAX:
        raise InvalidValue(f"'how to reach' is too long; keep it under {REACH_MAX} characters")
    return SupportPerson(name=cleaned, reach=reach, relationship=(relationship or "").strip())


def next_person(people: Iterable[SupportPerson]) -> SupportPerson | None:
    """The active person suggested longest ago (never suggested comes first), so the
    suggestion rotates and nobody is leaned on every time."""
    active = [p for p in people if p.active]
    if not active:
        return None

    def key(p: SupportPerson) -> tuple[int, datetime, int, str]:
        never = 0 if p.last_suggested_at is None else 1
        when = p.last_suggested_at or datetime.min
        return (never, when, p.id if p.id is not None else 0, p.name.lower())

    return min(active, key=key)


@dataclass(frozen=True)
class Suggestion:
    person: SupportPerson
    message: str
    why: str = WHY


def draft_message(person: SupportPerson, stage: Stage | None = None, company: str = "") -> str:
    """A short, plain message the candidate can edit and send themselves."""
    first = person.name.split()[0] if person.name.split() else person.name
    about = f" from {company}" if company else ""
    if stage == Stage.INTERVIEWING or stage == Stage.OFFER:
        news = f"I got a no{about} after getting quite far in the process, and it stings."
    elif stage == Stage.SCREENING:
        news = f"I got a no{about} after the first call, and it is on my mind."
    else:
        news = "another job search no today, and I could use a friendly voice."
    return (
        f"Hi {first}, {news} Would you have some time for a call or a coffee in the next "
        "few days? No need to fix anything, it would just help to talk."
    )


def suggest(
    people: Iterable[SupportPerson], stage: Stage | None = None, company: str = ""
) -> Suggestion | None:
    person = next_person(people)
    if person is None:
        return None
    return Suggestion(person, draft_message(person, stage, company))


def check_message(message: str) -> str:
    cleaned = (message or "").strip()
    if len(cleaned) > MESSAGE_MAX:
        raise InvalidValue(f"the message is {len(cleaned)} characters; keep it under {MESSAGE_MAX}")
    return cleaned


NO_PEOPLE_HINT = (
    "Talking to someone you trust helps. Add a friend, family member or colleague with "
    "`bounceback support add NAME --reach PHONE_OR_EMAIL`."
)
