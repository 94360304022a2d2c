"""A method named in full with its acronym in brackets is one skill: "Design of Experiments
(DOE)", "Measurement System Analysis (MSA)", "FMEA (Failure Mode and Effects Analysis)".

The words of an expansion read as anything else when the vocabulary knows neither form: a duty
verb ("Design" of "Design of Experiments"), a bare noun ("Experiments"). When the acronym spells
the initials of the words beside it, the pair is one skill, named by its expansion as the phrase
finder names "customer satisfaction (CSAT)"; what was read inside the expansion in the text's
own words gives way to it. A pair the vocabulary names (either form) is left to the vocabulary.
"""

from __future__ import annotations

import re

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.mail.given_names import GIVEN_NAMES
from bounceback.skills.evidence import Sentence, TextIndex, named_in_sentence
from bounceback.skills.notemployer import person_named
from bounceback.skills.standards import CATEGORY, reads_sentence
from bounceback.skills.vocabulary import Vocabulary

__all__ = ["find_acronym_pairs"]

_SMALL = r"(?:of|and|&|for|the|in|to|on|with)"
_WORDS = rf"[A-Z][\w-]*(?:[ \t]+(?:{_SMALL}[ \t]+)?[A-Za-z][\w-]*){{1,6}}"
_ACRONYM = r"[A-Z][A-Za-z0-9&]{1,7}"
# Read only at a bracket (a pattern tried at every word cost a millisecond a posting): the
# acronym in it and the words before, or the acronym before it and the words in it.
_IN_BRACKETS = re.compile(rf"\(({_ACRONYM})\)")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z&][\w&-]*[ \t]+){1,10}$")
_ACRONYM_BEFORE = re.compile(rf"(?<![\w-])({_ACRONYM})[ \t]*$")
_WORDS_IN_BRACKETS = re.compile(rf"\(({_WORDS})\)")
_TOKEN = re.compile(r"\S+")
_SMALL_WORDS = frozenset(["of", "and", "&", "for", "the", "in", "to", "on", "with"])
# the last word of a job title's or a body's name, never a skill's: "Chief Executive Officer
# (CEO)", "Senior Leadership Team (SLT)", "Local Government Pension Scheme (LGPS)"
_NO_SKILL_HEAD = frozenset(
    [
        "officer",
        "officers",
        "manager",
        "managers",
        "director",
        "directors",
        "team",
        "teams",
        "board",
        "boards",
        "scheme",
        "schemes",
        "council",
        "councils",
        "committee",
        "committees",
        "executive",
        "partner",
        "partners",
    ]
)


def find_acronym_pairs(
    text: str,
    index: TextIndex,
    found: list[SkillMatch],
    vocabulary: Vocabulary,
    resume: bool = False,
) -> list[SkillMatch]:
    drop: set[int] = set()
    out: list[SkillMatch] = []
    for sentence in index.sentences:
        if "(" not in sentence.text or not reads_sentence(text, sentence, resume):
            continue
        bracket = text.find("(", sentence.start, sentence.end)
        while bracket >= 0:
            pair = _pair(text, sentence.start, sentence.end, bracket)
            bracket = text.find("(", bracket + 1, sentence.end)
            if pair is None:
                continue
            f_start, f_end, acronym, whole = pair
            full = " ".join(text[f_start:f_end].split())
            if vocabulary.get(full) or vocabulary.get(acronym) or not _names_a_skill(full):
                continue
            covering = [m for m in found if m.start < whole[1] and whole[0] < m.end]
            if any(m.source is not SkillSource.TEXT for m in covering):
                continue
            if any(m.start <= f_start and f_end <= m.end for m in covering):
                continue  # the phrase finder named the expansion, or more
            drop.update(id(m) for m in covering)
            out.append(_mention(sentence, full, text, f_start, f_end))
    return [m for m in found if id(m) not in drop] + out


def _names_a_skill(full: str) -> bool:
    """Whether an expansion can name a skill: not a person with their initials ("Mary Jones
    (MJ)"), not a job title or a body ("Chief Executive Officer (CEO)", "Senior Leadership Team
    (SLT)"), and a word in it that is no given name."""
    words = full.split()
    if person_named(full) or words[-1].casefold() in _NO_SKILL_HEAD:
        return False
    return not all(w[:1].isupper() and w.casefold() in GIVEN_NAMES for w in words)


def _pair(
    text: str, start: int, end: int, bracket: int
) -> tuple[int, int, str, tuple[int, int]] | None:
    """The expansion's span, the acronym and the pair's span at one opening bracket."""
    inner = _IN_BRACKETS.match(text, bracket, end)
    if inner:
        before = _WORDS_BEFORE.search(text, max(start, bracket - 120), bracket)
        if before is None:
            return None
        tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, before.start(), bracket)]
        first = _spelled_from([text[a:b] for a, b in tokens], inner.group(1))
        if first is None:
            return None
        return tokens[first][0], tokens[-1][1], inner.group(1), (tokens[first][0], inner.end())
    words = _WORDS_IN_BRACKETS.match(text, bracket, end)
    acronym = _ACRONYM_BEFORE.search(text, start, bracket) if words else None
    if words is None or acronym is None:
        return None
    if _spelled_from(words.group(1).split(), acronym.group(1)) != 0:
        return None
    return words.start(1), words.end(1), acronym.group(1), (acronym.start(1), words.end())


def _spelled_from(tokens: list[str], acronym: str) -> int | None:
    """The first token of the tail whose initials the acronym spells, or None."""
    letters = [c for c in acronym.casefold() if c.isalpha()]
    if len(letters) < 2:
        return None
    for first in range(len(tokens)):
        tail = tokens[first:]
        if not tail[0][:1].isupper():
            continue
        initials = [t[0].casefold() for t in tail if t.casefold() not in _SMALL_WORDS]
        if letters in (initials, [t[0].casefold() for t in tail]):
            return first
    return None


def _spelled(words: str, acronym: str) -> str | None:
    """The tail of `words` whose initials the acronym spells ("Working knowledge of Design of
    Experiments" and DOE give "Design of Experiments"), or None."""
    tokens = words.split()
    first = _spelled_from(tokens, acronym)
    return None if first is None else " ".join(tokens[first:])


def _mention(sentence: Sentence, full: str, text: str, start: int, end: int) -> SkillMatch:
    # "Design of Experiments" -> "design of experiments"; "Monte Carlo" and acronyms keep theirs
    name = " ".join(w.casefold() if w[1:].islower() else w for w in full.split())
    return named_in_sentence(sentence, name, CATEGORY, text[start:end], start, end, "list")
