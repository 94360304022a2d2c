"""A worker's first view: `/` right after a write on a server started afresh, then five more.

    .venv/bin/python bench/worker_first_view.py [--db URL] [--size large] [--rounds 4]
                                                [--workers 2] [--path /] [--before SRC]

Each round starts `bounceback serve --workers N`, reads the pages `bench/bench_web.py` finds
(on one connection: one worker), then saves a note through the web and reads the page on a new
connection (the parent hands it to the worker holding the fewest: one that served nothing
yet), a CLI note and the page again, three times. Prints the server's times (`Server-Timing`,
ms). `--before SRC` (a `src` folder, e.g. `git archive main src` unpacked) runs it too, in turn
with this checkout's, round by round. Each note is kept: use a copy of a database, or
PostgreSQL's copy of a demo (`bench_web.py` loads one).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from common import ROOT, demo_path  # noqa: E402


def one_round(url: str, workers: int, path: str) -> list[float]:
    import bench_web as bw

    server = bw.Server(url, workers)
    try:
        bw.pages(server.base)
        with httpx.Client(base_url=server.base, timeout=120) as http:
            board = http.get("/board").text
        apps = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))[:60]
        writer = bw.WebWriter(server.base, apps)
        writer.turn = itertools.count(0, 3)  # notes only (a move can be refused)
        found = []
        with httpx.Client(base_url=server.base, timeout=120) as http:
            for turn in range(3):
                writer.write()
                found.append(bw.timed(http, path)[0])
                bw.cli_write(server.url, turn, apps)
                found.append(bw.timed(http, path)[0])
        return found
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="default: a copy of the --size demo")
    parser.add_argument("--size", default="large")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--path", default="/")
    parser.add_argument("--before", default=None)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(" ".join(f"{ms:.0f}" for ms in one_round(args.db, args.workers, args.path)))
        return
    url = args.db
    if url is None:
        copy = Path(os.environ.get("TMPDIR", "/tmp")) / f"first-view-{os.getpid()}.db"
        copy.write_bytes(demo_path(args.size).read_bytes())
        url = f"sqlite:///{copy}"
    sides = {"this": str(ROOT / "src")}
    if args.before:
        sides = {"before": args.before, **sides}
    for number in range(args.rounds):
        for name, src in sides.items():
            env = {**os.environ, "PYTHONPATH": src}
            done = subprocess.run([sys.executable, __file__, "--one", "--db", url, "--workers",
                                   str(args.workers), "--path", args.path], env=env,
                                  capture_output=True, text=True, check=True)
            print(f"round {number + 1} {name:6}: {done.stdout.strip()}", flush=True)


if __name__ == "__main__":
    main()
