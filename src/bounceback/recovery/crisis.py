"""Signs of crisis in what the candidate writes: three levels, and a calm message with help.

The check never diagnoses; it decides only which message to show (docs/crisis-safety.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bounceback.domain.recovery import CheckIn, CrisisLevel
from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.crisis_phrases import (
    COMPOSITE_RE,
    EXPLICIT_RE,
    FALSE_RE,
    NEGATORS,
    SOFT_RE,
    THIRD_PARTY,
)
from bounceback.recovery.crisis_resources import CrisisResource, all_lines, resources_for

NEGATION_WINDOW = 4  # words before a phrase in which "not", "never"... negate it

_CONTRACTIONS = (
    (r"\bcan'?t\b", "cannot"),
    (r"\bcan not\b", "cannot"),
    (r"\bwon'?t\b", "will not"),
    (r"\bdon'?t\b", "do not"),
    (r"\bdoesn'?t\b", "does not"),
    (r"\bdidn'?t\b", "did not"),
    (r"\bisn'?t\b", "is not"),
    (r"\baren'?t\b", "are not"),
    (r"\bwasn'?t\b", "was not"),
    (r"\bweren'?t\b", "were not"),
    (r"\bwouldn'?t\b", "would not"),
    (r"\bshouldn'?t\b", "should not"),
    (r"\bcouldn'?t\b", "could not"),
    (r"\bhaven'?t\b", "have not"),
    (r"\bhasn'?t\b", "has not"),
    (r"\bain'?t\b", "am not"),
    (r"(\w)n't\b", r"\1 not"),
    (r"\bi'?m\b", "i am"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'd\b", "i would"),
    (r"\bi'll\b", "i will"),
    (r"\b(it|that|there|what|this)'s\b", r"\1 is"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\bany ?more\b", "anymore"),
)
_CONTRACTIONS_RE = [(re.compile(p), r) for p, r in _CONTRACTIONS]
_CLAUSE_SPLIT = re.compile(r"[.!?;:,\n()\"]+|\s(?:but|although|though|however|yet)\s")


def normalise(text: str) -> str:
    """Lower case, plain quotes, contractions expanded, single spaces."""
    out = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    out = out.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", ", ")
    for pattern, repl in _CONTRACTIONS_RE:
        out = pattern.sub(repl, out)
    out = re.sub(r"[*_~]+", " ", out)
    return re.sub(r"[ \t]+", " ", out)


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(normalise(text)) if c.strip()]


def _negated(clause: str, start: int) -> bool:
    before = re.findall(r"[a-z']+", clause[:start])[-NEGATION_WINDOW:]
    return any(word in NEGATORS for word in before)


def _about_someone_else(clause: str) -> bool:
    return bool(THIRD_PARTY.search(clause)) and not re.search(r"\b(i|me|myself)\b", clause)


@dataclass(frozen=True)
class CrisisCheck:
    """The level, and which phrase groups matched (their names only, never the text)."""

    level: CrisisLevel
    signs: tuple[str, ...] = ()


def _clean(clause: str) -> str:
    for pattern in FALSE_RE:
        clause = pattern.sub(" ", clause)
    return clause


def assess(text: str | None) -> CrisisCheck:
    """The crisis level of a text: explicit, soft (ambiguous) or none.

    Per clause: a false-alarm idiom is removed first ("I killed it in the interview"); an explicit
    phrase counts as explicit, or as soft when negated ("I am not suicidal") or about someone
    else; a soft phrase counts as soft, or not at all when negated. The highest level wins.
    """
    if not text or not text.strip():
        return CrisisCheck(CrisisLevel.NONE)
    level = CrisisLevel.NONE
    signs: list[str] = []
    for raw in clauses(text):
        clause = _clean(raw)
        for name, pattern in EXPLICIT_RE.items():
            for match in pattern.finditer(clause):
                found = CrisisLevel.EXPLICIT
                if _negated(clause, match.start()) or _about_someone_else(clause):
                    found = CrisisLevel.SOFT
                level = max(level, found, key=lambda lv: lv.rank)
                signs.append(name if found == CrisisLevel.EXPLICIT else name + ":softened")
        for match in COMPOSITE_RE.finditer(clause):
            if _negated(clause, match.start()) or _about_someone_else(clause):
                level = max(level, CrisisLevel.SOFT, key=lambda lv: lv.rank)
                signs.append("wish_death:softened")
            else:
                level = CrisisLevel.EXPLICIT
                signs.append("wish_death")
        for name, pattern in SOFT_RE.items():
            for match in pattern.finditer(clause):
                if _negated(clause, match.start()):
                    continue
                level = max(level, CrisisLevel.SOFT, key=lambda lv: lv.rank)
                signs.append(name)
    return CrisisCheck(level, tuple(dict.fromkeys(signs)))


HOPELESSNESS_SOFT = 8  # with mood 1, a check-in with hopelessness this strong gets a soft note


def assess_check_in(check_in: CheckIn) -> CrisisCheck:
    """A check-in's level: its free text, and a soft note for very strong hopelessness at the
    lowest mood (the check-in itself can say what the words do not)."""
    result = assess(check_in.something_else)
    if (
        result.level == CrisisLevel.NONE
        and check_in.mood == 1
        and check_in.intensity_of(Emotion.HOPELESSNESS) >= HOPELESSNESS_SOFT
    ):
        return CrisisCheck(CrisisLevel.SOFT, ("hopelessness_rating",))
    return result


@dataclass(frozen=True)
class CrisisMessage:
    level: CrisisLevel
    headline: str
    lines: tuple[str, ...]
    resources: tuple[CrisisResource, ...] = field(default_factory=tuple)
    emergency: str = ""

    @property
    def text(self) -> str:
        parts = [self.headline, *self.lines]
        parts += ["  " + r.line for r in self.resources]
        return "\n".join(parts)


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
            lines
            + (
                CrisisResource(
                    "If you might act on these thoughts or are in danger",
                    f"call {place.emergency} or go to the nearest emergency department",
                ),
            ),
            place.emergency,
        )
    return CrisisMessage(
        level,
        "A gentle note: a job search can weigh a lot.",
        (
            "If it ever feels heavier than the search itself, you can talk to someone at any "
            "hour, free and in confidence:",
        ),
        lines,
        place.emergency,
    )


CLOSING = (
    "What you wrote stays private on this computer. bounceback is not a crisis service; the "
    "people above are there for exactly this."
)
