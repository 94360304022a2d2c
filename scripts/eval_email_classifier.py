"""Grouped cross-validation of the email classifier on corpora/emails: macro-F1, per-kind
precision and recall, and company/role/platform extraction accuracy.

Folds hold out whole groups (a generated email's hand-written core paragraph, or one
hand-written email), so no template is both trained on and tested on.
Run: python scripts/eval_email_classifier.py [--folds 5] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

from bounceback.domain.mail import LabelledEmail
from bounceback.mail.classify import Classifier, looks_job_related
from bounceback.mail.train import CLASSES, REPO_CORPUS, read_corpus, train


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % folds


def norm(value: str | None) -> str:
    """Compare names case-blind, ignoring a leading "The" and spacing."""
    return " ".join((value or "").lower().replace("’", "'").split()).removeprefix("the ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--errors", action="store_true", help="list misclassified emails")
    args = parser.parse_args()
    rows = read_corpus(args.corpus)
    truth: list[str] = []
    pred: list[str] = []
    hits: Counter[str] = Counter()
    errors: list[tuple[LabelledEmail, str, float]] = []
    for k in range(args.folds):
        train_rows = [r for r in rows if fold_of(r.group, args.folds) != k]
        test_rows = [r for r in rows if fold_of(r.group, args.folds) == k]
        clf = Classifier(train(train_rows))
        for row in test_rows:
            got = clf.classify(row.sender, row.subject, row.body)
            truth.append(row.kind.value)
            pred.append(got.kind.value)
            if got.kind != row.kind:
                errors.append((row, got.kind.value, got.confidence))
            if row.kind.value != "other":
                part = "hw" if row.group.startswith("hw:") else "gen"
                for where in ("all", part):
                    hits[f"n:{where}"] += 1
                    hits[f"company:{where}"] += norm(got.company) == norm(row.company)
                    hits[f"role:{where}"] += norm(got.role) == norm(row.role)
    report(truth, pred)
    print("\nextraction accuracy on job-search kinds (exact match, case-blind; null must be null)")
    for where, label in (("all", "all"), ("gen", "composed"), ("hw", "hand-written")):
        n = hits[f"n:{where}"]
        print(f"  {label:13} company {hits[f'company:{where}'] / n:.3f}  "
              f"role {hits[f'role:{where}'] / n:.3f}  (n={n})")
    jobs = [r for r in rows if r.kind.value != "other"]
    kept = sum(looks_job_related(r.sender, r.subject) for r in jobs)
    others = [r for r in rows if r.kind.value == "other"]
    passed = sum(looks_job_related(r.sender, r.subject) for r in others)
    print(f"header prefilter recall on job-search kinds: {kept / len(jobs):.3f} "
          f"({kept}/{len(jobs)}); 'other' emails let through: {passed}/{len(others)}")
    if args.errors:
        for row, got, conf in errors:
            print(f"- {row.group}: {row.kind.value} -> {got} ({conf:.2f}) | {row.subject}")
    return 0


def report(truth: list[str], pred: list[str]) -> None:
    pairs = Counter(zip(truth, pred, strict=True))
    print(f"{len(truth)} emails, {sum(t == p for t, p in zip(truth, pred, strict=True))} right")
    print(f"{'kind':22} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>5}")
    f1s = []
    for kind in CLASSES:
        tp = pairs[(kind, kind)]
        fp = sum(n for (t, p), n in pairs.items() if p == kind and t != kind)
        fn = sum(n for (t, p), n in pairs.items() if t == kind and p != kind)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        print(f"{kind:22} {prec:9.3f} {rec:7.3f} {f1:6.3f} {tp + fn:5d}")
    print(f"macro-F1: {sum(f1s) / len(f1s):.3f}")


if __name__ == "__main__":
    sys.exit(main())
