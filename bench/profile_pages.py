"""Processor time of each page, one request at a time, in one process (no server, no other
client): what a page costs a worker, which bounds how many pages a second a worker serves.

    .venv/bin/python bench/profile_pages.py [--size large] [--db URL] [--runs 5]
                                            [--pages REGEX] [--profile REGEX] [--top 25]
                                            [--callers REGEX]
                                            [--statements] [--show REGEX] [--writes]
                                            [--first] [--forget services|cards|both]

The app runs in this thread (its calls to worker threads are made inline) so that cProfile sees
everything a request does; `--profile REGEX` prints the costliest functions of the pages whose
address matches. Times are CPU time of this process (median of `--runs`, after one warm-up),
so they hold on a busy machine better than wall-clock times do; `wall ms` beside them (median)
adds what the request waited for: PostgreSQL's own processes, the disk, the machine's run queue. `--first`: each timed (and
counted) view is the first after a write (a note saved through the web on another application
just before it), as a page is seen right after any change.

`--statements` also counts, per page, the statements one request sends to the database and
the transactions it opens (on PostgreSQL each statement is a round trip to another process,
and each transaction two more: its BEGIN and its end); `--show REGEX` lists the statements of
the pages whose address matches.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, demo_url  # noqa: E402


def inline_threads() -> None:
    """Blocking calls run in the calling thread (cProfile follows one thread)."""
    import anyio.to_thread

    async def run_sync(func, *args, abandon_on_cancel=False, cancellable=None, limiter=None):  # type: ignore[no-untyped-def]
        return func(*args)

    anyio.to_thread.run_sync = run_sync  # type: ignore[assignment]


class Counter:
    """Statements and transactions sent to the database: through SQLAlchemy (its events, on
    every engine: a shared server's accounts and each person's store have their own) and
    through the lean reader's DB-API cursors (storage/readmodel/reader.py)."""

    def __init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        from bounceback.storage.readmodel import reader

        engine = Engine

        self.sent: list[str] = []
        self.took: list[float] = []  # each statement's wall time, ms (its answer fetched)
        self.transactions = 0
        started: list[float] = []
        event.listen(engine, "before_cursor_execute",
                     lambda _c, _cur, statement, *_a: (self.sent.append(statement),
                                                       started.append(time.perf_counter())))
        event.listen(engine, "after_cursor_execute", lambda *_a: self.took.append(
            (time.perf_counter() - started.pop()) * 1000))
        event.listen(engine, "begin", lambda _c: self._begun())
        real_all, real_reading = reader.Reader.all, reader.reading
        counter = self

        def all(self, sql, **params):  # type: ignore[no-untyped-def]
            counter.sent.append(" ".join(sql.split()))
            begun = time.perf_counter()
            try:
                return real_all(self, sql, **params)
            finally:
                counter.took.append((time.perf_counter() - begun) * 1000)

        def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
            counter._begun()
            return real_reading(*args, **kwargs)

        reader.Reader.all = all  # type: ignore[method-assign]
        reader.reading = reading  # type: ignore[assignment]

    def _begun(self) -> None:
        self.transactions += 1

    def reset(self) -> None:
        self.sent.clear()
        self.took.clear()
        self.transactions = 0


#: What a request's processor time is spent on. `login` and `template`: the time inside the
#: login check and the rendering (callees included); `sql`: the self time of the database's
#: driver and SQLAlchemy (the login check's one statement counted in both); `compute`: the self
#: time of bounceback's code outside the web package, and numpy's (services, pipeline, read
#: model); `rest`: the framework, the middlewares, the in-process client.
CALLS = {"login": ("web/accounts.py", "_signed_in"), "template": ("web/rendering.py", "page")}
SQL = ("/psycopg/", "/sqlalchemy/", "/readmodel/reader.py", "/psycopg_pool/")
COMPUTE = ("/bounceback/", "/numpy/")


