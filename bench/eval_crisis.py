"""The crisis check measured on labelled sets, per language: aggregate figures only.

    .venv/bin/python bench/eval_crisis.py              # the blind set, then the old held-out set
    .venv/bin/python bench/eval_crisis.py FILE.jsonl   # any labelled file(s)
    .venv/bin/python bench/eval_crisis.py --by-kind FILE.jsonl   # per the rows' "kind", not language

The blind set (`corpora/blind/crisis/*.jsonl`) was written by helpers who never saw the rules,
the phrase lists, the training texts or the model, and is never used for tuning: this script
prints counts and rates per language, never a text or which texts were missed. Levels: explicit,
heavy (or soft) and ordinary (or none). What a person sees: "full message" is the explicit card;
"resources" is any card (the question also links the lines); for heavy texts, "asked" is any card.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from bounceback.recovery.crisis import assess
from bounceback.recovery.crisis_lexicon import available, lexicon

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "corpora" / "blind" / "crisis"
HELDOUT = ROOT / "corpora" / "crisis" / "heldout.jsonl"
GOLD = {"explicit": "explicit", "heavy": "heavy", "soft": "heavy", "ordinary": "ordinary",
        "none": "ordinary"}


def rows_of(paths: list[Path]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append({"text": row["text"], "level": GOLD[row["level"]],
                             "lang": row.get("lang", "en"), "kind": row.get("kind", "-")})
    return rows


@lru_cache(maxsize=1)
def warm_up() -> float:
    """Load what the first check in a process loads (the detector, the model, every phrase
    list) and return how long that took, so that the times per entry are the steady ones."""
    start = time.perf_counter()
    for lang in (*available(), "global"):
        lexicon(lang)
    assess("warm up: load the detector and the model")
    return time.perf_counter() - start


def measure(
    rows: list[dict[str, str]], key: str = "lang",
) -> tuple[dict[str, Counter[tuple[str, str]]], list[float], list[float]]:
    """Counts per language (or per the rows' `key`), and each entry's wall-clock and processor time (on a shared machine
    the wall clock also counts the time other programs held the processor)."""
    per: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    times, cpu = [], []
    for row in rows:
        start, start_cpu = time.perf_counter(), time.thread_time()
        found = assess(row["text"]).level.value
        cpu.append(time.thread_time() - start_cpu)
        times.append(time.perf_counter() - start)
        per[row[key]][(row["level"], found)] += 1
    return per, times, cpu


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.0%})" if d else "-"


def table(per: dict[str, Counter[tuple[str, str]]], label: str = "language") -> list[str]:
    head = (f"| {label} | explicit: full message | explicit: resources | heavy: asked | "
            "ordinary: full message | ordinary: gentle note |")
    out = [head, "| --- | --- | --- | --- | --- | --- |"]
    total: Counter[tuple[str, str]] = Counter()
    for lang in sorted(per):
        total.update(per[lang])
    for lang, c in [*sorted(per.items()), ("all", total)]:
        ex = sum(n for (g, _), n in c.items() if g == "explicit")
        hv = sum(n for (g, _), n in c.items() if g == "heavy")
        no = sum(n for (g, _), n in c.items() if g == "ordinary")
        full, soft = c[("explicit", "explicit")], c[("explicit", "soft")]
        asked = c[("heavy", "explicit")] + c[("heavy", "soft")]
        out.append(f"| {lang} | {_pct(full, ex)} | {_pct(full + soft, ex)} | {_pct(asked, hv)} | "
                   f"{_pct(c[('ordinary', 'explicit')], no)} | {_pct(c[('ordinary', 'soft')], no)} |")
    return out


def report(name: str, paths: list[Path], key: str = "lang") -> None:
    rows = rows_of(paths)
    first = warm_up()
    per, times, cpu = measure(rows, key)
    print(f"## {name}: {len(rows)} texts in {len(per)} languages")
    for label, values in (("wall clock", times), ("processor", cpu)):
        ordered = sorted(values)
        p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0
        print(f"time per entry ({label}): mean {1000 * sum(values) / max(1, len(values)):.2f} ms,"
              f" 95th percentile {1000 * p95:.2f} ms, offline")
    print(f"first use in a process (detector, model, phrase lists): {first:.2f} s, once")
    print("\n".join(table(per, "language" if key == "lang" else key)))
    print()


def main(argv: list[str]) -> int:
    key = "kind" if "--by-kind" in argv else "lang"
    argv = [a for a in argv if a != "--by-kind"]
    if argv:
        report(", ".join(Path(a).name for a in argv), [Path(a) for a in argv], key)
        return 0
    blind = sorted(BLIND.glob("*.jsonl"))
    if blind:
        report("blind set (corpora/blind/crisis)", blind)
    else:
        print(f"no blind set at {BLIND.relative_to(ROOT)} yet\n")
    report("old held-out set (English)", [HELDOUT])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
