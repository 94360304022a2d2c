"""A career centre's server under load (issue 17): many seekers on one PostgreSQL, each with
their own search, served by `bounceback serve --multi-user --workers N`; concurrent logged-in
sessions mixing page reads and form writes.

Targets: p95 <= 200 ms on every page (the server's own time, Server-Timing), no errors, and no
cross-user leak: every seeker has a marker company only they have, and every response is
checked for any other seeker's marker.

    .venv/bin/python bench/centre_load.py [--seekers 300] [--apps 300] [--clients 50]
                                          [--seconds 60] [--workers 2] [--think 0]

`--think S`: each session pauses between its requests for a random time of S seconds on average
(exponential), as a person reads a page before the next; 0 (the default) never pauses, so that
50 requests are always in flight and the server is saturated (a stress test: the time of each
request is then about 50 divided by the requests served per second).

The cluster and its data are kept in .bench-cache/centre-pg-SEEKERSxAPPS (made once, in a few
minutes: bench/centre_fill.py); `make bench-centre` runs it. `--cache FOLDER` (or the
environment's BOUNCEBACK_BENCH_CACHE) takes them from another folder: older code exported with
`git archive` is then measured against the same built centre, not a new one filled in the export.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path

import httpx
from centre_fill import CASELOAD
from common import BOUNCEBACK, CACHE, ENV, NOW, ROOT

P95_MS = 200.0
PASSWORD = "centre benchmark passphrase"
MARKER = re.compile(r"Mk(\d{4})zq")
PAGES = ["/", "/board", "/outlook", "/insights", "/practice", "/journal", "/settings",
         "/settings/sharing", "/inbox", "app", "app-brief"]
#: A coach's pages: their seekers and the cohort, and one seeker's shared parts.
COACH_PAGES = ["/coach", "coach-seeker"]


def marker(n: int) -> str:
    return f"Mk{n:04d}zq"


def _pg(*command: str) -> list[str]:
    bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
    full = [str(bindir / command[0]), *command[1:]]
    return ["runuser", "-u", "postgres", "--", *full] if os.getuid() == 0 else full


def cluster(folder: Path) -> str:
    """The kept cluster, started (its URL): made by scripts/pg-cluster the first time, then
    started again on a free port with its data as it was left."""
    pg = folder / "pg"
    if not (pg / "data" / "PG_VERSION").exists():
        pg.parent.mkdir(parents=True, exist_ok=True)
        return subprocess.run([str(ROOT / "scripts" / "pg-cluster"), "start", str(pg)],
                              check=True, capture_output=True, text=True).stdout.strip()
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    if subprocess.run(_pg("pg_ctl", "-D", str(pg / "data"), "status"),
                      capture_output=True).returncode == 0:
        # A built centre may be shared (--cache): a second server on the same files would
        # corrupt them; only a stale pid file (a server that died) is removed.
        raise SystemExit(f"the cluster in {pg} is already running (another benchmark?)")
    (pg / "data" / "postmaster.pid").unlink(missing_ok=True)
    options = (f"-h 127.0.0.1 -p {port} -k {pg} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=200")
    subprocess.run(_pg("pg_ctl", "-D", str(pg / "data"), "-l", str(pg / "server.log"), "-w",
                       "-o", options, "start"), check=True, capture_output=True)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/bounceback_test"


APP_ROLE = "bounceback_app"


def app_role(url: str) -> str:
    """The URL of a plain role (no superuser, no BYPASSRLS) with the rights a centre's app role
    has, as docs/centres.md sets it up: the server runs as it, so that row-level security
    checks every row it reads, as in a real centre (a superuser passes every policy)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(text(f"""DO $$ DECLARE s text; BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
            CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS;
          END IF;
          EXECUTE format('GRANT CREATE ON DATABASE %I TO {APP_ROLE}', current_database());
          FOR s IN SELECT nspname FROM pg_namespace
                   WHERE nspname = 'public' OR nspname LIKE 'bb\\_%' LOOP
            EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO {APP_ROLE}', s);
            EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO {APP_ROLE}', s);
            EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO {APP_ROLE}', s);
          END LOOP; END $$"""))
    engine.dispose()
    return make_url(url).set(username=APP_ROLE).render_as_string(hide_password=False)


def stop_cluster(folder: Path) -> None:
    """Stop the server but keep its data for the next run (pg-cluster stop would delete it)."""
    subprocess.run(_pg("pg_ctl", "-D", str(folder / "pg" / "data"), "-m", "fast", "-w", "stop"),
                   capture_output=True)


