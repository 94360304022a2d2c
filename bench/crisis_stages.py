"""Where the crisis check's processor time goes, stage by stage, per entry.

    nice -n 10 .venv/bin/python bench/crisis_stages.py              # every 5th helper text
    nice -n 10 .venv/bin/python bench/crisis_stages.py --every 1 --long 300

Runs the stages of `crisis.assess` one after the other on each text, as assess does, and
times each by processor time (time.process_time): language detection, the phrase lists (the
rules, detection excluded), the n-gram model, the decision and, where the decision rules can
use it, the sentence encoder, and (since round 19) the decision's last steps (the idiom step
and the reassurance step, each reading a text again where it may apply). `--long N` adds N long entries of 1-3 KB (consecutive helper
texts of one author joined into one entry). Every cache of the check is emptied before each
text, so each stage does the work it does on a text it never saw. Prints a table of mean and
95th percentile per stage (ms), and how often each stage ran.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bounceback.recovery import (
    crisis,
    crisis_encoder,
    crisis_lang,
)
from bounceback.recovery.crisis_decide import needs_encoder, with_encoder
from bounceback.recovery.crisis_lexicon import available, lexicon
from bounceback.recovery.crisis_model import WORD_RE, shipped_model
from bounceback.recovery.crisis_reassure import last_steps

ROOT = Path(__file__).resolve().parent.parent
CRISIS = ROOT / "corpora" / "crisis"


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def corpus_texts() -> list[list[str]]:
    """Each file's texts (the authors' files, then the older held-out and training files)."""
    out = []
    for path in [*sorted((CRISIS / "authors").glob("*.jsonl")), *sorted(CRISIS.glob("*.jsonl"))]:
        out.append([json.loads(line)["text"] for line in
                    path.read_text(encoding="utf-8").splitlines() if line.strip()])
    return out


def long_entries(files: list[list[str]], count: int) -> list[str]:
    """Entries of 1-3 KB: consecutive texts of one file joined, the target size cycling."""
    out: list[str] = []
    texts = [t for f in files for t in f]
    i = 0
    while len(out) < count and texts:
        target = 1000 + (len(out) * 677) % 2000
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(texts[i % len(texts)])
            i += 7
        out.append(" ".join(parts))
    return out


def clear_caches() -> None:
    """Empty the check's cache of detected languages (a text it never saw). What loads once
    (the detector, the model, the phrase lists, the encoder) and the n-gram model's ids per word
    stay, as in a process that has checked texts before."""
    crisis_lang.candidates.cache_clear()


def stages(text: str) -> dict[str, float]:
    times: dict[str, float] = {}
    clock = time.process_time
    clear_caches()
    start = clock()
    crisis_lang.candidates(text)
    times["detect"] = clock() - start
    start = clock()
    rules = crisis.rules_only(text)
    times["rules"] = clock() - start
    if not text.strip() or len(WORD_RE.findall(text)) < crisis.MODEL_MIN_WORDS:
        return times
    start = clock()
    scores = shipped_model().score(text)
    times["model"] = clock() - start
    start = clock()
    found = crisis.decide(rules, text, scores)
    run = needs_encoder(rules, found, scores, text)
    times["decide"] = clock() - start
    if run:
        start = clock()
        read = crisis_encoder.encoder_scores(text)
        times["encoder"] = clock() - start
        if read is not None:
            start = clock()
            found = with_encoder(rules, found, scores, read, text)
            times["decide"] += clock() - start
    # Round 19: the decision's last steps, as assess takes them (a question only a harmless
    # death idiom earned, or a reassurance of the writer's own, read again without them).
    start = clock()
    last_steps(rules, found, text, _models, concern=scores.concern)
    times["last steps"] = clock() - start
    return times


def _models(text: str) -> crisis.CrisisCheck:
    """The check of a text by the phrase lists and the shipped models (a last step's reread)."""
    return crisis._models(crisis.rules_only(text), text, shipped_model(), True)


def summary(name: str, texts: list[str]) -> None:
    rows = [stages(t) for t in texts]
    totals = sorted(sum(r.values()) for r in rows)
    n = len(rows)
    print(f"## {name}: {n} texts, {sum(map(len, texts)) / max(1, n):.0f} characters on average")
    print("| stage | ran on | mean ms (all texts) | p95 ms (where it ran) |")
    print("| --- | --- | --- | --- |")
    for stage in ("detect", "rules", "model", "decide", "encoder", "last steps"):
        ran = sorted(r[stage] for r in rows if stage in r)
        if not ran:
            continue
        p95 = ran[int(0.95 * (len(ran) - 1))]
        print(f"| {stage} | {len(ran) / n:.0%} | {1000 * sum(ran) / n:.2f} | {1000 * p95:.2f} |")
    print(f"| whole check | 100% | {1000 * sum(totals) / n:.2f} | "
          f"{1000 * totals[int(0.95 * (n - 1))]:.2f} |")
    print()


def main(argv: list[str]) -> int:
    every = int(_option(argv, "--every", "5"))
    count = int(_option(argv, "--long", "100"))
    files = corpus_texts()
    crisis.assess("warm up: load the detector, the model and the phrase lists")
    crisis_encoder.encoder_scores("warm up the encoder")
    for lang in (*available(), "global"):
        lexicon(lang)
    summary(f"corpora/crisis, every {every}th text", [t for f in files for t in f][::every])
    if count:
        summary("long entries (1-3 KB)", long_entries(files, count))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
