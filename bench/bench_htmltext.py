"""Benchmark: HTML to text stays linear on hostile markup (nested, never-closed, mismatched tags).

Usage: .venv/bin/python bench/bench_htmltext.py [--levels 200000] [--runs 3]

For each hostile shape it times bounceback.htmltext.html_to_text (CPU time, best of --runs) at
N/4, N/2 and N levels and prints the cost per level at each size. The ratio is the cost per level
at N over the cost per level at N/4: 1.0 is linear, a parser walking its open elements for every
tag gives about 4. The target: ratio under 1.5, and the sweep's mail (200,000 nested <div>, which
took 18.8 s before) under 1 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

SHAPES: dict[str, Callable[[int], str]] = {
    "nested <div>": lambda n: "<div>" * n + "x" + "</div>" * n,
    "<div> never closed": lambda n: "<div>x" * n,
    "<div></span>": lambda n: "<div></span>" * n,
    "<div> in table cells": lambda n: "<div><table><tr><td></div>" * (n // 4),
    "plateau at the cap": lambda n: "<div>" * 128 + "<div>x</div>" * n,
    "nested <b><i><u>": lambda n: "<b><i><u>" * (n // 3),
}


def cpu(run: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bounceback.htmltext import html_to_text

    worst_ratio = 0.0
    sweep = 0.0
    for name, make in SHAPES.items():
        costs = []
        for n in (args.levels // 4, args.levels // 2, args.levels):
            markup = make(n)
            seconds = cpu(lambda m=markup: html_to_text(m), args.runs)
            costs.append((n, len(markup), seconds))
        per_level = [seconds / n * 1e6 for n, _, seconds in costs]
        ratio = per_level[-1] / per_level[0]
        worst_ratio = max(worst_ratio, ratio)
        if name == "nested <div>":
            sweep = costs[-1][2]
        sizes = "  ".join(f"{n:>7,} levels {size / 1e6:4.1f} MB {s:6.3f} s" for n, size, s in costs)
        print(f"{name:22} {sizes}  ratio {ratio:.2f}")
    print(f"worst ratio {worst_ratio:.2f} (target < 1.5); {args.levels:,} nested <div>: "
          f"{sweep:.2f} s (target < 1 s)")


if __name__ == "__main__":
    main()
