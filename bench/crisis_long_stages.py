"""Where the crisis check's processor time goes on long journal entries, per language.

    PYTHONPATH=src nice -n 19 .venv/bin/python bench/crisis_long_stages.py \\
        corpora/crisis/dev/G27a.jsonl corpora/crisis/dev/G27b.jsonl ...

Round 27 (issue 15's speed condition on entries of 80-220 words). Each text of the labelled
files is checked once by `crisis.assess`, as the app checks it, with each stage's processor
time (time.thread_time) summed where assess calls it: language detection (crisis_lang,
once per text: it is kept), the phrase lists (`_phrases`, detection included, also where the
decision reads a sentence again), the n-gram model's scoring, the encoder's forward pass (word
pieces included) and how often it ran. Prints, per language of the rows, the mean per entry
of the whole check and of each stage, and the whole check's 95th percentile (ms).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bounceback.recovery import crisis, crisis_encoder, crisis_model
from bounceback.recovery.crisis_lexicon import available, lexicon

STAGES = ("language", "phrases", "ngram", "encoder")


def _timed(owner: Any, name: str, label: str, spent: dict[str, float]) -> None:
    inner = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.thread_time() - start
            spent[label + ":runs"] += 1

    setattr(owner, name, timed)


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__)
        return 2
    # Round 29: the warm-up loads what a process loads once (every phrase list, the encoder, the
    # English patterns' needs on a long entry); before, the first long entry that ran the encoder
    # paid for loading it (about 0.9 s), which raised its language's mean.
    for lang in (*available(), "global"):
        lexicon(lang)
    crisis_encoder.loaded()
    crisis.assess("warm up: load the detector, the model and the encoder, i want to die")
    crisis.assess("warm up: " + "a long entry about the week, the interviews and the rest. " * 8)
    spent: dict[str, float] = defaultdict(float)
    _timed(crisis, "candidates", "language", spent)
    _timed(crisis, "_phrases", "phrases", spent)
    _timed(crisis_model.CrisisModel, "score", "ngram", spent)
    _timed(crisis_encoder.Encoder, "vector", "encoder", spent)
    per: dict[str, list[dict[str, float]]] = defaultdict(list)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            spent.clear()
            start = time.thread_time()
            crisis.assess(row["text"])
            per[row.get("lang", "en")].append({"total": time.thread_time() - start, **spent})
    print("| language | entries | mean | p95 | " + " | ".join(STAGES) + " | encoder ran |")
    print("| --- " * (len(STAGES) + 5) + "|")
    for lang, rows in sorted(per.items()):
        totals = sorted(r["total"] for r in rows)
        n = len(rows)
        means = [1000 * sum(r.get(s, 0.0) for r in rows) / n for s in STAGES]
        ran = sum(1 for r in rows if r.get("encoder:runs"))
        print(f"| {lang} | {n} | {1000 * sum(totals) / n:.2f} | "
              f"{1000 * totals[int(0.95 * (n - 1))]:.2f} | "
              + " | ".join(f"{m:.2f}" for m in means) + f" | {ran}/{n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
