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
from bounceback.skills.evidence import Sentence, TextIndex, importance_of, shorten, years_in
from bounceback.skills.standards import CATEGORY, reads_sentence
from bounceback.skills.vocabulary import Vocabulary

__all__ = ["find_acronym_pairs"]

_SMALL = r"(?:of|and|&|for|the|in|to|on|with)"
_WORDS = rf"[A-Z][\w-]*(?:[ \t]+(?:{_SMALL}[ \t]+)?[A-Za-z][\w-]*){{1,6}}"
_ACRONYM = r"[A-Z][A-Za-z0-9&]{1,7}"
_FULL_FIRST = re.compile(rf"(?<![\w-])({_WORDS})[ \t]*\(({_ACRONYM})\)")
_SHORT_FIRST = re.compile(rf"(?<![\w-])({_ACRONYM})[ \t]*\(({_WORDS})\)")
_SMALL_WORDS = frozenset(["of", "and", "&", "for", "the", "in", "to", "on", "with"])


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
        if not reads_sentence(text, sentence, resume):
            continue
        for pattern, full_group in ((_FULL_FIRST, 1), (_SHORT_FIRST, 2)):
            for hit in pattern.finditer(text, sentence.start, sentence.end):
                full = _spelled(hit.group(full_group), hit.group(3 - full_group))
                if full is None:
                    continue
                acronym = hit.group(3 - full_group)
                if vocabulary.get(full) or vocabulary.get(acronym):
                    continue
                f_start = hit.start(full_group) + (len(hit.group(full_group)) - len(full))
                f_end = hit.end(full_group)
                covering = [m for m in found if m.start < hit.end() and hit.start() < m.end]
                if any(m.source is not SkillSource.TEXT for m in covering):
                    continue
                if any(m.start <= f_start and f_end <= m.end for m in covering):
                    continue  # the phrase finder named the expansion, or more
                drop.update(id(m) for m in covering)
                out.append(_mention(sentence, full, text, f_start, f_end))
    return [m for m in found if id(m) not in drop] + out


def _spelled(words: str, acronym: str) -> str | None:
    """The tail of `words` whose initials the acronym spells ("Working knowledge of Design of
    Experiments" and DOE give "Design of Experiments"), or None."""
    tokens = words.split()
    letters = [c for c in acronym.casefold() if c.isalpha()]
    for first in range(len(tokens)):
        tail = tokens[first:]
        if not tail[0][:1].isupper():
            continue
        initials = [t[0].casefold() for t in tail if t.casefold() not in _SMALL_WORDS]
        every = [t[0].casefold() for t in tail]
        if letters in (initials, every) and len(letters) >= 2:
            return " ".join(tail)
    return None


def _mention(sentence: Sentence, full: str, text: str, start: int, end: int) -> SkillMatch:
    # "Design of Experiments" -> "design of experiments"; "Monte Carlo" and acronyms keep theirs
    name = " ".join(w.casefold() if w[1:].islower() else w for w in full.split())
    return SkillMatch(
        skill=name,
        category=CATEGORY,
        text=text[start:end],
        start=start,
        end=end,
        evidence=shorten(sentence.text, start - sentence.start, end - sentence.start),
        importance=importance_of(sentence),
        years=years_in(sentence),
        source=SkillSource.TEXT,
        section=sentence.kind,
        how="list",
    )