async def profiled(client, path: str, runs: int) -> pstats.Stats:  # type: ignore[no-untyped-def]
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(runs):
        await client.get(path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.runs = runs  # type: ignore[attr-defined]
    return stats


def parts_line(stats: pstats.Stats) -> str:
    """ms per request in each part (of the profiled time: cProfile about doubles it)."""
    raw = stats.stats  # type: ignore[attr-defined]
    runs = stats.runs  # type: ignore[attr-defined]
    total = max(ct for (_, _, name), (_, _, _, ct, _) in raw.items() if name == "request")
    out = {part: sum(ct for (f, _, n), (_, _, _, ct, _) in raw.items()
                     if n == name and f.endswith(file)) for part, (file, name) in CALLS.items()}
    out["sql"] = sum(tt for (f, _, _), (_, _, tt, _, _) in raw.items() if any(m in f for m in SQL))
    out["compute"] = sum(tt for (f, _, _), (_, _, tt, _, _) in raw.items()
                         if any(m in f for m in COMPUTE) and not any(m in f for m in SQL)
                         and "/web/" not in f)
    out["rest"] = total - sum(out.values())
    calls = sum(cc for (_, _, _), (cc, _, _, _, _) in raw.items()) / runs
    return f"    {calls:,.0f} function calls a request; profiled ms: " + ", ".join(
        f"{k} {v / runs * 1000:.2f}" for k, v in [("all", total), *out.items()])


async def pages(client) -> list[str]:  # type: ignore[no-untyped-def]
    board = (await client.get("/board")).text
    closed = (await client.get("/board?show=closed")).text
    live = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))
    shut = list(dict.fromkeys(re.findall(r'href="/applications/(\d+)"', closed)))
    found = ["/", "/board", "/board?show=all", "/board?q=analyst&show=all",
             "/applications/new", "/settings", "/import", "/outlook", "/insights",
             "/practice", "/inbox", "/journal", "/journal/write", "/checkin", "/calendar.ics"]
    found += [f"/applications/{live[0]}", f"/applications/{shut[0]}",
              f"/applications/{live[0]}/edit"]
    found += [f"/insights/sections/{n}" for n in ("patterns", "conversion", "resilience", "gaps")]
    rejections = re.findall(r'href="/rejections/(\d+)"',
                            (await client.get(f"/applications/{shut[0]}")).text)
    found += [f"/rejections/{r}" for r in rejections[:1]]
    for app_id in live:
        if f"/applications/{app_id}/brief" in (await client.get(f"/applications/{app_id}")).text:
            found.append(f"/applications/{app_id}/brief")
            break
    return found


PASSWORD = "centre benchmark passphrase"


async def writes(client, found: list[str], args, counter) -> float:  # type: ignore[no-untyped-def]
    """The forms a seeker sends most (a note, a stage change, a check-in), timed and counted
    like the pages: each POST must answer 303 (a redirect: it was saved)."""
    app = next(p for p in found if re.fullmatch(r"/applications/\d+", p))
    stages = iter(["interviewing", "screening"] * (args.runs + 4))
    board = (await client.get("/board?show=all")).text
    # A note on another application each time (the load's case: its last activity moves, so
    # the read model follows): the board's applications in a new random order each run (a run
    # takes --runs + 2; one noted by an earlier run today is a note that moves nothing).
    ids = [f"/applications/{a}/note" for a in dict.fromkeys(
        re.findall(r'data-id="(\d+)"', board)) if f"/applications/{a}" != app]
    random.Random(time.time_ns()).shuffle(ids)
    others = iter(ids)
    forms = {
        "POST note": (f"{app}/note", lambda: {"note_text": "Called them back"}),
        "POST note, another app": (others, lambda: {"note_text": "Called them back"}),
        "POST move": (f"{app}/move", lambda: {"stage": next(stages)}),
        "POST checkin": ("/checkin", lambda: {"mood": "3"}),
    }
    total = 0.0
    for name, (path, data) in forms.items():
        if not re.search(args.pages, name):
            continue

        async def post(name: str = name, path=path, data=data) -> None:  # type: ignore[no-untyped-def]
            if not isinstance(path, str):
                path = next(path)
            answer = await client.post(path, data={**data(), "csrf_token": client.cookies["bb_csrf"]})
            if answer.status_code != 303:
                raise SystemExit(f"{name} {path}: {answer.status_code}")

        await post()
        spent = []
        for _ in range(args.runs):
            start = time.process_time()
            await post()
            spent.append((time.process_time() - start) * 1000)
        mid = statistics.median(spent)
        total += mid
        counted = ""
        if counter is not None:
            counter.reset()
            await post()
            counted = f" {len(counter.sent):6} {counter.transactions:5}"
        print(f"{name:48} {mid:8.1f} {min(spent):8.1f}{counted}", flush=True)
        if counter is not None and args.show and re.search(args.show, name):
            for statement in counter.sent:
                print("    " + " ".join(statement.split())[:160])
        if args.profile and re.search(args.profile, name):
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            for _ in range(args.runs):
                await post()
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
            out.write("\n")
            pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
            print(out.getvalue())
    return total


