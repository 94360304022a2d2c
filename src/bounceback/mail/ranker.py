"""A small linear model that picks one of an email's candidate names (or none).

Each candidate is a set of features (see mail/company.py and mail/roles.py); its score is the
sum of their weights, and "none" is a candidate too. Trained by softmax over each email's
candidates (the right answer is any candidate spelled like the label), on mail by several
authors, keeping only features that at least two authors' mail shows, so that one writer's
habits are not learned as evidence.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from bounceback.files import write_atomic

NONE = "<none>"


@dataclass(slots=True)
class Ranker:
    """Weights per candidate feature; `none` scores the answer "the email names none"."""

    weights: dict[str, float]

    def score(self, feats: Iterable[str]) -> float:
        return sum(map(self.weights.get, feats, repeat(0.0)))

    def pick(self, options: Sequence[tuple[str, Iterable[str]]], none: Iterable[str]
             ) -> tuple[str | None, float]:
        """The best option's text (None when "none" wins) and its probability."""
        scored = [(self.score(feats), text) for text, feats in options]
        empty = self.score(none)
        best = max(scored, default=(empty, None))
        if best[0] <= empty or best[1] is None:
            best = (empty, None)
        peak = best[0]
        total = math.exp(empty - peak) + sum(math.exp(s - peak) for s, _ in scored)
        return best[1], 1.0 / total


@dataclass(slots=True)
class Example:
    """One email's candidates (feature lists), the "none" features, which candidates are
    right (empty: "none" is right), and the author."""

    options: list[list[str]]
    none: list[str]
    right: list[int]
    group: str


# The features that spell a name's own first or last word. A word of a name may tell that it
# is no employer ("Interview", "Team", "Dear"), never that it is one: the employers' own words
# are the names the training mail happened to invent ("Riverside" in five authors' mail), and a
# weight for them let a site, "Riverside House", win over the employer the sender's domain
# spells. Their weights are kept at or below zero.
NAME_WORDS = ("fw:", "lw:")


def fit(examples: Sequence[Example], epochs: int = 20, rate: float = 0.1, l2: float = 1e-4,
        min_groups: int = 2, seed: int = 5, capped: tuple[str, ...] = NAME_WORDS) -> Ranker:
    """Softmax over each example's options plus "none", by AdaGrad; deterministic. Features
    that start with one of `capped` never weigh for a candidate (their weight stays <= 0)."""
    import numpy as np

    owners: dict[str, set[str]] = {}
    for ex in examples:
        for feats in (*ex.options, ex.none):
            for f in feats:
                owners.setdefault(f, set()).add(ex.group)
    groups = {ex.group for ex in examples}
    need = min_groups if len(groups) >= 3 else 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, g in owners.items() if len(g) >= need))}
    rows = []
    for ex in examples:
        ids = [np.array([vocab[f] for f in feats if f in vocab], dtype=np.int64)
               for feats in (*ex.options, ex.none)]
        right = ex.right or [len(ex.options)]
        rows.append((ids, np.array(right, dtype=np.int64)))
    w = np.zeros(len(vocab))
    ceiling = np.array([0.0 if f.startswith(capped) else np.inf for f in vocab])
    g2 = np.full(len(vocab), 1e-8)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for n in rng.permutation(len(rows)):
            ids, right = rows[n]
            scores = np.array([w[i].sum() for i in ids])
            scores -= scores.max()
            p = np.exp(scores)
            p /= p.sum()
            q = np.zeros_like(p)
            q[right] = p[right] / p[right].sum()
            grad_by_option = p - q  # d loss / d score
            touched: dict[int, float] = {}
            for option, g in enumerate(grad_by_option):
                if abs(g) < 1e-9:
                    continue
                for i in ids[option]:
                    touched[int(i)] = touched.get(int(i), 0.0) + float(g)
            if not touched:
                continue
            idx = np.fromiter(touched.keys(), dtype=np.int64, count=len(touched))
            grad = np.fromiter(touched.values(), dtype=float, count=len(touched)) + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] = np.minimum(w[idx] - rate * grad / np.sqrt(g2[idx]), ceiling[idx])
    return Ranker({f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-3})


def save(rankers: dict[str, Ranker], path: Path, meta: dict[str, object]) -> None:
    data = {"meta": meta, "rankers": {name: r.weights for name, r in rankers.items()}}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    write_atomic(path, gzip.compress(text.encode("utf-8"), 9, mtime=0))


def load(path: Path) -> dict[str, Ranker]:
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        return {name: Ranker(dict(weights)) for name, weights in data["rankers"].items()}
    except (OSError, ValueError, KeyError, TypeError, EOFError, gzip.BadGzipFile):
        return {}
