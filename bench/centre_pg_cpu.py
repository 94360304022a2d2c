"""Processor time per request of a career centre's seeker, on both sides: this process (the
app, in-process) and PostgreSQL (every backend of a local cluster, from /proc), with the
statements and transactions each request sends. Pages and the writes of the centre's load (a
note, a check-in, an application saved from its edit form). Run it as the plain app role, as
bench/centre_load.py serves (a superuser passes row-level security, and its cost is not seen).

    .venv/bin/python bench/centre_pg_cpu.py --db APP_URL --cluster DIR --seeker EMAIL
                                            [--runs 20] [--pages REGEX]

DIR is the cluster's directory (`scripts/pg-cluster start DIR`); nothing else should use the
cluster meanwhile. The seeker is an account of that cluster with bench/centre_load.py's
password (bench/profile_pages.py --centre --db URL makes seeker@centre.example). Means of
`--runs` requests after a warm-up; the kernel counts in 10 ms ticks, so use 20 or more.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import NOW  # noqa: E402
from pg_server_cpu import cluster_ms  # noqa: E402
from profile_pages import PASSWORD, Counter  # noqa: E402

PAGES = ["/", "/board", "/outlook", "/insights", "/practice", "/journal", "/settings",
         "/settings/sharing", "/inbox", "APP", "APP/brief"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--cluster", required=True)
    parser.add_argument("--seeker", required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--pages", default="")
    args = parser.parse_args()
    os.environ.setdefault("BOUNCEBACK_NOW", NOW)
    from datetime import datetime

    from starlette.testclient import TestClient

    from bounceback.config import Settings
    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService
    from bounceback.web.app import create_app

    postmaster = int((Path(args.cluster) / "data" / "postmaster.pid").read_text().split()[0])
    now = datetime.fromisoformat(NOW)
    accounts = AccountsService(args.db, lambda: now)
    bb = Bounceback(Settings(database_url=args.db, home=Path(args.cluster) / "home"))
    counter = Counter()
    with TestClient(create_app(bb, accounts=accounts)) as client:
        client.get("/login")
        answer = client.post("/login", data={"email": args.seeker, "password": PASSWORD,
                                              "csrf_token": client.cookies["bb_csrf"]},
                             follow_redirects=False)
        assert answer.status_code == 303, answer.status_code
        apps = sorted(set(re.findall(r'href="/applications/(\d+)"', client.get("/board").text)))
        turn = iter(range(10**9))

        def app() -> str:
            return f"/applications/{apps[next(turn) % len(apps)]}"

        def edit() -> tuple[str, dict[str, str]]:
            path = app()
            form = client.get(path + "/edit").text
            values = dict(re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', form))
            values["notes"] = f"Saved {time.time_ns()}"
            return path + "/edit", values

        requests = {page: (lambda page=page: ("GET", page.replace("APP", app()), {}))
                    for page in PAGES}
        requests["POST note"] = lambda: ("POST", app() + "/note",
                                         {"note_text": f"Called them back {next(turn)}"})
        requests["POST checkin"] = lambda: ("POST", "/checkin", {"mood": "3"})
        requests["POST edit"] = lambda: ("POST", *edit())
        print(f"{'request':20} {'app ms':>8} {'pg ms':>8} {'stmts':>6} {'txns':>5}")
        for name, make in requests.items():
            if not re.search(args.pages, name):
                continue

            def send(make=make) -> None:  # type: ignore[no-untyped-def]
                method, path, data = make()
                if method == "GET":
                    answer = client.get(path)
                    ok = answer.status_code == 200
                else:
                    answer = client.post(path, data={**data, "csrf_token": client.cookies["bb_csrf"]},
                                         follow_redirects=False)
                    ok = answer.status_code == 303
                if not ok or "error" in answer.headers.get("location", ""):
                    raise SystemExit(f"{method} {path}: {answer.status_code}")
                if os.environ.get("CENTRE_PG_CPU_DEBUG"):
                    print(method, path, answer.status_code, answer.headers.get("location"))

            send()
            mine, server, statements, transactions = [], [], [], []
            for _ in range(args.runs):
                make_now = make
                if name == "POST edit":  # the form's GET is not the save's cost
                    ready = ("POST", *edit())

                    def make_now(ready=ready) -> tuple[str, str, dict[str, str]]:  # type: ignore[no-untyped-def]
                        return ready
                counter.reset()
                started, before = time.process_time(), cluster_ms(postmaster)
                send(make_now)
                mine.append((time.process_time() - started) * 1000)
                server.append(cluster_ms(postmaster) - before)
                statements.append(len(counter.sent))
                transactions.append(counter.transactions)
            print(f"{name:20} {statistics.mean(mine):8.2f} {statistics.mean(server):8.2f} "
                  f"{statistics.median(statements):6.0f} {statistics.median(transactions):5.0f}",
                  flush=True)
    bb.close()


if __name__ == "__main__":
    main()
