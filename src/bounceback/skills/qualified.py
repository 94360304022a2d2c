"""Two kinds of skill a reader names at another grain than the text's words: a language, and a
driving licence.

- A language dressed with how it is used ("spoken and written English", "basic English",
  "Bilingual English", "English reading") is the language: a recruiter's list says "English".
  The rules read such a line as a phrase in the text's own words, which no list names ("English"
  is too broad a word for the reader's rule of sameskill.py to stand for the phrase).
- A driving licence the text qualifies by its class or by where it is valid ("Class 5 BC
  driver's licence", "Code 08 (EB) driver's licence", "New Zealand driver licence", "manual
  driver's licence") is that licence: the vocabulary's entry ("driving licence") is too broad
  a name for it, and a list names the class it asks for.

Held out (round 15, docs/skills.md), both were missed asks of the checklist folders: the skill
was found, under a name no reader writes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.vocabulary import Vocabulary, builtin_data

LANGUAGES = "languages"
LICENCE_ENTRY = "driving licence"

# Words that say how a language is used, not which one it is.
_LANGUAGE_DRESS = frozenset(
    [
        "spoken",
        "written",
        "verbal",
        "oral",
        "basic",
        "good",
        "excellent",
        "fluent",
        "fluency",
        "strong",
        "conversational",
        "business",
        "professional",
        "working",
        "native",
        "bilingual",
        "reading",
        "writing",
        "speaking",
        "proficiency",
        "proficient",
        "command",
        "level",
        "and",
        "or",
        "of",
        "in",
    ]
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _language_names() -> dict[str, str]:
    """Each one-word name of a language entry (casefolded) -> the entry's name."""
    out: dict[str, str] = {}
    for skill in builtin_data().skills:
        if (
            skill.category == LANGUAGES
            and len(skill.name.split()) == 1
            and skill.name.casefold() not in _LANGUAGE_DRESS
        ):
            out[skill.name.casefold()] = skill.name
    return out


def language_of(phrase: str) -> str | None:
    """The language a phrase names when every other word only says how it is used."""
    words = [w.casefold() for w in _TOKEN.findall(phrase)]
    languages = _language_names()
    named = {languages[w] for w in words if w in languages}
    if len(named) != 1 or not all(w in languages or w in _LANGUAGE_DRESS for w in words):
        return None
    return named.pop()


# What qualifies a licence, read backwards from the licence's words: a class or code (with the
# code's letters in brackets), a place's name or initials, the gearbox.
_CLASS = (
    r"(?:(?:Class|Code|Cat(?:egory)?)\s+[A-Z0-9]{1,3}(?:\s*\([A-Z0-9+]{1,4}\))?|[A-Z]{1,2}\s+class)"
)
_PLACE = r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})"
_QUALIFIER = re.compile(
    rf"(?:(?:{_CLASS}|{_PLACE}|manual|automatic)\s+){{1,3}}$",
)
# capitalised words that open a line or qualify nothing
_NOT_QUALIFIERS = frozenset(
    [
        "a",
        "an",
        "the",
        "valid",
        "full",
        "current",
        "clean",
        "must",
        "hold",
        "holds",
        "holding",
        "have",
        "has",
        "own",
        "and",
        "or",
        "with",
        "uk",
        "possess",
        "possession",
        "requires",
        "required",
        "essential",
        "desirable",
    ]
)
_LICENCE_WORDS = re.compile(r"^(?:driver['’]?s?|driving)\s+licen[cs]es?$", re.IGNORECASE)


def _licence_qualifier(text: str, start: int) -> int | None:
    """Where the qualifier of a licence named at `start` begins, if the text qualifies it."""
    before = text[max(0, start - 48) : start]
    found = _QUALIFIER.search(before)
    if not found:
        return None
    words = found.group(0).split()
    # set aside what opens the run and qualifies nothing ("Valid", "A full, clean")
    drop = 0
    for w in words:
        if w.casefold().strip(",") in _NOT_QUALIFIERS:
            drop += 1
        else:
            break
    if drop == len(words):
        return None
    offset = found.start()
    for w in words[:drop]:
        offset = before.index(w, offset) + len(w)
    rest = before[offset:]
    return max(0, start - 48) + offset + (len(rest) - len(rest.lstrip()))


def qualified(text: str, mentions: list[SkillMatch], vocabulary: Vocabulary) -> list[SkillMatch]:
    """The mentions, a dressed language and a qualified driving licence named as a reader
    names them (see the module's docstring)."""
    out = []
    for m in mentions:
        if m.source is SkillSource.TEXT:
            language = language_of(m.skill)
            entry = vocabulary.get(language) if language else None
            if entry is not None:
                m = replace(m, skill=entry.name, category=entry.category, source=entry.source)
        elif m.skill == LICENCE_ENTRY and _LICENCE_WORDS.match(m.text.strip()):
            at = _licence_qualifier(text, m.start)
            if at is not None and text[m.start : m.end] == m.text:
                name = " ".join(text[at : m.end].split())
                m = replace(m, skill=name, text=text[at : m.end], start=at)
        out.append(m)
    return out
