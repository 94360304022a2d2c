"""Where the phrase lists' indirect kinds ask, and what round 21's rule would raise (issue 15).

    .venv/bin/python scripts/crisis_indirect_kinds.py FILE.jsonl [FILE.jsonl ...]

For every labelled text whose phrase reading holds an indirect kind (crisis_indirect.KINDS) and
asks: its written level and, per cut of the n-gram model's explicit reading (of the text or one
sentence), how many texts the rule would raise from the question to the full message with that
cut (the rule's other conditions, the writer's own phrase and nothing lowered, as the app reads
them). Counts only, never a text. The cut was chosen with it on the helpers' texts and strangers
AD and AE (docs/history/crisis-safety.md, round 21).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery import crisis, crisis_indirect
from bounceback.recovery.crisis import assess, rules_only

CUTS = (0.3, 0.35, 0.4, 0.45, 0.5)
GOLD = {"explicit": "explicit", "heavy": "heavy", "soft": "heavy", "ordinary": "ordinary",
        "none": "ordinary"}


def level_at(text: str, cut: float) -> CrisisLevel:
    """The app's level for the text with the rule's cut at `cut`."""
    crisis.INDIRECT_AGREES = cut
    try:
        return assess(text).level
    finally:
        crisis.INDIRECT_AGREES = crisis_indirect.AGREES


def main(paths: list[str]) -> int:
    matched: Counter[str] = Counter()
    raised: Counter[tuple[float, str]] = Counter()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if not crisis_indirect.asked_by_kind(rules_only(row["text"]).signs):
                continue
            gold = GOLD[row["level"]]
            matched[gold] += 1
            without = level_at(row["text"], 2.0)  # the rule never acts
            for cut in CUTS:
                if without != CrisisLevel.EXPLICIT and level_at(row["text"], cut) == CrisisLevel.EXPLICIT:
                    raised[(cut, gold)] += 1
    print("texts an indirect kind asked:", dict(sorted(matched.items())))
    for cut in CUTS:
        print(f"cut {cut}: raised to the full message", {g: raised[(cut, g)] for g in sorted(matched)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
