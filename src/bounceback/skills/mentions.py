"""One mention per skill: the mentions the matcher found merged by skill (the one that asks
kept, its years and the first mention's name carried over), and a form an entry's fuller
mention names read as that mention's skill (split from matcher.py, round 36)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bounceback.domain.skills import Importance, SkillMatch, SkillSource
from bounceback.skills import context
from bounceback.skills.vocabulary import Vocabulary


def one_name_per_entry(mentions: list[SkillMatch], vocabulary: Vocabulary) -> list[SkillMatch]:
    """A form named as written that another mention of the same entry says in full is that
    mention's skill: "a Class A driver" and "a Class A CDL" ask for one CDL, not two skills."""
    by_entry: dict[str, list[SkillMatch]] = {}
    for m in mentions:
        entry = vocabulary.get(m.skill) if m.source is not SkillSource.TEXT else None
        if entry is not None:
            by_entry.setdefault(entry.name, []).append(m)
    renamed: dict[int, str] = {}
    for group in by_entry.values():
        if len({m.skill for m in group}) < 2:
            continue
        for m in group:
            short = " ".join(m.text.casefold().split())
            for other in group:
                longer = " ".join(other.text.casefold().split())
                if other.skill != m.skill and short != longer and re.search(
                    rf"(?<!\w){re.escape(short)}(?!\w)", longer
                ):
                    renamed[id(m)] = other.skill
                    break
    return [replace(m, skill=renamed[id(m)]) if id(m) in renamed else m for m in mentions]


def _key(match: SkillMatch) -> str:
    """One key per skill: a phrase in the text's own words is the same skill whatever its case
    or number ("Farmer Meetings" in a key-skills line, "farmer meetings" in a duty)."""
    if match.source is not SkillSource.TEXT:
        return match.skill
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in re.sub(r"[^\w+#]+", " ", match.skill.casefold()).split()
    ]
    return " ".join(words)


def merge_mentions(mentions: Sequence[SkillMatch] | Iterable[SkillMatch]) -> list[SkillMatch]:
    best: dict[str, SkillMatch] = {}
    for m in mentions:
        key = _key(m)
        current = best.get(key)
        if current is None or _better(m, current):
            if current is not None and current.years and not m.years:
                m = replace(m, years=current.years)
            if current is not None and current.start < m.start:
                m = replace(m, skill=current.skill)  # the first mention's name
            best[key] = m
        elif m.years and not current.years:
            best[key] = replace(current, years=m.years)
    return sorted(best.values(), key=lambda m: m.start)


def _better(new: SkillMatch, old: SkillMatch) -> bool:
    """The mention that asks: one in the requirements (or nice to have) over one among the
    duties ("inspection with micrometers, calipers..." then "proficient with micrometers,
    calipers..."), then a required one over the rest; the first when they tie."""
    return _rank(new) > _rank(old)


_ASKING_SECTIONS = frozenset({context.REQUIRED, context.NICE})


def _rank(m: SkillMatch) -> tuple[bool, bool]:
    return m.section in _ASKING_SECTIONS, m.importance is Importance.REQUIRED
