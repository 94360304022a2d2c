"""Where a posting's candidate skill stands in a list: an example in brackets after the name it
explains ("Microsoft Office skills (Word, Excel)"), or a later one of alternatives ("athenahealth,
eClinicalWorks or Epic"). A reader lists such an ask once; skillfilter.py learns from these."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bounceback.domain.skills import SkillMatch

_OR_JOIN = re.compile(r"^\s*(?:,|/|or|and/or|,\s*or)\s*$", re.IGNORECASE)


def or_alternatives(matches: Sequence[SkillMatch], text: str) -> set[int]:
    """The candidates (by id) that follow another of the same line in a list of alternatives
    ("athenahealth, eClinicalWorks or Epic", "GitLab CI or GitHub Actions"): the posting asks
    for one of them, and a reader lists the ask once."""
    spans = sorted(
        (m for m in matches if m.end <= len(text) and text[m.start : m.end] == m.text),
        key=lambda m: m.start,
    )
    out: set[int] = set()
    run: list[SkillMatch] = []
    for m in spans:
        if run and m.start >= run[-1].end and _OR_JOIN.match(text[run[-1].end : m.start]):
            run.append(m)
            continue
        out |= _alternatives_of(run, text)
        run = [m]
    return out | _alternatives_of(run, text)


def _alternatives_of(run: list[SkillMatch], text: str) -> set[int]:
    if len(run) < 2:
        return set()
    joins = text[run[0].end : run[-1].start]
    if not re.search(r"\bor\b|/", joins, re.IGNORECASE):
        return set()
    return {id(m) for m in run[1:]}


_BRACKET_GAP = 30  # how far a bracket may open after the name it explains


def bracket_roles(matches: Sequence[SkillMatch], text: str) -> dict[int, tuple[bool, bool]]:
    """Per candidate (by id): whether it is an example in brackets after another candidate
    ("Microsoft Office skills (Word, Excel)", "observability tooling (Prometheus, Grafana)"),
    and whether it is the name such examples explain. A reader lists the name once, with its
    examples as other words for it."""
    roles: dict[int, tuple[bool, bool]] = {}
    spans = [m for m in matches if m.end <= len(text) and text[m.start : m.end] == m.text]
    for m in spans:
        line_start = text.rfind("\n", 0, m.start) + 1
        opened = text.rfind("(", line_start, m.start)
        if opened < 0 or text.rfind(")", opened, m.start) >= 0:
            continue
        parents = [
            p
            for p in spans
            if p is not m
            and line_start <= p.start
            and p.end <= opened
            and opened - p.end <= _BRACKET_GAP
            and "\n" not in text[p.end : opened]
        ]
        if parents:
            roles[id(m)] = (True, roles.get(id(m), (False, False))[1])
            for p in parents:
                roles[id(p)] = (roles.get(id(p), (False, False))[0], True)
    return roles
