"""Precision and recall per emotion of the offline emotion suggester on the labelled sets.

Run: .venv/bin/python bench/eval_emotions.py [FILE.jsonl ...]
(default: the three sets in tests/data/recovery/: emotions_dev.jsonl, written with the lexicon;
emotions_heldout.jsonl, written blind and then used to widen the lexicon once;
emotions_heldout2.jsonl, written after that and never used for tuning: the honest figure)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.emotions import suggest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT / "tests/data/recovery/emotions_dev.jsonl",
    ROOT / "tests/data/recovery/emotions_heldout.jsonl",
    ROOT / "tests/data/recovery/emotions_heldout2.jsonl",
]


def load(path: Path) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            rows.append((item["text"], set(item["emotions"])))
    return rows


def evaluate(rows: list[tuple[str, set[str]]]) -> dict[str, dict[str, float]]:
    """Per emotion: tp, fp, fn, precision, recall, f1; plus 'micro' over all emotions."""
    counts = {e.value: [0, 0, 0] for e in Emotion}
    for text, gold in rows:
        predicted = {s.emotion.value for s in suggest(text)}
        for emotion in counts:
            if emotion in predicted and emotion in gold:
                counts[emotion][0] += 1
            elif emotion in predicted:
                counts[emotion][1] += 1
            elif emotion in gold:
                counts[emotion][2] += 1
    result: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0]
    for emotion, (tp, fp, fn) in counts.items():
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        result[emotion] = _figures(tp, fp, fn)
    result["micro"] = _figures(*totals)
    result["macro"] = {
        k: sum(result[e.value][k] for e in Emotion) / len(Emotion)
        for k in ("precision", "recall", "f1")
    }
    return result


def _figures(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def report(name: str, rows: list[tuple[str, set[str]]]) -> None:
    result = evaluate(rows)
    print(f"\n{name}: {len(rows)} texts")
    print(f"{'emotion':<16}{'support':>8}{'precision':>11}{'recall':>8}{'f1':>7}")
    for key, fig in result.items():
        support = fig.get("tp", 0) + fig.get("fn", 0)
        shown = "" if key == "macro" else str(int(support))
        print(f"{key:<16}{shown:>8}{fig['precision']:>11.2f}{fig['recall']:>8.2f}{fig['f1']:>7.2f}")


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or [p for p in DEFAULT if p.exists()]
    for path in paths:
        report(path.name, load(path))


if __name__ == "__main__":
    main(sys.argv[1:])
