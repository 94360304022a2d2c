"""Fits the question's combined reading (crisis_combined.py) on out-of-fold readings.

    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-rows 0 1
        scores these of the 4 folds held out (crisis_heldout.py's folds: an n-gram model and an
        encoder head trained without the fold, both cached) and pickles their rows to ROWS.pkl
    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl --write-groups A,F,N,W AA,G,Q,Y
        the same, for these groups of authors (each scored by models trained without its group)
    nice -n 10 .venv/bin/python scripts/crisis_combined_fit.py ROWS.pkl...
        fits, compares held out by author and prints the weights and the cut to ship

Each row is one text of an author, read by models that never saw that author's fold. The
regression is fitted where it decides (nothing found, no phrase softened, negated or reassured,
three words or more), explicit statements against ordinary texts. Its cut is the lowest at which
ordinary texts get no more gentle notes than round 12's four thresholds gave them. Held out by
author again (the regression and its cut fitted without the author), prints per language round
12 -> the combined reading, and each text that went down; last, the weights and the cut fitted
on every row, to ship.
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis_combined, crisis_decide
from bounceback.recovery.crisis import MODEL_MIN_WORDS, decide
from bounceback.recovery.crisis_combined import Combined
from bounceback.recovery.crisis_encoder import EncoderScores
from bounceback.recovery.crisis_model import WORD_RE, Scores

ROOT = Path(__file__).resolve().parent.parent
RANK = {"none": 0, "soft": 1, "explicit": 2}


def _heldout() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crisis_heldout", ROOT / "scripts/crisis_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered, so that its rows pickle (round 14: --write-rows failed with "not the same
    # object as crisis_heldout.Row" after the models were trained).
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def write_rows(out: Path, which: Sequence[int], named: Sequence[set[str]] = ()) -> None:
    """Scores the given folds held out (models cached by crisis_heldout.py) into out; or, when
    named, these groups of authors (round 16: the same held-out authors with a corpus that grew
    new authors, whose round-robin folds are others)."""
    h = _heldout()
    examples = h.corpus(ROOT)
    groups = [{f"author:{a}" for a in g} for g in named] or h.fold_groups(examples, 4)
    which = which or range(len(groups))
    kinds = h.kinds_of(sorted((ROOT / h.crisis_training.AUTHORS).glob("*.jsonl")))
    scored: dict[str, Any] = {}
    for i in which:
        group = groups[i]
        kept = [e for e in examples if e.source not in group]
        label = "fold-" + "".join(sorted(g[7:] for g in group))
        part = {}
        for name in sorted(group):
            held = [e for e in examples if e.source == name]
            part[name] = h._rows(held, h._scores(kept, held, label), kinds)
        h.with_encoder_scores(examples, part, {n: group for n in group})
        scored.update(part)
    with out.open("wb") as f:
        pickle.dump(scored, f)


def _words(text: str) -> int:
    return len(WORD_RE.findall(text))


_FOUND: dict[int, Any] = {}
_BEFORE: dict[int, str] = {}


def _found(row: Any) -> Any:
    """decide()'s reading of a row (the rules and the n-gram model), computed once."""
    if id(row) not in _FOUND:
        _FOUND[id(row)] = decide(row.rules, row.example.text, Scores(*row.scores))
    return _FOUND[id(row)]


def eligible(row: Any) -> bool:
    """A text where the combined reading decides: nothing found, nothing quieted."""
    found = _found(row)
    return (_words(row.example.text) >= MODEL_MIN_WORDS and found.level == CrisisLevel.NONE
            and not crisis_decide._quieted((*row.rules.signs, *found.signs)))


def after(model: Combined) -> Callable[[Any], str]:
    """The check's decision (crisis_decide.py) with this combined reading."""
    def rule(row: Any) -> str:
        found = _found(row)
        if _words(row.example.text) < MODEL_MIN_WORDS:
            return str(found.level.value)
        scores = Scores(*row.scores)
        if crisis_decide.needs_encoder(row.rules, found, scores, row.example.text, model):
            found = crisis_decide.with_encoder(row.rules, found, scores,
                                               EncoderScores(*row.encoder), row.example.text, model)
        return str(found.level.value)
    return rule


def alone(model: Combined) -> Callable[[Any], str]:
    """The combined reading alone where it decides (round 13's first cut, not shipped: it took
    the question from 16 explicit statements round 12 asked)."""
    def rule(row: Any) -> str:
        if not eligible(row):
            return after(model)(row)
        if not crisis_combined.worth_encoding(Scores(*row.scores), model):
            return "none"
        return "soft" if _p(row, model) >= model.question else "none"
    return rule


def before(row: Any) -> str:
    """Round 12's decision: where nothing was found, the question from four thresholds."""
    if id(row) not in _BEFORE:
        _BEFORE[id(row)] = _round12(row)
    return _BEFORE[id(row)]


