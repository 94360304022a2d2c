"""When two names of a skill name the same skill, to a reader: one definition for the gaps and
for the evaluation that scores the extractor.

A posting and a resume, or a posting and the person who reads it, rarely name a skill in the
same words: "calendaring skills" and "calendaring deadlines", "Intermediate Excel" and "Excel",
"calm under pressure" and "working under pressure", "structural welding" and "welding". Two
names are the same skill when, once the words that only dress a skill are set aside ("skills",
"experience", "knowledge of", "strong", "advanced"...), the words of one are all words of the
other, and the shorter holds a word that says what the skill is. A bare broad word ("care",
"safety", "customer", "data") never stands for a longer name: "care" is not "dementia care".

The vocabulary's own names (an entry and its other names) are the other way two names meet;
this module adds only the reader's rule for words (and, from `degreenames`, for the names of
degrees), and knows nothing of the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bounceback.skills.degreenames import covers, degree_name, same_degree

# Words that dress a skill without saying which one it is.
DRESSING = frozenset(
    [
        "skills",
        "skill",
        "experience",
        "experienced",
        "knowledge",
        "ability",
        "abilities",
        "proficiency",
        "proficient",
        "strong",
        "good",
        "excellent",
        "solid",
        "sound",
        "understanding",
        "familiarity",
        "demonstrable",
        "demonstrated",
        "proven",
        "relevant",
        "general",
        "hands",
        "on",
        "hand-on",
        "hands-on",
        "of",
        "and",
        "or",
        "the",
        "in",
        "with",
        "for",
        "a",
        "an",
        "to",
        "at",
        "on",
        "using",
        "use",
        "your",
        "our",
    ]
)
# Words too broad to stand alone for a longer name ("care" is not "dementia care").
BROAD = frozenset(
    [
        "care",
        "safety",
        "customer",
        "service",
        "services",
        "data",
        "management",
        "support",
        "team",
        "teamwork",
        "work",
        "training",
        "quality",
        "health",
        "record",
        "records",
        "system",
        "systems",
        "software",
        "tools",
        "tool",
        "equipment",
        "maintenance",
        "operations",
        "operation",
        "planning",
        "communication",
        "communications",
        "leadership",
        "administration",
        "office",
        "sales",
        "technical",
        "clinical",
        "patient",
        "client",
        "clients",
        "people",
        "time",
        "written",
        "verbal",
        "english",
        "computer",
        "process",
        "processes",
        "control",
        "report",
        "reports",
        "reporting",
        "documentation",
        "analysis",
        "design",
        "development",
        "testing",
        "standards",
        "procedures",
        "practice",
        "practices",
        "business",
        "project",
        "projects",
        "general",
        "industry",
        "environment",
        "level",
        "certificate",
        "certification",
        "licence",
        "license",
        "qualification",
        "degree",
        "diploma",
        "card",
        "accounting",
        "cleaning",
        "closing",
        "filing",
    ]
)
# What a longer name adds to one word when it names the same skill: doing it, knowing it,
# holding its credential ("hazmat" / "hazmat endorsement", "RCD" / "RCD installation").
ACTIVITY = frozenset(
    [
        "installation",
        "install",
        "installing",
        "repair",
        "repairs",
        "fitting",
        "operation",
        "operating",
        "operator",
        "use",
        "using",
        "knowledge",
        "experience",
        "assistance",
        "support",
        "upgrade",
        "upgrades",
        "endorsement",
        "certification",
        "certificate",
        "licence",
        "license",
        "ticket",
        "card",
        "checks",
        "check",
        "testing",
        "test",
        "handling",
        "awareness",
        "maintenance",
        "work",
        "works",
        "replenishment",
        "delivery",
        "haulage",
        "basic",
        "intermediate",
        "advanced",
        "expert",
        "proficient",
    ]
)

_TOKEN = re.compile(r"[a-z0-9+#]+(?:[.'][a-z0-9]+)*")


def _stem(word: str) -> str:
    word = word.replace("licence", "license").replace("'", "")
    word = re.sub(r"(?<=\w)is(ation|e|ing|ed)$", r"iz\1", word)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


@lru_cache(maxsize=8192)
def core_words(name: str) -> frozenset[str]:
    """The words of a skill's name that say which skill it is (stemmed, without dressing)."""
    words = [w for w in _TOKEN.findall(name.casefold().replace("’", "'")) if w not in DRESSING]
    return frozenset(_stem(w) for w in words)


def _stands_alone(words: frozenset[str]) -> bool:
    return any(w not in _BROAD and (len(w) > 2 or not w.isalpha()) for w in words)


def _ends(name: str) -> tuple[str, str]:
    words = [w for w in _TOKEN.findall(name.casefold().replace("’", "'")) if w not in DRESSING]
    return (_stem(words[0]), _stem(words[-1])) if words else ("", "")


def _names_same(wa: frozenset[str], a: str, wb: frozenset[str], b: str) -> bool:
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    (small, s_name), (large, l_name) = sorted(((wa, a), (wb, b)), key=lambda x: len(x[0]))
    if not (small < large and _stands_alone(small)):
        return False
    if len(small) > 1:
        return True
    # One word stands for a longer name when the rest only does, knows, holds or grades it
    # ("hazmat endorsement", "Intermediate Excel"), or when it names a piece of work that the
    # longer name only narrows ("structural welding", "calendaring deadlines"); not when the
    # longer name is another thing ("Azure Databricks", "wet mopping", "Section 47 enquiries").
    (word,) = small
    rest = large - small
    if rest <= _ACTIVITY:
        return True
    return word in _ends(l_name) and word.endswith("ing") and len(word) >= 6


def same_skill(a: str, b: str) -> bool:
    """Whether a reader takes the two names for one skill (see the module's note); two names of
    one degree are one skill however each is written (`degreenames`: "B.Sc. Nursing" and
    "Bachelor of Science in Nursing")."""
    return _names_same(core_words(a), a, core_words(b), b) or bool(same_degree(a, b))


_BROAD = frozenset(_stem(w) for w in BROAD)
_ACTIVITY = frozenset(_stem(w) for w in ACTIVITY)


class Covered:
    """A set of skill names that also holds every name naming one of them ("Excel" on a
    resume covers "Intermediate Excel" in a posting)."""

    def __init__(self, names: Iterable[str]) -> None:
        names = list(names)
        self._exact = {n.casefold() for n in names}
        # Two names are one skill only when one's core words are all the other's, so they share
        # a word: each name is compared with the names that share one, once.
        self._by_word: dict[str, list[tuple[frozenset[str], str]]] = {}
        for n in self._exact:
            core = frozenset(core_words(n))
            for word in core:
                self._by_word.setdefault(word, []).append((core, n))
        # degrees meet by subject, whatever their words ("B.Com", "Bachelor of Commerce"), and a
        # degree held meets one asked at its level or below ("MSc Nursing" meets "BSc Nursing")
        self._degrees = [n for n in names if degree_name(n) is not None]
        self._answers: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        folded = name.casefold()
        if folded in self._exact:
            return True
        if folded not in self._answers:
            words = core_words(name)
            near = {n: core for w in words for core, n in self._by_word.get(w, ())}
            self._answers[folded] = any(
                _names_same(words, name, core, n) for n, core in near.items()
            ) or (degree_name(name) is not None and any(covers(n, name) for n in self._degrees))
        return self._answers[folded]
