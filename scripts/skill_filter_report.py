"""The table of scripts/train_skill_filter.py: precision, recall and F1 by folder, held out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from skill_filter_fit import f1_at

if TYPE_CHECKING:
    from train_skill_filter import Doc


def outside_software(doc: Doc) -> bool:
    """A posting whose labels name a field of work other than software, IT or data (postings
    without a field, the oldest folders', are left out of this line)."""
    field = doc.field.casefold()
    return bool(field) and not any(w in field for w in ("software", "data", " it", "it "))


def report(docs: list[Doc], scores: np.ndarray, y: np.ndarray, groups: list[str], t: float) -> None:
    print(f"{'folder':<10} {'postings':>8}  before: P R F1         after (held out): P R F1")
    arr = np.array(groups)
    outside = np.array([outside_software(d) for d in docs for _m in d.matches], dtype=bool)
    for folder in [*dict.fromkeys(groups), "all", "not soft."]:
        if folder == "not soft.":
            mask = outside
            chosen = [d for d in docs if outside_software(d)]
        else:
            mask = np.ones(len(groups), bool) if folder == "all" else arr == folder
            chosen = [d for d in docs if folder in ("all", d.folder)]
        labelled = sum(d.labelled for d in chosen)
        n = len(chosen)
        before = f1_at(scores[mask], y[mask], labelled, -1.0)
        after = f1_at(scores[mask], y[mask], labelled, t)
        print(
            f"{folder or 'postings':<10} {n:>8}  {before[1]:.2f} {before[2]:.2f} {before[0]:.2f}"
            f"  ->  {after[1]:.2f} {after[2]:.2f} {after[0]:.2f}  (found {before[4]}->{after[4]},"
            f" right {before[3]}->{after[3]}, labelled {labelled})"
        )
