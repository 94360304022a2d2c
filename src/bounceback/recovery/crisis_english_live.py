"""The English phrase patterns that may match somewhere in a text (round 27, issue 15's speed).

The English reader (crisis.py) runs every explicit and heavy pattern on every clause of a text
and the sentence groups on every sentence: on a journal entry of 80-220 words, some 60 clauses
times 112 patterns, most of which cannot match anywhere in it. As for the other languages'
lists since round 16 (crisis_multi.read), a pattern is run only where the text holds one of the
strings it cannot match without (crisis_needs.needs, a necessary condition read from the
pattern's parse tree): every clause and sentence the reader reads is a part of the joined text
this module looks in, so a pattern left out could not have matched in any of them, and the
reading is the same, sign for sign. The harmless idioms removed from each clause first
(FALSE_RE, one after the other) are each tried only where the clause as it stands then holds
one of the idiom's needed strings (`clean`: the same string out). Short texts (under LONG characters read) run every pattern:
the patterns' needs are parsed once per process (about 60 ms), only when a long entry comes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bounceback.recovery.crisis_needs import Needs, may_match, needs
from bounceback.recovery.crisis_phrases import COMPOSITE_RE, EXPLICIT_RE, FALSE_RE, SOFT_RE

Patterns = list[tuple[str, re.Pattern[str]]]
EXPLICIT: Patterns = list(EXPLICIT_RE.items())
SOFT: Patterns = list(SOFT_RE.items())
LONG = 400  # characters read (clauses and sentences joined) from which the test pays


@lru_cache(maxsize=1)
def _needs() -> tuple[tuple[Needs, ...], tuple[Needs, ...], Needs, tuple[str, ...]]:
    explicit = tuple(needs(p) for _, p in EXPLICIT)
    soft = tuple(needs(p) for _, p in SOFT)
    composite = needs(COMPOSITE_RE)
    strings = {s for n in (*explicit, *soft, composite) if n for s in n}
    return explicit, soft, composite, tuple(sorted(strings))


@lru_cache(maxsize=1)
def _idioms() -> list[tuple[re.Pattern[str], Needs]]:
    return [(pattern, needs(pattern)) for pattern in FALSE_RE]


def idioms_in(texts: list[str]) -> frozenset[int]:
    """The harmless idioms (their places in FALSE_RE) whose needed strings stand somewhere in
    these texts: in a part of any of them, as it is, no other idiom can match (round 29)."""
    everything = "\n".join(texts)
    return frozenset(i for i, (_, wanted) in enumerate(_idioms()) if may_match(wanted, everything))


def clean(clause: str, long: bool = False, marker: str = " ",
          within: frozenset[int] | None = None) -> str:
    """The clause without the harmless idioms (crisis.py's reading), each replaced by `marker`
    (the n-gram model's " harmlessidiom "); for a long entry (`long`) each idiom is tried only
    where the clause as it stands may hold it. `within` (idioms_in of texts the clause is a part
    of): while no idiom has changed the clause, one outside it is not even tested (round 29; once
    one has, the clause is new text and every idiom is tested on it)."""
    if not long:
        for pattern in FALSE_RE:
            clause = pattern.sub(marker, clause)
        return clause
    untouched = within is not None
    for i, (pattern, wanted) in enumerate(_idioms()):
        if untouched and within is not None and i not in within:
            continue
        if may_match(wanted, clause):
            cleaned = pattern.sub(marker, clause)
            if cleaned != clause:
                clause, untouched = cleaned, False
    return clause


def is_long(text: str) -> bool:
    """Whether a normalised text is long enough for the tests above to pay."""
    return 2 * len(text) >= LONG


def _kept(patterns: Patterns, wanted: tuple[Needs, ...], present: frozenset[str]) -> Patterns:
    return [p for p, n in zip(patterns, wanted, strict=True) if n is None or not n.isdisjoint(present)]


def live(parts: list[str]) -> tuple[Patterns, Patterns, bool]:
    """The explicit and heavy patterns (in their order) that may match in any of these texts,
    and whether the composite pattern (a wish next to a death word) may."""
    everything = "\n".join(parts)
    if len(everything) < LONG:
        return EXPLICIT, SOFT, True
    explicit, soft, composite, strings = _needs()
    present = frozenset(s for s in strings if s in everything)
    return (_kept(EXPLICIT, explicit, present), _kept(SOFT, soft, present),
            composite is None or not composite.isdisjoint(present))
