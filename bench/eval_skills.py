"""Precision and recall of skill extraction on corpora/postings (labelled for this project).

    .venv/bin/python bench/eval_skills.py [--verbose] [--folder DIR ...]

corpora/postings was used to tune the vocabulary; corpora/postings/heldout was written after
the tuning and never used for it, so its figures are the honest ones.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bounceback.skills.evaluation import evaluate
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.vocabulary import builtin_vocabulary

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--folder",
        type=Path,
        action="append",
        help="A labelled folder (default: corpora/postings and its heldout/).",
    )
    parser.add_argument("--verbose", action="store_true", help="List misses and false hits.")
    args = parser.parse_args()
    base = ROOT / "corpora" / "postings"
    matcher = SkillMatcher(builtin_vocabulary())
    for folder in args.folder or [base, base / "heldout"]:
        result = evaluate(folder, matcher)
        print(f"== {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}")
        if args.verbose:
            for f in result.files:
                if f.false_positives or f.false_negatives:
                    print(
                        f"  {f.name}: missed {sorted(f.false_negatives)}; "
                        f"extra {sorted(f.false_positives)}"
                    )
        expected = sum(len(f.expected) for f in result.files)
        found = sum(len(f.found) for f in result.files)
        print(f"postings: {len(result.files)}  labelled skills: {expected}  extracted: {found}")
        p, r, f1 = result.precision, result.recall, result.f1
        print(f"precision: {p:.3f}  recall: {r:.3f}  F1: {f1:.3f}")


if __name__ == "__main__":
    main()
