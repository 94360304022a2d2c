"""Processor time per request of each page kind of the centre's load, measured on the served
server itself: `serve --multi-user --workers N` over bench/centre_load.py's kept cluster (300
seekers x 300 applications, served as the plain app role, row-level security on), one logged-in
seeker asking one page at a time, the processor time of the server's processes (and of
PostgreSQL's) read from /proc before and after `--requests` requests of each page.

Unlike bench/profile_pages.py (the app called in-process) this counts everything a worker
spends on a request: the HTTP server, the event loop, the hops to worker threads. Processor
time, not wall-clock time: it holds on a busy machine far better than latencies do.

    .venv/bin/python bench/centre_cpu.py [--requests 200] [--workers 2] [--pages REGEX]

The cluster must have been filled once (bench/centre_load.py does it).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from centre_load import (  # noqa: E402
    CACHE,
    Server,
    Session,
    _ticks,
    app_role,
    cluster,
    stop_cluster,
)


def cpu(server_pid: int, postmaster_pid: int) -> dict[str, float]:
    """Processor seconds used so far by the server (its workers) and by this cluster's
    PostgreSQL processes (not the other clusters a shared machine runs)."""
    rows = {int(p.name): t for p in Path("/proc").iterdir() if p.name.isdigit()
            if (t := _ticks(int(p.name))) is not None}
    tick = os.sysconf("SC_CLK_TCK")
    used = {"server": 0.0, "postgres": 0.0}
    for pid, (parent, ticks, _) in rows.items():
        if server_pid in (pid, parent):
            used["server"] += ticks / tick
        elif postmaster_pid in (pid, parent):
            used["postgres"] += ticks / tick
    return used


def kinds(s: Session) -> dict[str, tuple[str, str]]:
    """Each page kind of the load (and the stage change a seeker's board sends): (method,
    path). One application of the seeker's, the same on every request (a page's cost barely
    depends on which of them it is)."""
    app = s.apps[len(s.apps) // 2]
    return {
        "/ (Today)": ("GET", "/"), "/board": ("GET", "/board"), "/outlook": ("GET", "/outlook"),
        "/insights": ("GET", "/insights"), "/practice": ("GET", "/practice"),
        "/journal": ("GET", "/journal"), "/settings": ("GET", "/settings"),
        "/settings/sharing": ("GET", "/settings/sharing"), "/inbox": ("GET", "/inbox"),
        "an application": ("GET", f"/applications/{app}"),
        "its brief": ("GET", f"/applications/{app}/brief"),
        "POST note": ("POST", f"/applications/{app}/note"),
        "POST move": ("POST", f"/applications/{app}/move"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=300)
    parser.add_argument("--apps", type=int, default=300)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seeker", type=int, default=7, help="which seeker logs in")
    parser.add_argument("--pages", default="")
    parser.add_argument("--url", default=None, help="a cluster already running (its URL, as "
                        "its superuser): it is neither started nor stopped here")
    args = parser.parse_args()
    folder = CACHE / f"centre-pg-{args.seekers}x{args.apps}"
    if args.url is None and not (folder / "filled").exists():
        raise SystemExit(f"{folder} is not filled yet: run bench/centre_load.py once")
    url = args.url or cluster(folder)
    server = None
    try:
        postmaster = int((folder / "pg" / "data" / "postmaster.pid").read_text().split()[0])
        server = Server(app_role(url), args.workers)
        s = Session(server.base, args.seeker)
        stages = ["interviewing", "screening"]
        print(f"{'page':<20} {'server ms':>10} {'postgres ms':>12}  ({args.requests} requests "
              f"each, one at a time; {args.workers} workers; {os.cpu_count()} CPUs)")
        for name, (method, path) in kinds(s).items():
            if not re.search(args.pages, name):
                continue

            def ask(i: int, method: str = method, path: str = path, name: str = name) -> None:
                if method == "GET":
                    answer = s.http.get(path)
                    ok = answer.status_code == 200
                else:
                    data = ({"note_text": f"Called them back {i}"} if name == "POST note"
                            else {"stage": stages[i % 2]})
                    answer = s.http.post(path, data={**data,
                                                     "csrf_token": s.http.cookies["bb_csrf"]})
                    ok = answer.status_code == 303
                if not ok:
                    raise SystemExit(f"{name} {path}: {answer.status_code}")

            for i in range(5):
                ask(i)
            before = cpu(server.process.pid, postmaster)
            for i in range(args.requests):
                ask(i)
            after = cpu(server.process.pid, postmaster)
            per = {side: (after[side] - before[side]) * 1000 / args.requests
                   for side in ("server", "postgres")}
            print(f"{name:<20} {per['server']:>10.2f} {per['postgres']:>12.2f}", flush=True)
        s.http.close()
    finally:
        if server is not None:
            server.stop()
        if args.url is None:
            stop_cluster(folder)


if __name__ == "__main__":
    main()
