"""Evaluate the email classifier on corpora/emails, holding out one author at a time.

Each author's mail is classified by a model trained on everyone else's (the repository's own
composed corpus counts as one author), so a writer's openers, sign-offs and layouts never
help on their own mail. Prints per-kind precision/recall, per-language figures, company, role
and platform accuracy, and calibration error (at the temperature fitted on the same held-out
scores, so the calibration figure here is optimistic; the blind set's is the claim).
--dump FILE writes each email's answer (id, author, kind, confidence, company, role) as JSON
lines, to compare two versions of the code text by text.
Run: python scripts/eval_email_classifier.py [--corpus DIR] [--errors] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from email_metrics import Tally

from bounceback.mail.classify import looks_job_related
from bounceback.mail.employer import company_of
from bounceback.mail.model import fit_temperature
from bounceback.mail.ranker import fit as fit_ranker
from bounceback.mail.rolepick import role_examples, role_of
from bounceback.mail.train import (
    CLASSES,
    REPO_CORPUS,
    company_examples,
    example_features,
    held_out_scores,
    read_corpus,
    read_rows,
)


def softmax(row: list[float], t: float) -> list[float]:
    peak = max(row)
    exps = [math.exp((s - peak) / t) for s in row]
    total = sum(exps)
    return [e / total for e in exps]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO_CORPUS)
    parser.add_argument("--errors", action="store_true", help="list misclassified emails")
    parser.add_argument("--dump", type=Path, help="write each email's answer as JSON lines")
    args = parser.parse_args()
    examples = read_corpus(args.corpus)
    rows = read_rows(args.corpus)
    feats = [example_features(e) for e in examples]
    scores, truth, order = held_out_scores(examples, feats)
    t = fit_temperature(scores, truth)
    tally = Tally()
    by_author: dict[str, Tally] = {}
    # The company and role rankers too are trained without the author they are scored on.
    company_rows = company_examples(rows)
    rankers = {author: fit_ranker([x for x in company_rows if x.group != author])
               for author in sorted({e.group for e in examples})}
    role_rows = role_examples(rows)
    role_rankers = {author: fit_ranker([x for x in role_rows if x.group != author])
                    for author in rankers}
    errors = []
    answers = []
    for row_scores, i in zip(scores, order, strict=True):
        probs = softmax(row_scores, t)
        best = max(range(len(probs)), key=probs.__getitem__)
        kind = CLASSES[best]
        e, row = examples[i], rows[i]
        got: dict[str, object] = {"company": None, "role": None, "platform": None}
        if kind != "other":
            from bounceback.mail.classify import read_body
            from bounceback.mail.features import sender_parts
            from bounceback.mail.platforms import detect_platform

            reading = read_body(e.subject, e.body)
            got["company"] = company_of(e.sender, e.subject, reading, rankers[e.group])
            got["role"] = role_of(e.subject, reading, got["company"], role_rankers[e.group])
            got["platform"] = detect_platform(sender_parts(e.sender)[2], reading.text)
            got["lang"] = reading.lang
        tally.add(row, kind, probs[best], got)
        answers.append({"id": row.get("id"), "author": e.group, "want": e.kind.value,
                        "kind": kind, "confidence": round(probs[best], 4),
                        "company": got["company"], "role": got["role"]})
        by_author.setdefault(e.group, Tally()).add(row, kind, probs[best], got)
        if kind != e.kind.value:
            errors.append((e.group, str(row.get("id")), e.kind.value, kind, probs[best],
                           e.subject))
    tally.report(f"held out by author (temperature {t})")
    print("\nper author (each classified by a model trained without it)")
    for author, part in sorted(by_author.items()):
        n = sum(part.pairs.values())
        right = sum(v for (a, b), v in part.pairs.items() if a == b)
        print(f"  {author:24} {n:5d}  accuracy {right / n:.3f}")
    jobs = [e for e in examples if e.kind.value != "other"]
    kept = sum(looks_job_related(e.sender, e.subject) for e in jobs)
    print(f"\nheader prefilter recall on job-search kinds: {kept / max(1, len(jobs)):.3f} "
          f"({kept}/{len(jobs)})")
    if args.dump:
        args.dump.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers),
                             encoding="utf-8")
    if args.errors:
        for author, rid, want, got_kind, conf, subject in errors:
            print(f"- {author} {rid}: {want} -> {got_kind} ({conf:.2f}) | {subject[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
