"""Speed of the recovery checks: the crisis check and emotion suggestions on typical and long
texts, long journal entries (round 29: corpora/crisis/dev/G27a and G27b beside the short notes of
G26a, processor time per entry and the ratio), and `recovery` status over the large demo. Prints
figures; asserts nothing.

Run: .venv/bin/python bench/bench_recovery.py [--per-language N]

`--per-language N`: the first N texts of each language only (`make bench` times 300 of each
language's ~1,000: the mean and the 95th percentile hold; every text was a quarter of an hour
at a load average of 20). The large demo is the benchmarks' own, built once into .bench-cache/
for the same "now" (bench/common.py), and read from a copy.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.emotions import suggest

SHORT = (
    "Gutted, I really wanted this one. I'm not suicidal, just tired, and this search is killing "
    "me. Tomorrow I'll send two more applications."
)


def per_call(fn, arg, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        fn(arg)
    return (time.perf_counter() - start) / repeat


def per_language(limit: int | None = None) -> None:
    """The crisis check over the helpers' training texts, language by language (every text is
    different, so no cache helps): mean and slowest time per entry."""
    import json
    from collections import defaultdict

    root = Path(__file__).resolve().parent.parent / "corpora" / "crisis" / "authors"
    texts: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts[row["lang"]].append(row["text"])
    from bounceback.recovery.crisis_lexicon import available, lexicon

    start = time.perf_counter()
    assess("warm up")
    for lang in (*available(), "global"):
        lexicon(lang)
    print(f"crisis check, first use (the detector, the model and 15 phrase lists loaded): "
          f"{time.perf_counter() - start:.2f} s, once per process")
    every = []
    for lang in sorted(texts):
        times = []
        for text in texts[lang][:limit]:
            start = time.perf_counter()
            assess(text)
            times.append(time.perf_counter() - start)
        every += times
        print(f"crisis check, {lang}: {1e3 * sum(times) / len(times):.2f} ms per entry "
              f"(slowest {1e3 * max(times):.1f} ms, {len(times)} texts)")
    every.sort()
    print(f"crisis check, all languages: mean {1e3 * sum(every) / len(every):.2f} ms, "
          f"95th percentile {1e3 * every[int(0.95 * (len(every) - 1))]:.2f} ms per entry "
          "(target: under 5 ms, in process and offline)")


def long_entries() -> None:
    """Issue 15's speed condition on long journal entries (80-240 words, several paragraphs:
    corpora/crisis/dev/G27a.jsonl and G27b.jsonl), beside the short notes of G26a.jsonl:
    processor time per entry (time.thread_time around `assess`), after a warm-up that loads
    every phrase list and the encoder (round 29)."""
    import json

    from bounceback.recovery.crisis_encoder import loaded
    from bounceback.recovery.crisis_lexicon import available, lexicon

    for lang in (*available(), "global"):
        lexicon(lang)
    loaded()
    assess("warm up: " + "a long entry about the week, the interviews and the rest. " * 8)
    dev = Path(__file__).resolve().parent.parent / "corpora" / "crisis" / "dev"
    means = {}
    for label, names in (("long", ("G27a.jsonl", "G27b.jsonl")), ("short", ("G26a.jsonl",))):
        times = []
        for name in names:
            for line in (dev / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    text = json.loads(line)["text"]
                    start = time.thread_time()
                    assess(text)
                    times.append(time.thread_time() - start)
        times.sort()
        means[label] = sum(times) / len(times)
        print(f"crisis check, {label} entries ({', '.join(names)}): processor mean "
              f"{1e3 * means[label]:.2f} ms, 95th percentile "
              f"{1e3 * times[int(0.95 * (len(times) - 1))]:.2f} ms per entry "
              f"({len(times)} texts; target: under 5 ms)")
    print(f"crisis check, long entries / short: {means['long'] / means['short']:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, help="time only the first N texts of each")
    args = parser.parse_args()
    per_language(args.per_language)
    long_entries()
    long_entry = (SHORT + "\n") * 700  # about 100,000 characters, the entry size limit
    for name, fn in (("crisis check", assess), ("emotion suggestions", suggest)):
        short = per_call(fn, SHORT, 500)
        long = per_call(fn, long_entry, 3)
        print(f"{name}: {short * 1e3:.2f} ms per check-in text, {long * 1e3:.0f} ms per "
              f"100k-character entry (ratio {long / short:.0f}x for {len(long_entry) // len(SHORT)}x "
              "the text)")
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    with tempfile.TemporaryDirectory() as tmp:
        moment = datetime(2026, 11, 25, 10)
        from common import demo_path

        shutil.copy(demo_path("large"), Path(tmp) / "b.db")  # built once, for the same "now"
        bb = Bounceback(Settings(database_url=f"sqlite:///{Path(tmp) / 'b.db'}", home=Path(tmp)),
                        clock=lambda: moment)
        start = time.perf_counter()
        status = bb.recovery.status()
        took = time.perf_counter() - start
        records = len(status.resilience.records) if status.resilience else 0
        print(f"recovery status over the large demo ({records} rejections): {took:.2f} s")
        start = time.perf_counter()
        bb.today(moment.date())
        print(f"today's sections (recovery among them), large demo: "
              f"{time.perf_counter() - start:.2f} s")
        bb.close()


if __name__ == "__main__":
    main()
