"""Each `serve --workers N` process's memory once it has warmed up (the crisis check's lists,
model and language tables are loaded in every worker at start, web/app.py `warm_up`): resident,
proportional (a page shared by k processes counts 1/k) and anonymous (the process's own heap,
never shared) MB per worker. Run it once per version, one after the other:

    PYTHONPATH=/tmp/before/src .venv/bin/python bench/crisis_workers.py DB [--workers 2]
    .venv/bin/python bench/crisis_workers.py DB

DB is a SQLite file (copied first; a store made by `bounceback add` will do). Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

BOUNCEBACK = str(Path(sys.executable).with_name("bounceback"))


def memory(pid: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss", "Anonymous"):
            out[key] = int(rest.split()[0]) / 1024
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="crisis-workers-")) / "store.db"
    shutil.copy(args.database, work)
    process = subprocess.Popen([BOUNCEBACK, "--db", f"sqlite:///{work}", "serve", "--port", "0",
                                "--workers", str(args.workers)], text=True,
                               stdout=subprocess.PIPE, env=dict(os.environ))
    try:
        assert process.stdout is not None
        found = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        if not found:
            raise SystemExit("the server did not start")
        with httpx.Client(base_url=found.group(0), timeout=600) as http:
            for _ in range(4 * args.workers):  # answered once the workers have warmed up
                http.get("/helplines")
        before: list[float] = []
        while True:  # until no worker's memory moves for 3 s (every one has warmed up)
            time.sleep(3)
            children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(process.pid)],
                                      capture_output=True, text=True).stdout.split()
            rows = [memory(int(pid)) for pid in children if pid.strip()]
            now = [r["Rss"] for r in rows]
            if now == before:
                break
            before = now
        for row in sorted(rows, key=lambda r: r["Rss"]):
            print(f"worker: resident {row['Rss']:6.1f} MB, proportional {row['Pss']:6.1f} MB, "
                  f"anonymous {row['Anonymous']:6.1f} MB", flush=True)
    finally:
        process.terminate()
        process.wait(timeout=60)


if __name__ == "__main__":
    main()
