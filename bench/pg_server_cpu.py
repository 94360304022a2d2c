"""Processor time per page on PostgreSQL: this process's and the server's (every backend of a
local cluster, read from /proc: what a page costs the database, which `profile_pages.py` does
not see). Mean of `--runs` requests after a warm-up; the kernel counts in 10 ms ticks.

    .venv/bin/python bench/pg_server_cpu.py --db URL --cluster DIR [--runs 10] [PAGE ...]

DIR is the cluster's directory (`scripts/pg-cluster start DIR`); nothing else should use the
cluster meanwhile (its autovacuum counts too: run `VACUUM ANALYZE` first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import NOW  # noqa: E402

PAGES = ["/board", "/board?show=all", "/board?q=analyst&show=all", "/calendar.ics"]


def cluster_ms(postmaster: int) -> float:
    """Processor time of the cluster so far: the postmaster's children, and those it reaped."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == postmaster:
            total += sum(int(x) for x in fields[11:15])
        elif int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK") * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--cluster", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("pages", nargs="*", default=PAGES)
    args = parser.parse_args()
    os.environ.setdefault("BOUNCEBACK_NOW", NOW)
    from starlette.testclient import TestClient

    from bounceback.config import Settings
    from bounceback.services import Bounceback
    from bounceback.web.app import create_app

    postmaster = int((Path(args.cluster) / "data" / "postmaster.pid").read_text().split()[0])
    bb = Bounceback(Settings(database_url=args.db, home=Path(args.cluster) / "home"))
    with TestClient(create_app(bb)) as client:
        for page in args.pages:
            client.get(page)
            mine, server = [], []
            for _ in range(args.runs):
                started, before = time.process_time(), cluster_ms(postmaster)
                if client.get(page).status_code != 200:
                    raise SystemExit(f"{page}: not 200")
                mine.append((time.process_time() - started) * 1000)
                server.append(cluster_ms(postmaster) - before)
            print(f"{page:40s} this process {statistics.median(mine):6.1f} ms   "
                  f"server {statistics.mean(server):6.1f} ms")


if __name__ == "__main__":
    main()
