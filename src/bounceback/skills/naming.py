"""A skill named as the text names it, when the text names a narrower thing than the entry.

The vocabulary files narrower items under one entry: calipers and micrometers under "measuring
tools", G-code under "CNC machining", antenatal care under "midwifery". A posting that asks for
"micrometers, calipers and bore gauges" asks for three things, and a reader lists three: each
mention through such a form is named by that form. A form that shares a word with the entry's
name, or spells its initials ("CNC machining" / "CNC", "DBS check" / "DBS"), is the same skill
and keeps the entry's name. Only bounceback's own entries are read so: the other names
ESCO gives a skill are the same skill in other words.

A phrase is also named without what dresses it ("CAFM system" -> CAFM, "customer satisfaction
(CSAT)" -> customer satisfaction), and a phrase that names a job ("Data Engineer") is no skill.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bounceback.domain.skills import Skill, SkillMatch, SkillSource
from bounceback.skills.occupations import clean_title
from bounceback.skills.vocabulary import Vocabulary, builtin_data

_SMALL = frozenset(["of", "and", "the", "in", "for", "to", "a", "an", "&", "with", "on"])


def _words(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z0-9+#]+", text.casefold()):
        if word in _SMALL:
            continue
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return out


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _SMALL)


@lru_cache(maxsize=8192)
def narrower(form: str, name: str, synonyms: tuple[str, ...] = ()) -> bool:
    """Whether an entry's form names something other than the entry's name says (a form that
    spells the initials of the name or of a form sharing its words is the same skill)."""
    a, b = _words(form), _words(name)
    numbers_a = {w for w in a if any(c.isdigit() for c in w)}
    numbers_b = {w for w in b if any(c.isdigit() for c in w)}
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return True  # "ISO 14001" beside "ISO 9001", "NVQ Level 2" beside "NVQ Level 3"
    if not a or a & b:
        return False
    squeezed = re.sub(r"[^a-z0-9]", "", form.casefold())
    named = re.sub(r"[^a-z0-9]", "", name.casefold())
    if squeezed in (_initials(name), named) or named == _initials(form):
        return False
    same = [s for s in synonyms if _words(s) & b]
    if any(
        squeezed == _initials(s) or re.sub(r"[^a-z0-9]", "", s.casefold()) == _initials(form)
        for s in same
    ):
        return False
    # spelling variants ("catheterization" / "catheterisation") are the same word
    return not any(len(x) > 5 and len(y) > 5 and x[:5] == y[:5] for x in a for y in b)


def as_written(mentions: list[SkillMatch], vocabulary: Vocabulary) -> list[SkillMatch]:
    """The mentions, those through a narrower form named by that form."""
    out = []
    for m in mentions:
        entry = vocabulary.get(m.skill) if m.source is SkillSource.BUILTIN else None
        form = _form(entry, m.text) if entry is not None else None
        if form is not None and narrower(form, entry.name, entry.forms):  # type: ignore[union-attr]
            m = replace(m, skill=form)
        out.append(m)
    return out


def _form(entry: Skill, text: str) -> str | None:
    key = " ".join(text.casefold().split())
    for form in entry.forms:
        if form.casefold() == key:
            return form if not (form[:1].isupper() and form[1:].islower()) else form.casefold()
    return None


# Words that dress a name without adding to it (phrases.py keeps the name).
_KIND_TAIL = re.compile(
    r"\s+(?:systems?|programs?|programmes?|accreditation|certification|certified|machines?|"
    r"models?|(?:electronic )?(?:patient |health )?records?(?: system)?|platform|software|"
    r"framework|checks?|scheme|suite|application|app)$",
    re.IGNORECASE,
)
_PAREN_TAIL = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w&./+-]{1,11}\)$")
_OWNER = re.compile(r"^(?!(?i:bachelor|master|doctor)['’])(?:the )?[A-Z][A-Za-z]*['’]s\s+(?=[A-Z])")


def core_of(
    vocabulary: Vocabulary,
    text: str,
    start: int,
    end: int,
    known: Callable[[Vocabulary, str], Skill | None],
) -> tuple[int, int, Skill | None]:
    """The name inside a phrase that dresses it: "CAFM system", "BICSc accreditation",
    "customer satisfaction (CSAT)", "VA's REACH VET program", "eMaternity electronic record"."""
    for _ in range(3):
        phrase = text[start:end]
        owner = _OWNER.match(phrase)
        if owner and owner.end() < len(phrase):
            start += owner.end()
            continue
        paren = _PAREN_TAIL.search(phrase)
        if paren and paren.start() > 0:
            end = start + paren.start()
            continue
        kind = _KIND_TAIL.search(phrase)
        if kind and kind.start() > 0:
            rest = phrase[: kind.start()]
            if known(vocabulary, rest) is not None or _name_like(rest):
                end = start + kind.start()
                continue
        break
    return start, end, known(vocabulary, text[start:end])


def _name_like(text: str) -> bool:
    """A product's or scheme's name: "CAFM", "eMaternity", "REACH VET", "BICSc"."""
    words = text.split()
    return 0 < len(words) <= 3 and any(
        any(c.isupper() for c in w[1:]) or (w.isupper() and len(w) > 1) for w in words
    )


_PERSON = re.compile(
    r"(?:er|or|ist|ian|eer|man|woman|person|practitioner|officer|assistant|worker|nurse|"
    r"manager|technician|coordinator|specialist|lead|executive|advisor|adviser|operative)$",
    re.IGNORECASE,
)


def job_title(match: SkillMatch) -> bool:
    """A phrase that names a job ("Data Engineer", "early years practitioner"), not a skill."""
    if match.source is not SkillSource.TEXT or not _PERSON.search(match.skill):
        return False
    return clean_title(match.skill) in builtin_data().titles
