"""Processor time of each read command as a whole process (the child's user + system time, not
the wall clock: it holds on a machine shared with other jobs), at 5,000 and 50,000
applications, and how each grows. The commands are bench_cli.py's (its targets and others).

    .venv/bin/python bench/cli_cpu.py [--runs 5] [--sizes large,huge] [--json FIGURES.json]
        [--against OTHER/src] [--only REGEX]

Each command once per round, in turn (after one warm-up each); the median of the rounds.
`--against`: each command also with another checkout's code first on the path (`before`: a
copy of main's src, `git archive main src | tar -x -C DIR`), in the same rounds, and the ratio.
`--only`: the commands whose name matches (the floor is always timed).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

from bench_cli import OTHERS, TARGETS, commands
from common import ENV, compile_sources, write_json


def cpu_of(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds of processor time the command's process (and its children) used."""
    before = os.times()
    subprocess.run(argv, env=env or ENV, check=True, capture_output=True)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="large,huge")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--against", help="another checkout's src: time each command with it too")
    parser.add_argument("--only", help="only the commands whose name matches this expression")
    args = parser.parse_args()
    compile_sources()
    sizes = args.sizes.split(",")
    names = [n for n in ["floor", *TARGETS, *OTHERS]
             if n == "floor" or not args.only or re.search(args.only, n)]
    envs = {"": ENV}
    if args.against:
        against = str(Path(args.against).resolve())
        subprocess.run([sys.executable, "-m", "compileall", "-q", against], check=True)
        envs[" before"] = {**ENV, "PYTHONPATH": against}
    runs = {f"{name} [{size}]{tag}": (argv, env) for size in sizes
            for name, argv in commands(size).items() if name in names
            for tag, env in envs.items() if name != "floor" or not tag}
    for argv, env in runs.values():
        cpu_of(argv, env)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.runs):
        for name, (argv, env) in runs.items():
            times[name].append(cpu_of(argv, env))
    med = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"processor time per command (ms, median of {args.runs} interleaved rounds)")
    for tag in envs:
        if tag:
            print("with", args.against, "(before):")
        header = "".join(f"{size:>10}" for size in sizes)
        print(f"  {'command':<22}{header}" + ("     growth" if len(sizes) == 2 else ""))
        for name in names:
            if name == "floor" and tag:
                continue
            row = [med[f"{name} [{size}]{tag}"] for size in sizes]
            growth = f"   x{row[1] / row[0]:.2f}" if len(row) == 2 else ""
            print(f"  {name:<22}" + "".join(f"{v:10.0f}" for v in row) + growth)
    if args.against:
        print("after / before:")
        for name in names[1:]:
            print(f"  {name:<22}" + "".join(
                f"{med[f'{name} [{size}]'] / med[f'{name} [{size}] before']:10.2f}"
                for size in sizes))
    write_json(args.json, {"runs": args.runs, "sizes": sizes, "cpu_ms": med,
                           "against": args.against})


if __name__ == "__main__":
    sys.exit(main())
