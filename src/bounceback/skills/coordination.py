"""A hyphenated skill whose first part is shared with the word before it: "front- and back-end
development" asks for front-end development as well as back-end development, "first- or
second-line support" for both lines (round 16).

Only the suspended word is added, as its own mention of the skill spelled out ("Front-" in the
text, named "front-end development"), so that it overlaps nothing already found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bounceback.domain.skills import SkillMatch, SkillSource
from bounceback.skills.phraseshape import entry_for
from bounceback.skills.vocabulary import Vocabulary

# "front- and ", "first-, ", "pre- or ", "short-/": a word and its hyphen left hanging.
_HANGING = re.compile(r"(?<![\w-])([A-Za-z]{2,15})-\s*(?:,\s*|\s*(?:and/or|and|or|&|/)\s+|/\s*)$")


def suspended(text: str, found: list[SkillMatch], vocabulary: Vocabulary) -> list[SkillMatch]:
    """The mentions with the skill each hanging hyphen before one of them names added."""
    names = {m.skill.casefold() for m in found}
    added: list[SkillMatch] = []
    for m in found:
        head, dash, rest = m.text.partition("-")
        if not dash or not rest or not head.isalpha() or m.text != text[m.start : m.end]:
            continue
        hanging = _HANGING.search(text, max(0, m.start - 30), m.start)
        if hanging is None or hanging.end() != m.start:
            continue
        prefix = hanging.group(1)
        written = f"{prefix}-{rest}"
        known = entry_for(vocabulary, written)
        if known is not None:
            name, category, source = known.name, known.category, known.source
        elif m.source is SkillSource.TEXT:
            skill_head, _, skill_rest = m.skill.partition("-")
            if not skill_rest:
                continue
            lead = prefix.lower() if skill_head[:1].islower() else prefix
            name, category, source = f"{lead}-{skill_rest}", m.category, m.source
        else:
            continue  # the vocabulary names "back-end" but not "front-end": leave it
        if name.casefold() in names:
            continue
        names.add(name.casefold())
        start = hanging.start(1)
        added.append(
            replace(
                m,
                skill=name,
                category=category,
                source=source,
                text=text[start : start + len(prefix) + 1],
                start=start,
                end=start + len(prefix) + 1,
            )
        )
    return found + added
