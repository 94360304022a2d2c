"""How a served app's kept-alive connections spread over its workers: `bounceback serve
--workers N` started on a small SQLite database, CLIENTS keep-alive clients opened at once from
eight threads (as bench/centre_load.py's sessions log in), each sending a few requests; then the
connections each worker holds and the requests it answered (its processor time as a proxy)
are read from /proc. Repeated ROUNDS times, each with a fresh server.

    .venv/bin/python bench/worker_spread.py [--workers 2] [--clients 50] [--rounds 5]

A connection is served by the worker that accepted it for as long as it lives (a browser or a
proxy keeps it open), so the split at accept time is the split of the work.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from centre_load import worker_connections
from common import BOUNCEBACK, ENV


def one_round(db: str, workers: int, clients: int) -> list[int]:
    server = subprocess.Popen([BOUNCEBACK, "serve", "--workers", str(workers), "--port", "0"],
                              env={**ENV, "BOUNCEBACK_DATABASE_URL": db}, text=True,
                              stdout=subprocess.PIPE)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not found:
            raise SystemExit(f"the server did not start: {line!r}")
        base, port = found.group(0), int(found.group(1))

        def client(_: int) -> httpx.Client:
            c = httpx.Client(base_url=base, timeout=60)
            for _ in range(3):
                c.get("/static/icon.svg")
            return c

        with ThreadPoolExecutor(8) as pool:
            opened = list(pool.map(client, range(clients)))
        held = worker_connections(server.pid, port)
        for c in opened:
            c.close()
        return sorted(held.values(), reverse=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = f"sqlite:///{Path(folder) / 'spread.db'}"
        subprocess.run([BOUNCEBACK, "--db", db, "db", "upgrade"], env=ENV, check=True,
                       capture_output=True)
        for n in range(args.rounds):
            print(f"round {n + 1}: connections per worker {one_round(db, args.workers, args.clients)}",
                  flush=True)


if __name__ == "__main__":
    main()
