"""Per-reason precision and recall of the reason classifier, 5-fold cross-validated.

Run: .venv/bin/python bench/eval_reasons.py [--folds 5] [--misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bounceback.learning.classifier import train
from bounceback.learning.corpus import parse_corpus
from bounceback.learning.cues import CUE_WEIGHT, cue_examples
from bounceback.learning.evaluation import cross_validate

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "reasons" / "reasons.tsv"


def pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--misses", action="store_true", help="print texts whose primary was missed"
    )
    parser.add_argument("--no-cues", action="store_true", help="corpus only, without cue phrases")
    args = parser.parse_args()
    examples = parse_corpus(CORPUS.read_text(encoding="utf-8"), str(CORPUS))
    prior = None if args.no_cues else train(cue_examples(), weight=CUE_WEIGHT)
    result = cross_validate(examples, args.folds, prior)
    setup = "corpus only" if args.no_cues else "cue phrases + corpus"
    print(f"{result.texts} labelled texts, {args.folds}-fold cross-validation, {setup}\n")
    print(f"{'reason':<24}{'support':>8}{'predicted':>10}{'precision':>11}{'recall':>9}")
    for score in result.scores.values():
        print(
            f"{score.reason:<24}{score.support:>8}{score.predicted:>10}"
            f"{pct(score.precision):>11}{pct(score.recall):>9}"
        )
    precision, recall = result.micro()
    print(f"\n{'micro average':<42}{pct(precision):>11}{pct(recall):>9}")
    print(
        f"primary reason right: {result.primary_correct}/{result.texts} "
        f"({result.primary_accuracy * 100:.1f}%)"
    )
    if not args.no_cues:
        cues_only = sum(
            1 for e in examples if (s := prior.suggest(e.text)) and s[0].reason == e.reasons[0]
        )
        print(
            f"cue phrases alone, no training: primary right {cues_only}/{len(examples)} "
            f"({cues_only / len(examples) * 100:.1f}%)"
        )
    if args.misses:
        for text, gold, predicted in result.misses:
            print(f"\n- gold {gold} got {predicted}\n  {text[:160]}")


if __name__ == "__main__":
    main()
