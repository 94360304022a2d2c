"""The asked-for cut and the list's length (round 14), chosen together and scored as
bench/eval_skills.py scores a posting.

`choose_threshold` in train_skill_filter.py chose the cut on candidates: each kept candidate
right or wrong as labelled among all of its posting's candidates. A user sees the skills
themselves: each name once, paired one to one with the labels (`eval_skills.compare`), after
the asked-for list is settled (`bounceback.skills.askedlist.settle`: brackets' examples and the
shorter of overlapping names left to "also mentioned", at most `cap` skills a posting). Here
every pair (cut, cap) of a small grid is scored that way over the held-out asked-for scores of
the first-read checklist folders, pooled, and the best F1 whose recall is ASKED_MIN_RECALL or
more is kept (the smallest cap and the lowest cut on a tie).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from bounceback.skills.askedlist import settle

if TYPE_CHECKING:
    from train_skill_filter import Doc

CUTS = tuple(round(0.25 + 0.01 * k, 2) for k in range(21))  # 0.25 .. 0.45, by 0.01
# 0: no limit. Round 15 left the caps out of the grid: held out, a cap of 14 took the checklist
# folders' recall to the floor exactly (0.700) for +0.002 F1 over no cap, and cut the recall of
# the folders labelled with every skill named (0.418 -> 0.397); the blind sets' recall sits at
# the floor on one set. Put them back here to measure them.
CAPS: tuple[int, ...] = (0,)


def vocabulary_names() -> Any:
    """The vocabulary's names of each skill, as bench/eval_skills.py pairs them."""
    import eval_skills

    from bounceback.skills.vocabulary import builtin_vocabulary

    return eval_skills.Names(builtin_vocabulary())


def settled(d: Doc, sc: np.ndarray, cut: float, cap: int) -> list[int]:
    """The candidates of one posting (by position) asked for at `cut`, as the shipped code
    settles the list (skills/askedlist.py)."""
    picked = [i for i, v in enumerate(sc) if v >= cut]
    kept, _moved = settle(
        [d.matches[i] for i in picked],
        [float(sc[i]) for i in picked],
        d.text,
        cap,
        getattr(d, "index", None),
    )
    ids = {id(m) for m in kept}
    return [i for i in picked if id(d.matches[i]) in ids]


def asked_lists(docs: list[Doc], scores: np.ndarray, cut: float, cap: int) -> list[list[str]]:
    """Per posting: the names asked for, as the shipped code settles them."""
    out = []
    pos = 0
    for d in docs:
        picked = settled(d, scores[pos : pos + len(d.matches)], cut, cap)
        pos += len(d.matches)
        out.append(list(dict.fromkeys(d.matches[i].skill for i in picked)))
    return out


def tally(
    docs: list[Doc], lists: list[list[str]], folders: set[str], names: Any, compare: Any
) -> tuple[int, int, int]:
    """(right, found, labelled) over the postings of `folders`, scored as eval_skills scores."""
    right = found = labelled = 0
    for d, found_names in zip(docs, lists, strict=True):
        if d.folder not in folders:
            continue
        r, _missed, _extra = compare(d.labels, found_names, names)
        right += r
        found += len(found_names)
        labelled += d.labelled
    return right, found, labelled


def prf(right: int, found: int, labelled: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / labelled if labelled else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def choose_cut_and_cap(
    docs: list[Doc],
    scores: np.ndarray,
    folders: set[str],
    names: Any,
    compare: Any,
    min_recall: float,
    caps: tuple[int, ...] = CAPS,
) -> tuple[float, int, list[str]]:
    """The (cut, cap) with the best F1 at recall >= min_recall, and the grid's lines to print."""
    lines = []
    best: tuple[float, float, int] | None = None
    for cap in caps:
        for cut in CUTS:
            p, r, f1 = prf(
                *tally(docs, asked_lists(docs, scores, cut, cap), folders, names, compare)
            )
            if r >= min_recall and (best is None or f1 > best[0] + 1e-9):
                best = (f1, cut, cap)
            if cut in (0.25, 0.30, 0.35, 0.40, 0.45):
                lines.append(f"  cap {cap:>2} cut {cut:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    if best is None:
        return CUTS[0], 0, lines
    return best[1], best[2], lines


def per_folder(
    docs: list[Doc], scores: np.ndarray, cut: float, cap: int, compare: Any
) -> list[str]:
    """P R F1 of each first-read folder's lists at (cut, cap), scored as eval_skills scores."""
    names = vocabulary_names()
    lists = asked_lists(docs, scores, cut, cap)
    out = []
    for folder in dict.fromkeys(d.folder for d in docs):
        p, r, f1 = prf(*tally(docs, lists, {folder}, names, compare))
        out.append(f"  {folder or 'postings':<10} P {p:.2f} R {r:.2f} F1 {f1:.2f}")
    return out
