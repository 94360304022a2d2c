"""Time the role ranker against the rules alone inside `Classifier.label`, one process.

2,000 corpus messages (shuffled, all kinds), messages per CPU-second, the packaged role ranker
and the rules alone (no role ranker) taking turns, twice (the first pass warms the caches).
Run: python bench/bench_role_ranker.py [--messages 2000]
"""

from __future__ import annotations

import argparse
import random
import time

from bounceback.mail import rolepick
from bounceback.mail.classify import PACKAGED_MODEL, Classifier
from bounceback.mail.model import load
from bounceback.mail.train import read_rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    rows = read_rows()
    random.Random(7).shuffle(rows)
    rows = rows[: args.messages]
    classifier = Classifier(load(PACKAGED_MODEL))
    classifier.warm()

    def rate() -> float:
        start = time.process_time()
        for row in rows:
            classifier.label(str(row.get("from") or ""), str(row.get("subject") or ""),
                             str(row.get("body") or ""))
        return len(rows) / (time.process_time() - start)

    ranker = rolepick.packaged_role_ranker()
    try:
        for _ in range(2):
            rolepick.packaged_role_ranker = lambda: ranker  # type: ignore[assignment]
            with_ranker = rate()
            rolepick.packaged_role_ranker = lambda: None  # type: ignore[assignment]
            rules = rate()
            print(f"role ranker {with_ranker:.0f} msg/s, rules alone {rules:.0f} msg/s, "
                  f"x{with_ranker / rules:.2f}")
    finally:
        rolepick.packaged_role_ranker = lambda: ranker  # type: ignore[assignment]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
