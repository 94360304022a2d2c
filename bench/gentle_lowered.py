"""Which texts of the repo's crisis corpus the idiom step (crisis_gentle.py) lowers, with the
n-gram model's readings (round 19: crisis.IDIOM_KEEPS_CONCERN keeps the question above 0.95).

    nice -n 10 .venv/bin/python bench/gentle_lowered.py

corpora/crisis/authors and heldout.jsonl with the shipped models (training texts: not held out).
"""

from __future__ import annotations

import json
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_gentle import SETTLED
from bounceback.recovery.crisis_model import shipped_model

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "crisis"


def main() -> None:
    model = shipped_model()
    files = [*sorted((ROOT / "authors").glob("*.jsonl")), ROOT / "heldout.jsonl"]
    rows = [json.loads(line) for path in files
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lowered = []
    for row in rows:
        if SETTLED in assess(row["text"]).signs:
            scores = model.score(row["text"])
            lowered.append((row.get("level"), round(scores.concern, 3),
                            round(scores.explicit, 3), row["text"][:90]))
    print(f"{len(rows)} texts; {len(lowered)} lowered by the idiom step "
          "(level, n-gram concern, n-gram explicit, text)")
    for found in lowered:
        print(found)


if __name__ == "__main__":
    main()