def fill(url: str, seekers: int, apps: int) -> None:
    """The accounts and every seeker's search (bench/centre_fill.py: a few through the
    service, the others copied from them by PostgreSQL, each with a marker of its own)."""
    sys.path.insert(0, str(ROOT / "src"))
    from centre_fill import fill as fill_centre

    fill_centre(url, datetime.fromisoformat(NOW), seekers, apps, PASSWORD, marker)


def coaches(url: str, seekers: int) -> None:
    """The coaches and the seekers' shares with them (bench/centre_fill.py; once)."""
    sys.path.insert(0, str(ROOT / "src"))
    from centre_fill import share_with_coaches

    share_with_coaches(url, datetime.fromisoformat(NOW), seekers, PASSWORD)


def upgrade(url: str) -> None:
    """Every store brought to this code's schema by the cluster's superuser, the tables' owner
    (docs/centres.md, Upgrades: `bounceback db upgrade` before the server starts). A cluster
    filled by an older version is otherwise migrated on first use by the app role, which owns
    nothing in it (the fill ran as the superuser). Nothing to do when it is current."""
    started = time.perf_counter()
    done = subprocess.run([BOUNCEBACK, "db", "upgrade"], env={**ENV, "BOUNCEBACK_DATABASE_URL": url},
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"db upgrade failed: {done.stderr.strip()[-500:]}")
    print(f"stores checked and upgraded as the cluster's owner in {time.perf_counter() - started:.0f} s",
          flush=True)


class Server:
    def __init__(self, url: str, workers: int) -> None:
        env = {**ENV, "BOUNCEBACK_DATABASE_URL": url}
        args = [BOUNCEBACK, "serve", "--multi-user", "--port", "0"]
        if workers > 1:
            args += ["--workers", str(workers)]
        self.process = subprocess.Popen(args, text=True, env=env, stdout=subprocess.PIPE)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if not found:
            self.process.kill()
            raise SystemExit(f"the server did not start: {line!r}")
        self.base = found.group(0)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Session:
    """One logged-in seeker's browser (or, with `coach`, a coach's: `n` is then the coach's
    number and the seekers who share with them are its own, whose markers it may see)."""

    def __init__(self, base: str, n: int, seekers: int = 0, coach: bool = False) -> None:
        from centre_fill import coach_email, coach_of

        self.n = n
        self.pages = COACH_PAGES if coach else PAGES
        self.own = {m for m in range(seekers) if coach_of(m) == n} if coach else {n}
        self.http = httpx.Client(base_url=base, timeout=60)
        self.http.get("/login")
        email = coach_email(n) if coach else f"seeker{n:04d}@centre.example"
        answer = self.http.post("/login", data={
            "email": email, "password": PASSWORD, "csrf_token": self.http.cookies["bb_csrf"]})
        if answer.status_code != 303:
            raise SystemExit(f"{email} could not log in: {answer.status_code}")
        if coach:
            listed = self.http.get("/coach").text
            self.apps = sorted(set(re.findall(r'href="/coach/seekers/(\d+)"', listed))) or ["1"]
        else:
            board = self.http.get("/board").text
            self.apps = sorted(set(re.findall(r'href="/applications/(\d+)"', board))) or ["1"]
        self.coach = coach

    def path(self, page: str) -> str:
        app = random.choice(self.apps)
        return {"app": f"/applications/{app}", "app-brief": f"/applications/{app}/brief",
                "coach-seeker": f"/coach/seekers/{app}"}.get(page, page)

    def write(self, rng: random.Random) -> tuple[str, str, dict[str, str]]:
        """A form this person sends: a note on an application, or a coach's note to a seeker."""
        token = self.http.cookies["bb_csrf"]
        if self.coach:
            return ("POST coach note", f"/coach/seekers/{rng.choice(self.apps)}/note",
                    {"text": f"Thinking of you {rng.random():.4f}", "csrf_token": token})
        return ("POST note", f"/applications/{rng.choice(self.apps)}/note",
                {"note_text": f"Called them back {rng.random():.4f}", "csrf_token": token})


def _ticks(pid: int) -> tuple[int, int, str] | None:
    """(parent, processor ticks used so far, name) of a process, from /proc."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = raw[raw.index("(") + 1:raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2:].split()
    return int(fields[1]), int(fields[11]) + int(fields[12]), name


def cpu_by_side(server_pid: int) -> dict[str, float]:
    """Processor seconds used so far by the server (its workers), PostgreSQL (every process of
    the cluster) and this load generator: where the machine's time goes."""
    rows = {int(p.name): t for p in Path("/proc").iterdir() if p.name.isdigit()
            if (t := _ticks(int(p.name))) is not None}
    tick = os.sysconf("SC_CLK_TCK")
    server = {server_pid} | {pid for pid, (parent, _, _) in rows.items() if parent == server_pid}
    used = {"server": 0.0, "postgres": 0.0}
    for pid, (_, ticks, name) in rows.items():
        if pid in server:
            used["server"] += ticks / tick
        elif name == "postgres":
            used["postgres"] += ticks / tick
    used["load generator"] = time.process_time()
    return used


