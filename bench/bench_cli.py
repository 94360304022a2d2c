"""The CLI as whole processes, as ratios measured in one run (interleaved rounds).

Targets (issue 16), on the large demo (5,000 applications):
  `list --json` <= 2x, `today --json` and `outlook --json` <= 4x a plain sqlite3 + json script
  that reads the applications table (bench/floor_list.py); `bounceback --help` <= 2x
  `python -c "import typer"`.
Then the same commands on the huge demo (50,000 applications, ~490,000 events): how each grows
from 5,000 to 50,000 (the floor grows with the applications it prints; `today` and `outlook`
should not grow with the history).

    .venv/bin/python bench/bench_cli.py [--rounds 9] [--no-huge] [--json FIGURES.json]

Before and after a change: `--before OTHER/.venv/bin/bounceback` (another checkout's, e.g.
main's) times the read commands on the large demo with both, interleaved, and prints each
command's median after / before (`--only gaps,tailor` keeps the commands whose name starts so).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import (
    BOUNCEBACK,
    compile_sources,
    demo_path,
    median_ms,
    time_interleaved,
    write_json,
)

FLOOR = str(Path(__file__).with_name("floor_list.py"))
TARGETS = {"list --json": 2.0, "today --json": 4.0, "outlook --json": 4.0}
#: Other read commands, timed for their growth from 5,000 to 50,000 (no ratio target).
OTHERS = ["show ID --json", "brief ID --json", "plan --json", "conversion --json",
          "patterns --json", "gaps --json", "practice --json"]
#: Also timed by --before (text output goes through Typer; `gaps ID` and `tailor` read a posting)
BEFORE_AFTER = [*TARGETS, *OTHERS, "gaps", "gaps ID --json", "tailor ID --json",
                # round 17: the last read commands taken off the ORM
                "tasks --json", "contacts --json", "journal list", "support list",
                "interview list --json", "lesson list --json", "feedback list --json",
                "reasons RID", "skills --json", "skills vocabulary", "posting show ID --json",
                "review --out REVIEW"]


def interviewing(path: Path) -> str:
    """The newest application in interviews: what `show` and `brief` are timed on."""
    import sqlite3

    with sqlite3.connect(path) as c:
        (found,) = c.execute("SELECT max(application_id) FROM rm_applications WHERE live = 1 "
                             "AND stage = 'interviewing'").fetchone()
    return str(found)


def rejected(path: Path) -> str:
    """The newest rejected application (what `reasons` is timed on)."""
    import sqlite3

    with sqlite3.connect(path) as c:
        (found,) = c.execute("SELECT max(application_id) FROM rejections").fetchone()
    return str(found)


def commands(size: str, others: bool = True) -> dict[str, list[str]]:
    path = demo_path(size)
    url = f"sqlite:///{path}"
    found = {"floor": [sys.executable, FLOOR, str(path)]}
    for name in TARGETS:
        found[name] = [BOUNCEBACK, "--db", url, *name.split()]
    if others:
        app_id = interviewing(path)
        for name in OTHERS:
            found[name] = [BOUNCEBACK, "--db", url, *name.replace("ID", app_id).split()]
    return found


def before_after(before: str, rounds: int, only: str | None) -> None:
    """Each read command with `before` and with this checkout, interleaved, on the large demo."""
    import tempfile

    path = demo_path("large")
    url, app_id = f"sqlite:///{path}", interviewing(path)
    names = [n for n in BEFORE_AFTER if not only or n.startswith(tuple(only.split(",")))]
    runs: dict[str, list[str]] = {}
    review = str(Path(tempfile.mkdtemp()) / "review.html")
    for name in names:
        words = name.replace("RID", rejected(path)).replace("ID", app_id)
        argv = ["--db", url, *words.replace("REVIEW", review).split()]
        runs[f"{name} (before)"] = [before, *argv]
        runs[f"{name} (after)"] = [BOUNCEBACK, *argv]
    med = {name: median_ms(values) for name, values in time_interleaved(runs, rounds).items()}
    print(f"medians of {rounds} interleaved rounds, large demo (whole processes, wall clock)")
    for name in names:
        b, a = med[f"{name} (before)"], med[f"{name} (after)"]
        print(f"  {name:<24} before {b:8.1f} ms  after {a:8.1f} ms  x{a / b:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--no-huge", action="store_true", help="only the large demo")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--before", help="another checkout's bounceback: time both, interleaved")
    parser.add_argument("--only", help="with --before: commands starting with these (a,b)")
    args = parser.parse_args()
    compile_sources()
    if args.before:
        before_after(args.before, args.rounds, args.only)
        return
    sizes = ["large"] if args.no_huge else ["large", "huge"]
    runs: dict[str, list[str]] = {
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "bounceback --help": [BOUNCEBACK, "--help"],
    }
    for size in sizes:
        runs.update({f"{name} [{size}]": argv
                     for name, argv in commands(size, others="huge" in sizes).items()})
    times = time_interleaved(runs, args.rounds)
    med = {name: median_ms(values) for name, values in times.items()}
    print(f"medians of {args.rounds} interleaved rounds (whole processes, wall clock)")
    for name, value in med.items():
        print(f"  {name:<36} {value:8.1f} ms")
    ok = True
    print("\nratios (target)")
    ratio = med["bounceback --help"] / med["python -c 'import typer'"]
    ok &= ratio <= 2.0
    print(f"  --help / import typer            {ratio:5.2f}  (<= 2.0) {'OK' if ratio <= 2 else 'MISSED'}")
    for name, target in TARGETS.items():
        ratio = med[f"{name} [large]"] / med["floor [large]"]
        ok &= ratio <= target
        print(f"  {name + ' / floor (5,000)':<32} {ratio:5.2f}  (<= {target:.1f}) "
              f"{'OK' if ratio <= target else 'MISSED'}")
    if "huge" in sizes:
        print("\ngrowth from 5,000 to 50,000 applications (median huge / median large)")
        for name in ["floor", *TARGETS, *OTHERS]:
            grow = med[f"{name} [huge]"] / med[f"{name} [large]"]
            print(f"  {name:<32} {grow:5.2f}x  ({med[f'{name} [large]']:.0f} -> "
                  f"{med[f'{name} [huge]']:.0f} ms)")
        for name in TARGETS:
            print(f"  {name + ' / floor (50,000)':<32} "
                  f"{med[f'{name} [huge]'] / med['floor [huge]']:5.2f}")
    write_json(args.json, {"rounds": args.rounds, "sizes": sizes, "median_ms": med})
    print("\nall CLI targets met" if ok else "\nsome CLI targets missed")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