def _round12(row: Any) -> str:
    if not eligible(row):
        return after(crisis_combined.SHIPPED)(row)  # the same outside the question's part
    ngram, concern = max(row.scores[0], row.scores[2]), row.scores[1]
    explicit, heavy = row.encoder
    if ngram < 0.35 and concern < 0.7:  # FLOOR_GATE, FLOOR_CONCERN - 1: the encoder not run
        return "none"
    asked = ((ngram >= 0.4 and explicit >= 0.7) or ngram + explicit >= 1.3
             or concern + heavy >= 1.7)
    return "soft" if asked else "none"


def matrix(rows: Sequence[Any]) -> np.ndarray:
    return np.array([crisis_combined.features(Scores(*r.scores), r.encoder[0], r.encoder[1])
                     for r in rows])


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method, an L2 penalty on the weights (not the bias)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -40, 40)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def _p(row: Any, model: Combined) -> float:
    return crisis_combined.reading(Scores(*row.scores), EncoderScores(*row.encoder), model)


def fitted(rows: Sequence[Any]) -> Combined:
    """Fitted on explicit statements against ordinary texts (heavy texts left out: read as
    neither, held out they gave fewer explicit statements resources); the lowest cut at which
    the rows' ordinary texts get no more gentle notes than round 12 gave them."""
    train = [r for r in rows if eligible(r) and r.example.level != "soft"]
    y = np.array([1.0 if r.example.level == "explicit" else 0.0 for r in train])
    weights, bias = fit(matrix(train), y)
    base = Combined(tuple(round(float(w), 4) for w in weights), round(bias, 4), 1.0)
    ordinary = [r for r in rows if r.example.level == "none" and eligible(r)]
    room = sum(before(r) == "soft" for r in ordinary)
    readings = sorted((_p(r, base) for r in ordinary), reverse=True)
    question = readings[room] + 1e-4 if room < len(readings) else 0.0
    return base._replace(question=round(min(question, 1.0), 4))


def table(pairs: list[tuple[str, str, str, str]]) -> list[str]:
    """(language, written level, before, after) -> per language: explicit full / resources,
    ordinary full / gentle, before -> after."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for lang, gold, b, a in pairs:
        for key in (lang, "all"):
            c = per[key]
            c[gold] += 1
            for tag, found in (("b", b), ("a", a)):
                c[f"{gold}:{tag}:{found}"] += 1
    out = ["| language | explicit: full | explicit: resources | heavy: asked | ordinary: full "
           "| ordinary: gentle |", "| --- | --- | --- | --- | --- | --- |"]
    for key in [*sorted(k for k in per if k != "all"), "all"]:
        c = per[key]

        def cell(gold: str, found: tuple[str, ...], c: Counter[str] = c) -> str:
            b = sum(c[f"{gold}:b:{f}"] for f in found)
            a = sum(c[f"{gold}:a:{f}"] for f in found)
            return f"{b} → {a}/{c[gold]} ({a / c[gold]:.1%})" if c[gold] else "-"
        out.append(f"| {key} | {cell('explicit', ('explicit',))} | "
                   f"{cell('explicit', ('explicit', 'soft'))} | {cell('soft', ('explicit', 'soft'))} | "
                   f"{cell('none', ('explicit',))} | "
                   f"{cell('none', ('soft',))} |")
    return out


def main(argv: list[str]) -> int:
    if "--write-groups" in argv:
        i = argv.index("--write-groups")
        write_rows(Path(argv[0]), (), [set(g.split(",")) for g in argv[i + 1:]])
        return 0
    if "--write-rows" in argv:
        i = argv.index("--write-rows")
        write_rows(Path(argv[0]), [int(a) for a in argv[i + 1:]])
        return 0
    scored: dict[str, Any] = {}
    for path in argv:
        with Path(path).open("rb") as f:
            scored.update(pickle.load(f))
    pairs, solo, downs, ups = [], [], [], Counter()
    for name, rows in sorted(scored.items()):
        model = fitted([r for n, rs in scored.items() if n != name for r in rs])
        rule, only = after(model), alone(model)
        print(f"{name}: the question from {model.question}")
        for r in rows:
            b, a = before(r), rule(r)
            pairs.append((r.example.lang, r.example.level, b, a))
            solo.append((r.example.lang, r.example.level, b, only(r)))
            if RANK[a] < RANK[b]:
                downs.append(f"  {name[7:]} {r.example.lang} {r.example.level} {b} -> {a}: "
                             f"{r.example.text[:140]!r}")
            elif RANK[a] > RANK[b]:
                ups[f"{r.example.level} {b} -> {a}"] += 1
    print("## held out by author: round 12 -> as shipped, round 12's thresholds or the combined "
          "reading (fitted without the author)")
    print("\n".join(table(pairs)))
    print("went up:", dict(ups))
    print(f"went down ({len(downs)}):")
    print("\n".join(downs))
    print("## round 12 -> the combined reading alone (not shipped)")
    print("\n".join(table(solo)[-1:]))
    print("to ship:", fitted([r for rs in scored.values() for r in rs]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
