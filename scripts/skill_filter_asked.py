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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from bounceback.domain.skills import SkillMatch
from bounceback.skills import context

if TYPE_CHECKING:
    from train_skill_filter import Doc

# A folder whose postings carry this many labelled skills or fewer, on average, is a checklist.
CHECKLIST_MAX = 12.0
ASKING_SECTIONS = frozenset({context.REQUIRED, context.NICE})


def checklist_folders(docs: list[Doc]) -> set[str]:
    """The folders whose labels are a screening checklist (few skills a posting)."""
    per: dict[str, list[int]] = {}
    for d in docs:
        per.setdefault(d.folder, []).append(d.labelled)
    return {f for f, n in per.items() if sum(n) / len(n) <= CHECKLIST_MAX}


def teaches(folder: str, m: SkillMatch, checklist: set[str]) -> bool:
    """Does this candidate's label say whether it is asked for? (Its name's record for the
    asked-for model is counted from such candidates only.)"""
    return folder in checklist or m.section in ASKING_SECTIONS


def asked_mask(docs: list[Doc], checklist: set[str]) -> np.ndarray:
    """Per candidate of `docs`: does its label say whether it is asked for?"""
    return np.array([teaches(d.folder, m, checklist) for d in docs for m in d.matches], dtype=bool)
