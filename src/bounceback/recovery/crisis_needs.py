"""The words a phrase pattern cannot match without: a cheap test that skips a pattern.

Each phrase file holds about 200 regular expressions (crisis_lexicon.py), and most begin with
a word boundary (`\\b(quiero|quisiera) ...`), which keeps Python's regular expression engine
from skipping ahead to a likely start: each one is tried at every position of every sentence,
and on a text of 2,000 characters the phrase lists cost tens of milliseconds. Yet a pattern
can only match where one of a few literal strings stands: `\\b(quiero|quisiera) (\\w+ )?morir`
needs "quiero" or "quisiera", and "morir"; one of them ("morir", the longest shortest) is
enough to test. `needs(pattern)` finds such a set from the pattern's parse tree; a text that
contains none of its strings cannot match the pattern anywhere, and the pattern is not run on
it. The test is only ever a necessary condition (proven by tests/recovery/test_crisis_speed.py
against every text of corpora/crisis): what the lists read is unchanged.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

Needs = frozenset[str] | None  # one of these strings must be in the text; None: no test

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
NO_CASE = re.IGNORECASE | re.LOCALE


def _better(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The more selective of two sets: the longer shortest string, then the fewer strings."""
    return min((a, b), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))


def _sequence(items: Any) -> Needs:
    """A set of which one string must occur in any match of the sequence, or None."""
    best: Needs = None
    run: list[str] = []

    def keep(found: Needs) -> None:
        nonlocal best
        if found and all(found):
            best = found if best is None else _better(best, found)

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            keep(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & NO_CASE:
                keep(_sequence(sub))
        elif op is sre.BRANCH:
            options = [_sequence(option) for option in av[1]]
            if options and all(o is not None for o in options):
                keep(frozenset().union(*(o for o in options if o is not None)))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                keep(_sequence(sub))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            keep(_sequence(av))
        # anything else (a class, any character, an assertion, a backreference) needs no
        # particular string, and ends the current run of literals
    if run:
        keep(frozenset({"".join(run)}))
    return best


def needs(pattern: re.Pattern[str]) -> Needs:
    """Strings one of which is in every text the pattern matches in, or None (no test)."""
    if pattern.flags & NO_CASE or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if tree.state.flags & NO_CASE:
        return None
    return of_tree(tree)


def of_tree(tree: Any) -> Needs:
    """needs() of a parsed pattern without case-insensitive flags (crisis_compiled.py parses a
    pattern once for its program and its needs)."""
    return _sequence(tree)


def may_match(needed: Needs, text: str) -> bool:
    """Whether a pattern with these needs may match somewhere in text."""
    return needed is None or any(s in text for s in needed)
