"""The false skills the filter keeps, held out, sorted into classes (`scripts/train_skill_filter.py
--classes`): "second name", "shares a word", "duties", "generic", "other"."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import skill_scoring  # noqa: E402

from bounceback.skills import skillfilter  # noqa: E402

if TYPE_CHECKING:
    from train_skill_filter import Doc


GENERIC_WORDS = frozenset(
    [
        "communication",
        "skills",
        "teamwork",
        "team",
        "work",
        "organisational",
        "organization",
        "organisation",
        "attention",
        "detail",
        "problem",
        "solving",
        "initiative",
        "motivated",
        "flexible",
        "reliable",
        "hardworking",
        "customer",
        "service",
        "time",
        "management",
        "leadership",
        "interpersonal",
        "written",
        "verbal",
        "english",
        "management",
        "support",
        "planning",
        "training",
        "safety",
        "quality",
        "health",
        "record",
        "keeping",
    ]
)


def false_classes(
    docs: list[Doc],
    scores: np.ndarray,
    threshold: float,
    names: skill_scoring.Names,
    examples: list[str] | None = None,
) -> dict[str, Counter[str]]:
    """The false skills kept at the threshold (held-out scores), by class and folder, the first
    class that fits: "second name" (it names a labelled skill another kept candidate already
    names), "shares a word" (a content word of a label, named another way), "duties" (what a
    duty acts on: found in the duties), "generic" (every word a generic one), "other"."""
    out: dict[str, Counter[str]] = {}
    pos = 0
    for d in docs:
        sc = scores[pos : pos + len(d.matches)]
        pos += len(d.matches)
        kept = [m for m, v in zip(d.matches, sc, strict=True) if v >= threshold]
        found = [m.skill for m in kept]
        _r, _missed, extra = skill_scoring.compare(d.labels, found, names)
        alts = list(dict.fromkeys(skill_scoring.alternatives(x) for x in d.labels))
        label_words = {
            w for lab in alts for a in lab for w in skill_scoring.norm(a).split() if len(w) > 3
        }
        rows = skillfilter.features(kept, d.text, d.index, d.title, {})
        by_skill = {m.skill: (m, f) for m, f in zip(kept, rows, strict=True)}
        for skill in extra:
            _m, f = by_skill[skill]
            words = skill_scoring.norm(skill).split()
            partners: list[str] = []
            if any(skill_scoring._accepts(lab, skill, names) for lab in alts):
                kind = "second name"
                partners = [
                    other
                    for other in found
                    if other != skill
                    and any(
                        skill_scoring._accepts(lab, skill, names)
                        and skill_scoring._accepts(lab, other, names)
                        for lab in alts
                    )
                ]
            elif set(words) & label_words:
                kind = "shares a word"
            elif f.get("section_duties"):
                kind = "duties"
            elif f.get("generic", 0) >= 1 or all(w in GENERIC_WORDS for w in words):
                kind = "generic"
            else:
                kind = "other"
            out.setdefault(kind, Counter())[d.folder or "postings"] += 1
            if examples is not None:
                evidence = " ".join(_m.evidence.split())[:140]
                examples.append(
                    f"{kind}\t{d.folder}/{d.name}\t{skill}\t{'; '.join(partners)}\t{evidence}"
                )
            out.setdefault("all", Counter())[d.folder or "postings"] += 1
    return out
