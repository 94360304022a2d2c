"""What teaches the asked-for model of scripts/train_skill_filter.py.

The labelled folders follow one of two conventions: a screening checklist of about 8-10 skills a
posting (required and preferred only: the oldest folders, authors P, P11, fresh set 11), or about
19-28, every skill the posting names, the duties' tools and methods included (fresh sets 4-10,
authors S and W). The filter (is it a skill a reader lists at all?) learns from both. The
asked-for model (is it asked of the candidate?) learns from every candidate of a checklist folder
but, in a folder labelled with every skill named, only from the candidates under its
requirements: there a labelled skill among the duties says "named", not "asked", and taught the
round-eleven model that a duty's tool is asked for (the largest cause of its false positives on
the checklist folders, held out).

A checklist folder may still count the duties' tools (round 13's convention check,
`duty_counting`): the oldest folders (corpora/postings, heldout, tuning2, tuning3) label 62-77 %
of the candidates named only among the duties (no ask on the line, not named under the
requirements, not implied by the title) as skills, where P labels 27 % and P11 and fresh set 11
5-6 %. Such a folder teaches the asked-for model as a folder labelled with every skill named
does: only from the candidates under its requirements. Otherwise the model learns two
conventions at once, and a duty's tool scores as asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bounceback.domain.skills import SkillMatch
from bounceback.skills import context, skillfilter

if TYPE_CHECKING:
    from train_skill_filter import Doc

# A folder whose postings carry this many labelled skills or fewer, on average, is a checklist.
CHECKLIST_MAX = 12.0
# A folder whose candidates named only among the duties are labelled skills this often or more
# counts the duties' tools: its labels there say "named", not "asked".
DUTY_COUNTED = 0.5
ASKING_SECTIONS = frozenset({context.REQUIRED, context.NICE})


def checklist_folders(docs: list[Doc]) -> set[str]:
    """The folders whose labels are a screening checklist (few skills a posting)."""
    per: dict[str, list[int]] = {}
    for d in docs:
        per.setdefault(d.folder, []).append(d.labelled)
    return {f for f, n in per.items() if sum(n) / len(n) <= CHECKLIST_MAX}


def only_in_duties(f: dict[str, float]) -> bool:
    """A candidate named only among the duties: its line asks nothing, the posting does not name
    it under the requirements, and the title does not imply or name it."""
    return bool(
        f.get("line_duty_no_ask")
        and not f.get("named_in_asks")
        and not f.get("implied_by_title")
        and not f.get("in_title")
    )


def duty_counting(docs: list[Doc]) -> dict[str, tuple[int, int]]:
    """Per folder: how many candidates are named only among the duties, and how many of them
    its labels count as skills (the convention check; printed by train_skill_filter.py)."""
    out: dict[str, tuple[int, int]] = {}
    for d in docs:
        rows = skillfilter.features(d.matches, d.text, d.index, d.title, {})
        flags = [only_in_duties(f) for f in rows]
        seen, labelled = out.get(d.folder, (0, 0))
        out[d.folder] = (
            seen + sum(flags),
            labelled + sum(r for r, f in zip(d.right, flags, strict=True) if f),
        )
    return out


def asked_folders(docs: list[Doc]) -> set[str]:
    """The checklist folders whose every candidate teaches the asked-for model: those that do
    not count the duties' tools."""
    counts = duty_counting(docs)
    return {
        f
        for f in checklist_folders(docs)
        if not (counts[f][0] and counts[f][1] / counts[f][0] >= DUTY_COUNTED)
    }


def teaches(folder: str, m: SkillMatch, checklist: set[str]) -> bool:
    """Does this candidate's label say whether it is asked for? (Its name's record for the
    asked-for model is counted from such candidates only.)"""
    return folder in checklist or m.section in ASKING_SECTIONS


def asked_mask(docs: list[Doc], checklist: set[str]) -> np.ndarray:
    """Per candidate of `docs`: does its label say whether it is asked for?"""
    return np.array([teaches(d.folder, m, checklist) for d in docs for m in d.matches], dtype=bool)
