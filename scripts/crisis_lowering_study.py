"""Can a model-based step lower a long entry's full message safely? (round 30, crisis41, issue 15)

    PYTHONPATH=src nice -n 19 .venv/bin/python scripts/crisis_lowering_study.py [--min-words 80]

Reads every labelled text of the guards (scripts/crisis_guards.py: corpora/crisis, the retired
rounds 8-32, the tests' phrase lists) and of corpora/crisis/dev with at least `--min-words`
words that the check gives the full message now, and asks two questions, counts only (no text
is printed):

1. The gate. Where no sentence read alone is explicit to the phrase lists, the n-gram model's
   best sentence is under A and the encoder head's best sentence (each sentence encoded alone)
   is under B: how many ordinary entries, and how many explicit statements, would a step that
   lowers only behind that gate be allowed to touch? (A step may lower nothing a gate lets
   through that is a statement: the guards refuse it.)
2. A classifier behind no gate: a logistic regression on the encoder's vector of the whole entry
   and the models' readings, fitted on the development texts (ordinary = lower, statement =
   keep), its threshold the highest reading of any statement it was fitted on (no fitted
   statement lowered), then applied to the held-out texts: the retired rounds 20 and 21 and
   G27b's odd positions per language (round 27's split).

It also prints the processor time of encoding every sentence of these entries alone (the gate's
price). Held-out texts are counted, never printed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from crisis_guards import texts  # noqa: E402

from bounceback.recovery.crisis import WORD_RE, assess, rules_only, shipped_model  # noqa: E402
from bounceback.recovery.crisis_encoder import encoder_scores, loaded  # noqa: E402
from bounceback.recovery.crisis_training import LEVEL_NAMES  # noqa: E402

DEV = ROOT / "corpora" / "crisis" / "dev"
SPLIT = re.compile(r"(?<=[.!?;。！？；।؟\n])\s*")


def labelled(min_words: int) -> list[tuple[str, str, str]]:
    """(where, label, text) of every labelled text this long, each once."""
    rows = [(t.where, t.level, t.text) for t in texts(ROOT)]
    for path in sorted(DEV.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                rows.append((f"dev:{path.stem}:{n}", LEVEL_NAMES[row["level"]], row["text"]))
    seen: set[str] = set()
    out = []
    for where, label, text in rows:
        if text not in seen and len(WORD_RE.findall(text)) >= min_words:
            seen.add(text)
            out.append((where, label, text))
    return out


def held_out(where: str) -> bool:
    if "round20" in where or "round21" in where:
        return True
    if where.startswith("dev:G27b:"):  # 8 a language in file order; odd positions held out
        return (int(where.rsplit(":", 1)[1]) - 1) % 2 == 1
    return False


def features(row: tuple[str, str, str]) -> dict[str, Any] | None:
    where, label, text = row
    if assess(text).level.value != "explicit" or label == "soft":
        return None
    scores = shipped_model().score(text)
    parts = [p.strip() for p in SPLIT.split(text) if len(p.strip()) > 1]
    start = time.process_time()
    per = [encoder_scores(p) for p in parts]
    spent = time.process_time() - start
    whole = encoder_scores(text)
    parts_ = loaded()
    assert parts_ is not None and whole is not None
    return dict(
        held=held_out(where), ordinary=label == "none", words=len(WORD_RE.findall(text)),
        phrase_sentence=any(rules_only(p).level.value == "explicit" for p in parts),
        ngram=(scores.explicit, scores.concern, scores.sentence),
        encoder=(whole.explicit, whole.concern),
        encoder_sentence=max((e.explicit for e in per if e is not None), default=0.0),
        vector=parts_[0].vector(text), seconds=spent)


def gate_table(rows: list[dict[str, Any]]) -> None:
    print("gate: lists no explicit sentence, n-gram best sentence < A, encoder best sentence < B")
    print("A     B     ordinary (dev/held)   statements (dev/held)")
    for a in (0.5, 0.6, 0.7):
        for b in (0.5, 0.6, 0.7, 0.8, 0.9):
            c: Counter[tuple[bool, bool]] = Counter(
                (r["ordinary"], r["held"]) for r in rows if not r["phrase_sentence"]
                and r["ngram"][2] < a and r["encoder_sentence"] < b)
            print(f"{a:<5} {b:<5} {c[True, False]:>3} / {c[True, True]:<3}            "
                  f"{c[False, False]:>3} / {c[False, True]:<3}")


def fit(x: np.ndarray, y: np.ndarray, c: float = 1.0, steps: int = 3000) -> np.ndarray:
    """A balanced, L2-penalised logistic regression by gradient descent; weights then bias."""
    z = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    weight = np.where(y > 0, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        w -= 0.1 * (z.T @ (weight * (p - y)) / len(y) + np.r_[w[:-1], 0] / (c * len(y)))
    return w


def classifier(rows: list[dict[str, Any]]) -> None:
    x = np.array([np.r_[r["vector"], r["ngram"], r["encoder"], r["encoder_sentence"],
                        np.log(r["words"])] for r in rows])
    y = np.array([r["ordinary"] for r in rows], dtype=float)
    held = np.array([r["held"] for r in rows])
    mean, sd = x[~held].mean(0), x[~held].std(0) + 1e-6
    x = np.hstack([(x - mean) / sd, np.ones((len(x), 1))])
    print(f"classifier: fitted on {int((~held).sum())} ({int(y[~held].sum())} ordinary), "
          f"held out {int(held.sum())} ({int(y[held].sum())} ordinary)")
    for c in (0.1, 1.0, 10.0):
        w = fit(x[~held, :-1], y[~held], c)
        p = 1 / (1 + np.exp(-(x @ w)))
        bar = p[~held & (y == 0)].max()
        print(f"  C={c:<5} threshold {bar:.3f}: dev ordinary lowered "
              f"{int((p[~held & (y == 1)] > bar).sum())}; held out: ordinary lowered "
              f"{int((p[held & (y == 1)] > bar).sum())}, statements lowered "
              f"{int((p[held & (y == 0)] > bar).sum())} of {int((held & (y == 0)).sum())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=80)
    args = parser.parse_args(argv)
    found = [features(row) for row in labelled(args.min_words)]
    rows = [r for r in found if r is not None]
    print(f"entries of {args.min_words}+ words given the full message: {len(rows)} "
          f"(ordinary {sum(r['ordinary'] for r in rows)}, statements "
          f"{sum(not r['ordinary'] for r in rows)}); held out {sum(r['held'] for r in rows)}")
    seconds = [r["seconds"] for r in rows]
    print(f"encoding every sentence alone: mean {1000 * np.mean(seconds):.1f} ms, "
          f"95th percentile {1000 * np.percentile(seconds, 95):.1f} ms of processor time")
    gate_table(rows)
    classifier(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
