"""Where a CLI write process's time goes, and each write command before and after a change.

    .venv/bin/python bench/cli_writes.py [--rounds 7] [--phases] [--before OLD/src] [--only ...]

Whole processes on copies of the 5,000 demo, interleaved (each command once per round, in
turn, so that what the machine does meanwhile weighs on all alike), after one warm-up round;
medians of wall time and of processor time (user + system, from the children's rusage).
`--phases`: a process that stops after each start-up step (Python alone, Typer, the CLI's
command tree, SQLAlchemy's ORM, the tables, repositories and service, the read model's sync)
beside the whole commands (`add`, `move`, `note`; round 20: `reject`, `checkin`, `journal
write`, `withdraw`, `edit`; round 21: `reject --from-email`, `reject --reason`; round 22:
`reject --reached-out`; `--only add,reject` picks some): the difference between two rows is
that step's cost.
`--before OLD/src`: the same commands with that source tree on PYTHONPATH (e.g. a
`git archive` of main), against this checkout's. Every run times the sqlite3+json floor
(bench/floor_list.py on the same file) in each round, and gives each row's ratio to it.
The package is byte-compiled first (bench/common.py: with PYTHONDONTWRITEBYTECODE set, as on
this machine, every process would compile bounceback's modules from source).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BOUNCEBACK, ENV, compile_sources, demo_path  # noqa: E402

PY = sys.executable


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)}: {done.stderr.decode()[-500:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


FLOOR = str(Path(__file__).resolve().parent / "floor_list.py")


def writes(db: Path, i: int, open_ids: list[int]) -> dict[str, list[str]]:
    """Each command once for round `i`; `open_ids`: applications still open (withdraw takes one
    a round, the same on every side's copy)."""
    url = f"sqlite:///{db}"
    cli = [BOUNCEBACK, "--db", url]
    return {"add": [*cli, "add", f"Acme {i}", "Tester", "--again"],
            "move": [*cli, "move", "4859", ["screening", "interviewing"][i % 2]],
            "note": [*cli, "note", "4859", f"Called them, round {i}."],
            # round 20's
            "reject": [*cli, "reject", f"Rejco{i}", "--role", "Tester", "--hurt", "6", "--quick"],
            "checkin": [*cli, "checkin", "--mood", "3", "--feel", "sadness=4"],
            "journal write": [*cli, "journal", "write", f"A few words, round {i}."],
            "withdraw": [*cli, "withdraw", str(open_ids[i])],
            "edit": [*cli, "edit", "4859", "--notes", f"round {i}"],
            # round 21's: an imported email's text and day (one email a round, see `emails`)
            "reject --from-email": [*cli, "reject", f"Mailco{i}", "--role", "Tester",
                                    "--from-email", str(EMAIL_BASE + i), "--quick"],
            "reject --reason": [*cli, "reject", f"Rsn{(i + 1) * 7919}", "--role", "Tester", "--reason",
                                "interview_performance", "--also", "fit", "--quick"],
            # round 22's: an outreach to the demo's first support person
            "reject --reached-out": [*cli, "reject", f"Reach{i}", "--role", "Tester",
                                     "--reached-out", "1", "--message", "Coffee?", "--quick"]}


EMAIL_BASE = 900_000


def emails(db: Path, count: int) -> None:
    """One imported rejection email a round (ids EMAIL_BASE + i), as `emails import` keeps
    them: the demo has none."""
    import sqlite3

    with sqlite3.connect(db) as c:
        c.executemany(
            "INSERT INTO mail_messages (id, key, received_at, sender, sender_address, subject, "
            "kind, confidence, kind_by, snippet, body, thread_ids, details, link, imported_at) "
            "VALUES (?, ?, '2026-11-20 09:00:00', 'Jobs', 'jobs@example.org', 'Your application', "
            "'rejection', 0.9, 'model', 'Thank you', 'We will not move forward this time.', '[]', "
            "'{}', 'none', '2026-11-20 09:05:00')",
            [(EMAIL_BASE + i, f"bench-{i}") for i in range(count)])


def open_applications(db: Path, count: int) -> list[int]:
    import sqlite3

    with sqlite3.connect(db) as c:
        return [row[0] for row in c.execute(
            "SELECT id FROM applications WHERE outcome IS NULL AND stage != 'saved' "
            "ORDER BY id DESC LIMIT ?", (count,))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--phases", action="store_true")
    parser.add_argument("--before", default=None, help="an older source tree (its src folder)")
    parser.add_argument("--only", default="", help="these commands, comma-separated (e.g. "
                        "add,reject); default every one")
    args = parser.parse_args()
    compile_sources()
    if args.before:
        subprocess.run([PY, "-m", "compileall", "-q", args.before], capture_output=True)
    env = {**ENV, "BOUNCEBACK_HOME": tempfile.mkdtemp(prefix="bb-cli-writes-")}
    folder = Path(tempfile.mkdtemp(prefix="bb-cli-writes-db-"))
    sides = {"after": (folder / "after.db", env)}
    if args.before:
        sides["before"] = (folder / "before.db", {**env, "PYTHONPATH": args.before})
    for db, _ in sides.values():
        shutil.copy(demo_path("large"), db)
        emails(db, args.rounds + 1)
    open_ids = open_applications(sides["after"][0], args.rounds + 1)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    steps = {
        "python -c pass": "pass",
        "+ typer": "import typer",
        "+ the CLI's command tree": "import bounceback.cli.main",
        "+ sqlalchemy.orm": "import bounceback.cli.main, sqlalchemy.orm",
        "+ tables, repositories, service": "import bounceback.cli.main, "
                                            "bounceback.services.applications",
        "+ the read model's sync": "import bounceback.cli.main, "
                                   "bounceback.services.applications, "
                                   "bounceback.storage.readmodel.sync",
        # what the lean writes load instead (round 19): SQLAlchemy Core, no ORM
        "+ sqlalchemy (Core alone)": "import bounceback.cli.main, sqlalchemy",
        "+ the lean writes and the follow-up": "import bounceback.cli.main, "
                                               "bounceback.services.lean_writes, "
                                               "bounceback.storage.readmodel.sync",
    } if args.phases else {}
    times: dict[str, tuple[list[float], list[float]]] = {}
    load = os.getloadavg()[0]
    try:
        for i in range(args.rounds + 1):
            jobs = [(name, [PY, "-c", code], env) for name, code in steps.items()]
            jobs.append(("sqlite3+json floor (`list --json`'s)",
                         [PY, FLOOR, str(sides["after"][0])], env))
            for side, (db, side_env) in sides.items():
                jobs += [(f"`{cmd}` ({side})" if args.before else f"`{cmd}` (whole)", argv,
                          side_env) for cmd, argv in writes(db, i, open_ids).items()
                         if not only or cmd in only]
            for name, argv, job_env in sorted(jobs, key=lambda j: j[0].split(" (")[0]) \
                    if args.before else jobs:
                wall, cpu = run(argv, job_env)
                if i:  # the first round warms the caches up
                    found = times.setdefault(name, ([], []))
                    found[0].append(wall)
                    found[1].append(cpu)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}; medians of {args.rounds} "
          "interleaved rounds")
    floor = [statistics.median(t) for t in times["sqlite3+json floor (`list --json`'s)"]]
    print("| process | wall ms | CPU ms | wall / floor | CPU / floor |\n|---|---|---|---|---|")
    for name, (wall, cpu) in times.items():
        w, c = statistics.median(wall), statistics.median(cpu)
        print(f"| {name} | {w * 1000:,.0f} | {c * 1000:,.0f} | {w / floor[0]:.1f}x | "
              f"{c / floor[1]:.1f}x |")


if __name__ == "__main__":
    main()
