"""Vocabulary names that are also ordinary words, read in their ordinary sense: "a reasonable
prospect of" is no sales prospecting, "a hotel and spa" no spa treatments, "pupils with
communication needs" no communication skills asked of you.

The rules live in one data file, `data/ordinary_senses.txt` (entry, pattern, why); a vocabulary
match of that entry is dropped where a match of the pattern on its line covers it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import NamedTuple

from bounceback.domain.skills import SkillMatch, SkillSource

DATA_FILE = "ordinary_senses.txt"


class Sense(NamedTuple):
    entry: str
    pattern: re.Pattern[str]
    why: str


def parse(text: str) -> list[Sense]:
    """The rules of the data file's text; a malformed line is an error naming its number."""
    out: list[Sense] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"{DATA_FILE} line {number}: want 'entry | pattern | why'")
        try:
            pattern = re.compile(parts[1], re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{DATA_FILE} line {number}: {exc}") from exc
        out.append(Sense(parts[0], pattern, parts[2]))
    return out


@cache
def senses() -> dict[str, tuple[Sense, ...]]:
    """The shipped rules, by the entry's name (case folded)."""
    raw = resources.files("bounceback.skills").joinpath("data", DATA_FILE).read_text("utf-8")
    by_entry: dict[str, list[Sense]] = {}
    for sense in parse(raw):
        by_entry.setdefault(sense.entry.casefold(), []).append(sense)
    return {k: tuple(v) for k, v in by_entry.items()}


def ordinary_sense(text: str, match: SkillMatch) -> Sense | None:
    """The rule that reads this vocabulary match as an ordinary word, if one does."""
    if match.source in (SkillSource.TEXT, SkillSource.USER):
        return None
    rules = senses().get(match.skill.casefold())
    if not rules or text[match.start : match.end] != match.text:
        return None
    line_start = text.rfind("\n", 0, match.start) + 1
    line_end = text.find("\n", match.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    start, end = match.start - line_start, match.end - line_start
    for rule in rules:
        if any(x.start() <= start and end <= x.end() for x in rule.pattern.finditer(line)):
            return rule
    return None


def drop_ordinary(text: str, matches: Iterable[SkillMatch]) -> list[SkillMatch]:
    """The matches without those read in an ordinary sense."""
    return [m for m in matches if ordinary_sense(text, m) is None]