async def note_targets(client, found: list[str]):  # type: ignore[no-untyped-def]
    """Applications to note on (none of the pages' own), in turn, for ever."""
    import itertools

    board = (await client.get("/board?show=all")).text
    mine = set(re.findall(r"/applications/(\d+)", " ".join(found)))
    ids = [a for a in dict.fromkeys(re.findall(r'data-id="(\d+)"', board)) if a not in mine]
    return itertools.cycle(ids)


async def note(client, app_id: str) -> None:  # type: ignore[no-untyped-def]
    answer = await client.post(f"/applications/{app_id}/note", data={
        "note_text": "Called them back", "csrf_token": client.cookies["bb_csrf"]})
    if answer.status_code != 303:
        raise SystemExit(f"note on #{app_id}: {answer.status_code}")


def centre(url: str | None, seeker: str | None = None):  # type: ignore[no-untyped-def]
    """A shared server's database with one seeker (300 applications) and its accounts; with
    `seeker`, an account already there (bench/centre_fill.py's, same password) is used."""
    from datetime import datetime

    from common import CACHE, NOW

    from bounceback.demo import EXTENSIONS
    from bounceback.demo.builder import DemoDocument, build_core
    from bounceback.domain.accounts import Role
    from bounceback.services.accounts import AccountsService

    if url is None:
        CACHE.mkdir(exist_ok=True)
        url = f"sqlite:///{CACHE / 'profile-centre.db'}"
    now = datetime.fromisoformat(NOW)
    accounts = AccountsService(url, lambda: now)
    if seeker is not None:
        return url, accounts
    if not accounts.enabled():
        accounts.add("admin@centre.example", Role.ADMIN, PASSWORD)
    if "seeker@centre.example" not in {u.email for u in accounts.users()}:
        doc = DemoDocument(today=now.date(), seed=1000, count=300)
        build_core(doc)
        for extend in EXTENSIONS:
            extend(doc)
        user = accounts.add("seeker@centre.example", Role.SEEKER, PASSWORD)
        made = accounts.service_for(user)
        made.data.import_document(doc.export())
        made.close()
    return url, accounts


