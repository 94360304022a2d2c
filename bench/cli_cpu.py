"""Processor time of each read command as a whole process (the child's user + system time, not
the wall clock: it holds on a machine shared with other jobs), at 5,000 and 50,000
applications, and how each grows. The commands are bench_cli.py's (its targets and others).

    .venv/bin/python bench/cli_cpu.py [--runs 5] [--sizes large,huge] [--json FIGURES.json]

Each command once per round, in turn (after one warm-up each); the median of the rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

from bench_cli import OTHERS, TARGETS, commands
from common import ENV, compile_sources, write_json


def cpu_of(argv: list[str]) -> float:
    """Seconds of processor time the command's process (and its children) used."""
    before = os.times()
    subprocess.run(argv, env=ENV, check=True, capture_output=True)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="large,huge")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    compile_sources()
    sizes = args.sizes.split(",")
    runs = {f"{name} [{size}]": argv for size in sizes
            for name, argv in commands(size).items()}
    for argv in runs.values():
        cpu_of(argv)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.runs):
        for name, argv in runs.items():
            times[name].append(cpu_of(argv))
    med = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"processor time per command (ms, median of {args.runs} interleaved rounds)")
    header = "".join(f"{size:>10}" for size in sizes)
    print(f"  {'command':<22}{header}" + ("     growth" if len(sizes) == 2 else ""))
    for name in ["floor", *TARGETS, *OTHERS]:
        row = [med[f"{name} [{size}]"] for size in sizes]
        growth = f"   x{row[1] / row[0]:.2f}" if len(row) == 2 else ""
        print(f"  {name:<22}" + "".join(f"{v:10.0f}" for v in row) + growth)
    write_json(args.json, {"runs": args.runs, "sizes": sizes, "cpu_ms": med})


if __name__ == "__main__":
    sys.exit(main())