def worker_connections(server_pid: int, port: int) -> dict[int, int]:
    """Each worker of the server (by process id): the clients' connections it holds open
    (ESTABLISHED on the server's port, from /proc/net/tcp, matched to the worker's sockets)."""
    inodes = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                inodes.add(fields[9])
    held: dict[int, int] = {}
    for pid in workers_of(server_pid):
        try:
            links = [os.readlink(f) for f in Path(f"/proc/{pid}/fd").iterdir()]
        except OSError:
            continue
        held[pid] = sum(1 for link in links if link.startswith("socket:[")
                        and link[8:-1] in inodes)
    return held


def workers_of(server_pid: int) -> list[int]:
    """The server's worker processes (its children that are Python, not the resource tracker)."""
    found = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit() and (t := _ticks(int(p.name))) is not None and t[0] == server_pid:
            try:
                command = (p / "cmdline").read_bytes()
            except OSError:
                continue
            if b"resource_tracker" not in command:
                found.append(int(p.name))
    return sorted(found) or [server_pid]


def worker_seconds(server_pid: int) -> dict[int, float]:
    tick = os.sysconf("SC_CLK_TCK")
    return {pid: t[1] / tick for pid in workers_of(server_pid)
            if (t := _ticks(pid)) is not None}


def run(base: str, seekers: int, clients: int, seconds: float,
        server_pid: int | None = None, think: float = 0.0, coached: int = 0) -> dict[str, object]:
    """`coached`: of the `clients` sessions, this many are coaches' (each coach once)."""
    from centre_fill import coach_of

    coached = min(coached, coach_of(seekers - 1) + 1)
    chosen = random.Random(7).sample(range(seekers), min(clients - coached, seekers))
    with ThreadPoolExecutor(8) as pool:
        sessions = list(pool.map(lambda n: Session(base, n), chosen))
        sessions += pool.map(lambda k: Session(base, k, seekers, coach=True), range(coached))
    # Warm-up, not measured: each session opens every page and writes once, so that each
    # worker has loaded what a first write loads (the ORM, the crisis check's model) and has
    # each person's store open, as a server that has been up for a while has.
    def warm(s: Session) -> None:
        for page in s.pages:
            s.http.get(s.path(page))
        _, path, data = s.write(random.Random(0))
        s.http.post(path, data=data)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(warm, sessions))
    server_ms: dict[str, list[float]] = defaultdict(list)
    client_ms: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    leaks: list[str] = []
    resets: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def client(s: Session) -> None:
        rng = random.Random(s.n)
        while time.perf_counter() < stop_at:
            if rng.random() < 0.1:  # a write: a note, as the form sends it
                name, path, data = s.write(rng)
                send, expected = partial(s.http.post, path, data=data), 303
            else:
                name = rng.choice(s.pages)
                send, expected = partial(s.http.get, s.path(name)), 200
            started = time.perf_counter()
            try:
                answer = send()
            except (httpx.RemoteProtocolError, httpx.ConnectError) as error:
                # A kept-alive connection the server closed while the session paused (longer
                # than its keep-alive time): sent again on a new one, as a browser does, and
                # counted. Before round 25 it ended the session's thread unseen. Only a GET
                # is sent again (a POST may have reached the server); a timeout is an error.
                if expected != 200:
                    with lock:
                        errors.append(f"{name}: {type(error).__name__}")
                    continue
                with lock:
                    resets.append(name)
                started = time.perf_counter()
                try:
                    answer = send()
                except httpx.TransportError as error:
                    with lock:
                        errors.append(f"{name}: {type(error).__name__}")
                    continue
            except httpx.TransportError as error:  # a timeout, a read cut mid-answer
                with lock:
                    errors.append(f"{name}: {type(error).__name__}")
                continue
            ok = answer.status_code == expected
            spent = (time.perf_counter() - started) * 1000
            others = {int(m) for m in MARKER.findall(answer.text)} - s.own
            if think > 0:  # the person reads the page before the next request
                time.sleep(min(rng.expovariate(1 / think), max(0.0, stop_at - time.perf_counter())))
            with lock:
                if not ok:
                    errors.append(f"{name}: {answer.status_code}")
                if others:
                    leaks.append(f"{name} as {'coach' if s.coach else 'seeker'} {s.n}: "
                                 f"markers of {sorted(others)}")
                client_ms[name].append(spent)
                timing = answer.headers.get("server-timing", "")
                if "dur=" in timing:
                    server_ms[name].append(float(timing.split("dur=")[1]))

    threads = [threading.Thread(target=client, args=(s,)) for s in sessions]
    before = cpu_by_side(server_pid) if server_pid else {}
    spread_before = worker_seconds(server_pid) if server_pid else {}
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    after = cpu_by_side(server_pid) if server_pid else {}
    cpu = {side: (after[side] - before[side]) / wall for side in after}
    spread = {}
    if server_pid:  # each worker's processor seconds in the run, and the connections it holds
        port = int(base.rsplit(":", 1)[1])
        held = worker_connections(server_pid, port)
        spread = {pid: (used - spread_before.get(pid, 0.0), held.get(pid, 0))
                  for pid, used in worker_seconds(server_pid).items()}
    for s in sessions:
        s.http.close()
    return {"server": server_ms, "client": client_ms, "errors": errors, "leaks": leaks,
            "cpu": cpu, "wall": wall, "spread": spread, "resets": resets}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=300)
    parser.add_argument("--apps", type=int, default=300)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds each session pauses between requests, on average")
    parser.add_argument("--coaches", type=int, default=5,
                        help=f"of the sessions, this many are coaches' (each with "
                             f"{CASELOAD} seekers sharing with them)")
    parser.add_argument("--cache", type=Path, default=CACHE,
                        help="the folder holding centre-pg-SEEKERSxAPPS (default: "
                             "BOUNCEBACK_BENCH_CACHE, else the checkout's .bench-cache)")
    args = parser.parse_args()
    folder = args.cache.expanduser().resolve() / f"centre-pg-{args.seekers}x{args.apps}"
    url = cluster(folder)
    server = None
    try:
        if not (folder / "filled").exists():
            print(f"filling {args.seekers} seekers x {args.apps} applications (once; kept in "
                  f"{folder}) ...", flush=True)
            started = time.perf_counter()
            fill(url, args.seekers, args.apps)
            (folder / "filled").write_text("yes\n")
            print(f"  filled in {time.perf_counter() - started:.0f} s", flush=True)
        coaches(url, args.seekers)
        upgrade(url)
        server = Server(app_role(url), args.workers)
        load_before = os.getloadavg()[0]
        found = run(server.base, args.seekers, args.clients, args.seconds, server.process.pid,
                    args.think, args.coaches)
        load_after = os.getloadavg()[0]
    finally:
        if server is not None:
            server.stop()
        stop_cluster(folder)
    print(f"{args.seekers} seekers x {args.apps} applications on PostgreSQL (served as "
          f"{APP_ROLE}, row-level security on), {args.clients} "
          f"concurrent sessions for {args.seconds:.0f} s, {args.workers} workers, "
          + (f"{args.think:g} s of thought between requests on average" if args.think
             else "no pause between requests")
          + f" ({os.cpu_count()} CPUs, the load generator on the same machine; load average "
          f"{load_before:.1f} -> {load_after:.1f})")
    print(f"{'page':<20} {'n':>6} {'p50 server':>11} {'p95 server':>11} {'p95 client':>11}")
    ok = True
    server_ms, client_ms = found["server"], found["client"]
    assert isinstance(server_ms, dict) and isinstance(client_ms, dict)
    for name in sorted(server_ms):
        values = server_ms[name]
        high = p95(values)
        ok &= high <= P95_MS
        print(f"{name:<20} {len(values):>6} {statistics.median(values):>9.1f}ms "
              f"{high:>9.1f}ms {p95(client_ms[name]):>9.1f}ms"
              f"{'' if high <= P95_MS else '  over target'}")
    cpu, wall = found["cpu"], found["wall"]
    assert isinstance(cpu, dict) and isinstance(wall, float)
    total = sum(len(v) for v in client_ms.values())
    print(f"{total} requests in {wall:.0f} s ({total / wall:.0f} a second); processors busy "
          "(of " + str(os.cpu_count()) + "): " + ", ".join(f"{side} {share:.2f}"
                                                      for side, share in cpu.items()))
    if total:
        print("processor ms a request: " + ", ".join(
            f"{side} {share * wall / total * 1000:.1f}" for side, share in cpu.items()))
    spread = found["spread"]
    assert isinstance(spread, dict)
    if spread:
        print("workers (processor s in the run / clients' connections held): " + ", ".join(
            f"{used:.1f} s / {held}" for used, held in spread.values()))
    errors, leaks = found["errors"], found["leaks"]
    assert isinstance(errors, list) and isinstance(leaks, list)
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")
    print(f"cross-user leaks: {len(leaks)} {leaks[:5]}")
    resets = found["resets"]
    assert isinstance(resets, list)
    print(f"kept-alive connections closed by the server and sent again: {len(resets)}")
    ok &= not errors and not leaks
    print("target met" if ok else f"target missed (p95 <= {P95_MS:.0f} ms, no errors, no leaks)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