def forget(app, what: str) -> None:  # type: ignore[no-untyped-def]
    """--forget: before a timed view, the people's services the server keeps closed (as when
    more people than it keeps were seen since: web/accounts.UserServices), and/or the coach's
    cards kept under the stores' stamps dropped (services/sharing.py)."""
    if what in ("services", "both") and hasattr(app.state, "user_services"):
        app.state.user_services.close()
    if what in ("cards", "both"):
        from bounceback.services import sharing

        getattr(sharing, "_KEPT", {}).clear()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large")
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", default="")
    parser.add_argument("--profile", default=None)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--callers", default=None, help="with --profile: also who calls the "
                        "functions whose name matches this regular expression")
    parser.add_argument("--statements", action="store_true",
                        help="count each page's statements and transactions (one request)")
    parser.add_argument("--show", default=None,
                        help="list the statements of the pages whose address matches, each with its wall "
                        "time in ms (one request; on PostgreSQL mostly the server's work)")
    parser.add_argument("--writes", action="store_true", help="also the forms the centre's "
                        "load sends: a note, a stage change and a check-in (POST), each timed "
                        "and counted like a page")
    parser.add_argument("--first", action="store_true", help="each view the first after a "
                        "write: a note saved through the web on another application (a new "
                        "one each time) before each timed request and before the counted one")
    parser.add_argument("--parts", action="store_true", help="split each page's processor time "
                        "(under cProfile, so about twice the real figure) into its parts: the "
                        "login check, the page's database work, the template, the rest")
    parser.add_argument("--centre", action="store_true", help="a shared server's pages, logged "
                        "in as one seeker with 300 applications (on --db, SQLite by default: "
                        "a database made once in .bench-cache/)")
    parser.add_argument("--seeker", default=None, help="with --centre: log in as this "
                        "account already in --db (a seeker of bench/centre_load.py's cluster, "
                        "e.g. seeker0001@centre.example) instead of making one")
    parser.add_argument("--forget", default="", choices=["", "services", "cards", "both"],
                        help="with --centre: before each timed view, close the services the "
                        "server keeps for each person, drop the coach's kept cards, or both")
    parser.add_argument("--coach", default=None, help="with --centre: log in as this coach "
                        "of --db (bench/centre_load.py's, e.g. coach00@centre.example) and "
                        "time the coach's pages: their seekers and one seeker's shared parts")
    args = parser.parse_args()
    os.environ.update({k: v for k, v in ENV.items() if k.startswith("BOUNCEBACK_")})
    inline_threads()

    import httpx

    from bounceback.config import Settings
    from bounceback.domain.clock import Clock
    from bounceback.services import Bounceback
    from bounceback.web.app import create_app, warm_up

    accounts = None
    if args.centre:
        url, accounts = centre(args.db, args.seeker or args.coach)
    else:
        url = args.db or demo_url(args.size)
    bb = Bounceback(Settings(database_url=url), clock=Clock.from_environment())
    bb.db.ensure_ready()
    app = create_app(bb, accounts=accounts)
    warm_up(bb)
    counter = Counter() if args.statements or args.show else None
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        if accounts is not None:
            await client.get("/login")
            answer = await client.post("/login", data={
                "email": args.coach or args.seeker or "seeker@centre.example",
                "password": PASSWORD,
                "csrf_token": client.cookies["bb_csrf"]})
            assert answer.status_code == 303, answer.status_code
        if args.coach:
            listed = re.findall(r'href="(/coach/seekers/\d+)"', (await client.get("/coach")).text)
            found = ["/coach", *listed[:1]]
        else:
            found = await pages(client) + (["/settings/sharing"] if accounts is not None else [])
        paths = [p for p in found if re.search(args.pages, p)]
        total = 0.0
        print(f"{'page':48} {'cpu ms':>8} {'min':>8} {'wall ms':>8}"
              + (f" {'stmts':>6} {'txns':>5}" if counter else ""))
        notes = await note_targets(client, found) if args.first else None
        for path in paths:
            answer = await client.get(path)
            if answer.status_code != 200:
                raise SystemExit(f"{path}: {answer.status_code}")
            spent, waited = [], []
            for _ in range(args.runs):
                if notes is not None:  # a write first: the view is the first after it
                    await note(client, next(notes))
                forget(app, args.forget)
                start, wall = time.process_time(), time.perf_counter()
                await client.get(path)
                spent.append((time.process_time() - start) * 1000)
                waited.append((time.perf_counter() - wall) * 1000)
            mid = statistics.median(spent)
            total += mid
            counted = ""
            if counter is not None:
                if notes is not None:
                    await note(client, next(notes))
                forget(app, args.forget)  # counted as timed: the services made again, too
                counter.reset()
                await client.get(path)
                counted = f" {len(counter.sent):6} {counter.transactions:5}"
            print(f"{path[:48]:48} {mid:8.1f} {min(spent):8.1f} {statistics.median(waited):8.1f}"
                  f"{counted}", flush=True)
            if counter is not None and args.show and re.search(args.show, path):
                for statement, took in zip(counter.sent, counter.took, strict=False):
                    print(f"    {took:6.1f} ms  " + " ".join(statement.split())[:150])
            if args.parts:
                print(parts_line(await profiled(client, path, args.runs)), flush=True)
            if args.profile and re.search(args.profile, path):
                profiler = cProfile.Profile(time.process_time)
                for _ in range(args.runs):
                    forget(app, args.forget)  # profiled as timed
                    profiler.enable()
                    await client.get(path)
                    profiler.disable()
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
                out.write("\n")
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
                if args.callers:
                    pstats.Stats(profiler, stream=out).print_callers(args.callers)
                print(out.getvalue())
        if args.writes:
            total += await writes(client, found, args, counter)
        print(f"{'all pages, one each':48} {total:8.1f}")
    bb.close()


if __name__ == "__main__":
    asyncio.run(main())
