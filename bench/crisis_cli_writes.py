"""A CLI write process's processor time and wall clock, two versions interleaved: every write
command checks its text for a crisis message, so each pays the check's first use.

    git archive MAIN src | tar -x -C /tmp/before
    nice -n 10 .venv/bin/python bench/crisis_cli_writes.py --before /tmp/before/src --after src

Per round, for each version in turn (the source folder first on PYTHONPATH, the same .venv and
the same store, a copy of the one made here): `bounceback journal write TEXT` and `bounceback
note 1 TEXT`, each a fresh process; processor time (user + system, from the child's resource
usage) and wall clock. Then the same for the check alone in a fresh process: import, first
check of an English note, as the first write of a process does. Prints the median and the
range per version. Asserts nothing. The cache folder is the user's (or BOUNCEBACK_CACHE_DIR):
run each version once before, so both read what they keep.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOUNCEBACK = str(Path(sys.executable).with_name("bounceback"))
CHECK = ("import time; c = time.process_time(); from bounceback.recovery.crisis import assess; "
         "assess('called the recruiter today, no answer yet'); print(time.process_time() - c)")


def _option(argv: list[str], name: str, default: str) -> str:
    return argv[argv.index(name) + 1] if name in argv else default


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main(argv: list[str]) -> int:
    sources = {"before": _option(argv, "--before", ""), "after": _option(argv, "--after", "src")}
    rounds = int(_option(argv, "--rounds", "5"))
    home = Path(tempfile.mkdtemp(prefix="crisis-cli-"))
    base = dict(os.environ, BOUNCEBACK_HOME=str(home))
    subprocess.run([BOUNCEBACK, "add", "Acme", "Data Analyst"], env=base, check=True,
                   stdout=subprocess.DEVNULL)
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(rounds):
        for name, src in sources.items():
            env = dict(base, PYTHONPATH=str(Path(src).resolve()))
            for label, command in (
                    ("journal write", [BOUNCEBACK, "journal", "write",
                                       "another rejection today, tired but ok"]),
                    ("note", [BOUNCEBACK, "note", "1", "called the recruiter, no answer"]),
                    ("check alone (process)", [sys.executable, "-c", CHECK])):
                results.setdefault((label, name), []).append(timed(command, env))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; {rounds} rounds")
    for (label, name), values in results.items():
        cpu = [c for c, _ in values]
        wall = [w for _, w in values]
        print(f"{label:24s} {name:6s} processor median {statistics.median(cpu):.2f} s "
              f"({min(cpu):.2f}-{max(cpu):.2f}), wall median {statistics.median(wall):.2f} s "
              f"({min(wall):.2f}-{max(wall):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
