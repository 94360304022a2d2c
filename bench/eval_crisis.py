"""Confusion of the crisis check on a labelled set: explicit / soft / none.

    .venv/bin/python bench/eval_crisis.py [FILE.jsonl]   (default: corpora/crisis/heldout.jsonl)

The default set was written blind (by someone who never saw the detector) and is never used
for tuning: it is the honest figure.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from bounceback.recovery.crisis import assess

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ["explicit", "soft", "none"]


def level_name(value: object) -> str:
    text = str(getattr(value, "value", value)).lower()
    if "explicit" in text:
        return "explicit"
    if text in ("none", "no", "") or "none" in text:
        return "none"
    return "soft"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "crisis" / "heldout.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        confusion[(row["level"], level_name(assess(row["text"]).level))] += 1
    print(f"{path.name}: {len(rows)} texts; rows = written level, columns = detected level")
    print(f"{'':>10}" + "".join(f"{c:>10}" for c in LEVELS))
    for written in LEVELS:
        print(f"{written:>10}" + "".join(f"{confusion[(written, d)]:>10}" for d in LEVELS))
    explicit = sum(confusion[("explicit", d)] for d in LEVELS)
    caught = confusion[("explicit", "explicit")]
    any_note = caught + confusion[("explicit", "soft")]
    none_total = sum(confusion[("none", d)] for d in LEVELS)
    print(f"explicit caught as explicit: {caught}/{explicit} ({caught / max(1, explicit):.0%}); "
          f"with any note (explicit or soft): {any_note}/{explicit} ({any_note / max(1, explicit):.0%})")
    print(f"ordinary texts flagged: explicit {confusion[('none', 'explicit')]}/{none_total}, "
          f"soft {confusion[('none', 'soft')]}/{none_total}")


if __name__ == "__main__":
    main()
