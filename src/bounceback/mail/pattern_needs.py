"""What a text must hold for one of the role finder's patterns to match in it: a cheap test
that skips the pattern (mail/roles.py's Scan), a necessary condition only, never a guess.

`needs` (recovery/crisis_needs.py) gives, from a pattern's parse tree, strings one of which
every match holds. Two things make the role patterns' test sharper (round 20, the same
matches): an opener written "a(?<=\\ba)ls" is asked for as the word it is ("als" at a word's
start, a space after it), not as the "ls" the parse tree sees; and each part of the pattern's
top-level sequence that needs strings a text may lack (not a space or a letter alone) is
asked for too, not only the part `needs` chose.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# The pattern; strings one of which a text must hold (None: no such test) or, when `words` is
# not None, a place `words` finds; and more sets of strings, one of each to be in the text.
Needed = tuple[re.Pattern[str], frozenset[str] | None, re.Pattern[str] | None,
               tuple[frozenset[str], ...]]


def needed(pattern: re.Pattern[str]) -> Needed:
    """What a text must hold for `pattern` to match in it (see above)."""
    from bounceback.recovery.crisis_needs import needs

    found = needs(pattern)
    strings, words = _opening_words(pattern, found) if found else (found, None)
    return pattern, strings, words, _each_part(pattern, found)


def _each_part(pattern: re.Pattern[str], found: frozenset[str] | None
               ) -> tuple[frozenset[str], ...]:
    """For each part of the pattern's top-level sequence that needs strings, those strings
    (one of each set must be in any text it matches in: each part matches a piece of the
    match), but the set `needs` chose: "t(?<=\\bt)he " needs "he " and one of "position",
    "role", "job" after the title (round 20: a fifth of the role patterns' runs)."""
    from bounceback.recovery.crisis_needs import NO_CASE, _sequence

    if found is None or pattern.flags & NO_CASE:
        return ()
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if tree.state.flags & NO_CASE:
        return ()
    sets: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in tree:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            sets.append(frozenset({"".join(run)}))
            run = []
        part = _sequence([(op, av)])
        if part and all(part):
            sets.append(part)
    if run:
        sets.append(frozenset({"".join(run)}))
    return tuple(sorted({s for s in sets if s != found and all(map(_telling, s))},
                        key=lambda s: (len(s), sorted(s))))


def _telling(string: str) -> bool:
    """Whether a text may well lack `string`: not a space alone or a single letter."""
    return bool(string.strip()) and not (len(string) == 1 and string.isalpha())


# An opener written "a(?<=\ba)ls" (its letter, then a look back for a word's start) gives the
# parse tree only "ls", which most mail holds ("also", "tools", "from" for "s(?<=\bs)om"): the
# foreign pattern then ran on nine texts in ten and found nothing (round 20: 23 us a message,
# the costliest pattern). When such openers stand in the pattern's first group and a space
# must follow that group (_FOREIGN_ROLE's "(?:(?<=['’])|\s)": a letter is no quote), they
# match only where the whole word starts and a space follows: "\b(?:als|som|como)\s".
_LOOK_BACK_OPENER = re.compile(r"(?<=[|:])(\w)\(\?<=\\b\1\)(\w+)(?=[|)])")
_SPACE_AFTER = "(?:(?<=['’])|\\s)"


def _opening_words(pattern: re.Pattern[str], found: frozenset[str]
                   ) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """`found` without the strings that only look-back openers give, and the pattern that
    finds where one of those openers can match (see above); `found` alone when the pattern is
    not of that shape."""
    source = pattern.pattern
    end = _first_group_end(source)
    if end is None or not source.startswith(_SPACE_AFTER, end + 1):
        return found, None
    openers = [m for m in _LOOK_BACK_OPENER.finditer(source, 0, end + 1)
               if _depth(source, m.start()) == 1]
    rest = {m.group(2) for m in openers}
    if not openers or not rest <= found:
        return found, None
    words = "|".join(re.escape(m.group(1) + m.group(2)) for m in openers)
    return found - rest, re.compile(rf"\b(?:{words})\s", pattern.flags)


def _depth(source: str, at: int) -> int:
    """How many groups are open at `at` in a pattern's source (no class there holds a
    bracket: the openers' sources do not)."""
    depth, escaped = 0, False
    for char in source[:at]:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
    return depth


def _first_group_end(source: str) -> int | None:
    """Where the group that opens the pattern closes (None: it opens with no group)."""
    if not source.startswith("(?:"):
        return None
    depth, escaped = 0, False
    for at, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
    return None
