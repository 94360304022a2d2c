"""What the crisis check shows: the full message, or a kind, direct question with its answers.

The level comes from crisis.py (assess); this module only words it, with the helplines of the
user's country (crisis_resources.py). Never a diagnosis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis_resources import CrisisResource, all_lines, resources_for


@dataclass(frozen=True)
class CrisisMessage:
    """What to show before anything else. Explicit: the full message. Soft: a direct, kind
    question (asking does not put the idea there: Dazzi et al. 2014), with the answers' text;
    the answer is never stored or sent anywhere."""

    level: CrisisLevel
    headline: str
    lines: tuple[str, ...]
    resources: tuple[CrisisResource, ...] = field(default_factory=tuple)
    emergency: str = ""
    country: str = ""
    question: str = ""
    answers: tuple[tuple[str, str], ...] = ()  # (value, label) of the answers to the question
    if_yes: tuple[str, ...] = ()  # shown with the resources after "yes" or "not sure"
    if_no: str = ""  # shown after "no"

    @property
    def asks(self) -> bool:
        return bool(self.question)

    @property
    def emergency_line(self) -> str:
        return (f"If you might act on these thoughts or are in danger now, call {self.emergency} "
                "or go to the nearest emergency department.")

    @property
    def text(self) -> str:
        parts = [self.headline, *self.lines]
        if self.question:
            parts.append(self.question)
            parts += self.if_yes
        parts += ["  " + r.line for r in self.resources]
        parts.append(self.emergency_line)
        return "\n".join(parts)


QUESTION = "Are you having thoughts of ending your life?"
ANSWERS = (("yes", "Yes"), ("not_sure", "I'm not sure"), ("no", "No"))


def crisis_message(level: CrisisLevel, country: str = "international") -> CrisisMessage | None:
    """The message shown before anything else, or None for level none. Never a diagnosis."""
    if level == CrisisLevel.NONE:
        return None
    place = resources_for(country)
    lines = all_lines(country)
    if level == CrisisLevel.EXPLICIT:
        return CrisisMessage(
            level,
            "Before anything else: what you wrote sounds very heavy, and you deserve support "
            "with it right now.",
            (
                "You do not have to go through this alone. You can talk to someone now, free and "
                "in confidence:",
            ),
            lines,
            place.emergency,
            place.country,
        )
    return CrisisMessage(
        level,
        "Can I ask you something?",
        (
            "What you wrote sounds heavy. When things weigh this much, some people have thoughts "
            "of ending their life, and it helps to say so.",
        ),
        lines,
        place.emergency,
        place.country,
        question=QUESTION,
        answers=ANSWERS,
        if_yes=(
            "Thank you for telling me. You deserve support with this right now, and you do not "
            "have to go through it alone. You can talk to someone now, free and in confidence:",
        ),
        if_no=(
            "Thank you for answering. If that changes, these lines are there at any hour "
            "(`bounceback helplines`, or Helplines in the web app)."
        ),
    )


CLOSING = (
    "What you wrote stays private on this computer. bounceback is not a crisis service; the "
    "people above are there for exactly this."
)
