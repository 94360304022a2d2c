"""Resident memory of the crisis check: load it (detector, phrase lists, n-gram model, sentence
encoder) and check 100 of the helpers' texts, each also read by the encoder. Prints figures;
asserts nothing.

Run: .venv/bin/python bench/crisis_memory.py
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_encoder import encoder_scores, loaded

AUTHORS = Path(__file__).resolve().parent.parent / "corpora" / "crisis" / "authors"


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def rss_mb() -> float:
    """Resident memory now (Linux), besides the peak ru_maxrss gives."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    texts: list[str] = []
    for path in sorted(AUTHORS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        texts += [row["text"] for row in rows[::50]]
    texts = texts[:100]
    print(f"python and the texts: ru_maxrss {max_rss_mb():.0f} MB, now {rss_mb():.0f} MB")
    assess("warm up: load the detector, the phrase lists and the model", encoder=False)
    print(f"rules and n-gram model loaded: ru_maxrss {max_rss_mb():.0f} MB, now {rss_mb():.0f} MB")
    start = time.perf_counter()
    available = loaded() is not None
    print(f"encoder loaded ({'yes' if available else 'unavailable'}, "
          f"{time.perf_counter() - start:.1f} s): ru_maxrss {max_rss_mb():.0f} MB, now {rss_mb():.0f} MB")
    for text in texts:
        assess(text)
        encoder_scores(text)
    print(f"after {len(texts)} checks, each also encoded: ru_maxrss {max_rss_mb():.0f} MB, now {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
