"""Processor time of the whole crisis check per text, p50 and p95, over the helpers' texts.

    nice -n 10 .venv/bin/python bench/crisis_cpu.py            # every 5th text of every author
    nice -n 10 .venv/bin/python bench/crisis_cpu.py --every 1 --level ordinary

Processor time (time.process_time), not the wall clock: on a shared machine the wall clock
counts the time other programs held the processor. The first check loads the detector, the
model, the phrase lists and the encoder; it is made before measuring. Each text is checked
--repeat times and its fastest time kept (a quiet moment for each). Prints the share of texts
the sentence encoder ran on (it costs a few milliseconds; the rest of the check about one).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bounceback.recovery import crisis_encoder
from bounceback.recovery.crisis import assess

ROOT = Path(__file__).resolve().parent.parent
AUTHORS = ROOT / "corpora" / "crisis" / "authors"


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def texts(every: int, level: str) -> list[str]:
    out: list[str] = []
    for path in sorted(AUTHORS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        out += [r["text"] for r in rows if level in ("all", r["level"])]
    return out[::every]


def main(argv: list[str]) -> int:
    every = int(_option(argv, "--every", "5"))
    repeat = int(_option(argv, "--repeat", "3"))
    level = _option(argv, "--level", "all")
    sample = texts(every, level)
    assess("warm up: load the detector, the model and the phrase lists")
    crisis_encoder.encoder_scores("warm up the encoder")
    runs = 0
    real = crisis_encoder.encoder_scores

    def counted(text: str) -> crisis_encoder.EncoderScores | None:
        nonlocal runs
        runs += 1
        return real(text)

    crisis_encoder.encoder_scores = counted  # type: ignore[assignment]
    import bounceback.recovery.crisis as crisis_module
    crisis_module.encoder_scores = counted  # type: ignore[assignment]
    times = []
    for text in sample:
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            assess(text)
            best = min(best, time.process_time() - start)
        times.append(best * 1000)
    times.sort()
    n = len(times)
    print(f"{n} texts ({level}, every {every}th), fastest of {repeat}: processor time per check "
          f"p50 {times[n // 2]:.2f} ms, p95 {times[int(n * 0.95)]:.2f} ms, "
          f"mean {sum(times) / n:.2f} ms; the encoder ran on {runs / repeat / n:.1%} of them")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
