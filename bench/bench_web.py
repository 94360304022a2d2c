"""Web pages against `bounceback serve`: the first view right after a write, and a mixed
workload, on SQLite and PostgreSQL, at 5,000 and 50,000 applications (issue 16).

Targets:
- right after a write (a web form or the CLI in another process, same database), every page
  <= 300 ms on its first view, showing the change;
- mixed workload: 8 clients reading every page while one writer saves a form once a second
  and another runs a CLI write once a second: p50 <= 50 ms and p95 <= 150 ms on every page at
  5,000 applications, within 2x of that at 50,000;
- the server under 250 MB of memory (resident) at 50,000 applications.
Times are the server's own (its Server-Timing header: from the request to the answer, queueing
for a worker thread included); the client's time (loopback included) is printed beside them.
Chart figures are reported apart (their own target is the charts issue's 300 ms a figure).

    .venv/bin/python bench/bench_web.py [--engines sqlite,postgresql] [--sizes large,huge]
                                        [--seconds 30] [--clients 8] [--json FIGURES.json]
                                        [--pages REGEX] [--charts outlook,sankey]

Pages are named by kind in the figures (`/applications/:id` is the worst of the applications
shown), so the growth from 5,000 to 50,000 compares like with like.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx
from common import BOUNCEBACK, ENV, ROOT, SIZES, compile_sources, demo_path, write_json

FIRST_VIEW_MS = 300.0
P50_MS, P95_MS = 50.0, 150.0
RSS_MB = 250.0
CHARTS = ("sankey", "funnel", "reasons", "mood", "weekly", "outlook")


def kind(path: str) -> str:
    """A page by kind: the ids in its path replaced (the same page at any size)."""
    return re.sub(r"/\d+", "/:id", path)


def by_kind(figures: dict[str, float]) -> dict[str, float]:
    """The worst figure of each kind of page."""
    worst: dict[str, float] = {}
    for path, value in figures.items():
        worst[kind(path)] = max(value, worst.get(kind(path), 0.0))
    return worst


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class Server:
    """`bounceback serve` as one runs it: with `workers` > 1, that many worker processes (one
    per processor: `serve --workers N`)."""

    def __init__(self, url: str, workers: int = 1) -> None:
        extra = ["--workers", str(workers)] if workers > 1 else []
        self.process = subprocess.Popen([BOUNCEBACK, "--db", url, "serve", "--port", "0", *extra],
                                        text=True, env=ENV, stdout=subprocess.PIPE)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if not found:
            self.process.kill()
            raise SystemExit(f"the server did not start: {line!r}")
        self.base = found.group(0)
        self.url = url

    def processes(self) -> list[int]:
        """The server's processes: the one started and, with workers, its children."""
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.process.pid)],
                                   capture_output=True, text=True).stdout.split()
        return [self.process.pid, *map(int, children)]

    def rss_mb(self) -> tuple[float, float]:
        """(resident now, peak) of the largest server process (a worker's, with workers), in
        MB; `rss_total_mb` adds them all up."""
        return max((_rss(pid) for pid in self.processes()), key=lambda pair: pair[0])

    def rss_total_mb(self) -> float:
        return sum(_rss(pid)[0] for pid in self.processes())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def cpu_seconds(pids: list[int]) -> float:
    """Processor time (user + system) the processes have used so far, in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _rss(pid: int) -> tuple[float, float]:
    """(resident now, peak) of one process, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    value = {k: int(v.split()[0]) / 1024 for k, v in
             (line.split(":", 1) for line in status.splitlines() if ":" in line)
             if k in ("VmRSS", "VmHWM")}
    return value["VmRSS"], value["VmHWM"]


def pages(base: str) -> list[str]:
    """Every page (a few applications and rejections of each kind, a brief)."""
    with httpx.Client(base_url=base, timeout=120) as client:
        board = client.get("/board").text
        closed = client.get("/board?show=closed").text
        live = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))
        shut = list(dict.fromkeys(re.findall(r'href="/applications/(\d+)"', closed)))
        found = ["/", "/board", "/board?show=all", "/board?q=analyst&show=all",
                 "/applications/new", "/settings", "/import", "/outlook", "/insights",
                 "/practice", "/inbox", "/journal", "/journal/write", "/checkin", "/calendar.ics"]
        found += [f"/applications/{a}" for a in live[:3] + shut[:2]]
        found += [f"/applications/{live[0]}/edit"]
        found += [f"/insights/sections/{n}" for n in ("patterns", "conversion", "resilience", "gaps")]
        for app_id in shut[:2]:
            found += [f"/rejections/{r}" for r in re.findall(
                r'href="/rejections/(\d+)"', client.get(f"/applications/{app_id}").text)[:1]]
        for app_id in live:
            if f"/applications/{app_id}/brief" in client.get(f"/applications/{app_id}").text:
                found.append(f"/applications/{app_id}/brief")
                break
    return found


class WebWriter:
    """Saves a form: a note, a move forward, a check-in, in turn."""

    def __init__(self, base: str, apps: list[str]) -> None:
        self.http = httpx.Client(base_url=base, timeout=120)
        self.http.get("/settings")
        self.token = self.http.cookies["bb_csrf"]
        self.apps = itertools.cycle(apps)
        self.moves = iter(apps[::-1])
        self.turn = itertools.count()

    def write(self) -> None:
        kind = next(self.turn) % 3
        form = {"csrf_token": self.token}
        if kind == 0:
            path = f"/applications/{next(self.apps)}/note"
            form["note_text"] = "Bench note: called the recruiter"
        elif kind == 1:
            path = f"/applications/{next(self.moves, next(self.apps))}/move"
            form["stage"] = "screening"
        else:
            path, form["mood"] = "/checkin", "3"
        started = time.perf_counter()
        response = self.http.post(path, data=form)
        WRITE_MS["web"].append((time.perf_counter() - started) * 1000)
        if response.status_code >= 400 and response.status_code != 409:
            raise SystemExit(f"write {path} failed: {response.status_code}")


ADDED = itertools.count(1)
#: How long each write took, seen by its writer (ms): a web form's POST, a CLI process.
WRITE_MS: dict[str, list[float]] = defaultdict(list)


def cli_write(url: str, turn: int, apps: list[str]) -> None:
    """A CLI write in its own process: a note, or a new application (a new company each time:
    the same one twice would be a duplicate the CLI asks about)."""
    if turn % 2:
        argv = ["add", f"Bench Co {os.getpid()}-{next(ADDED)}", "Data Analyst", "--source",
                "referral"]
    else:
        argv = ["note", apps[turn % len(apps)], "Bench note from the command line"]
    started = time.perf_counter()
    done = subprocess.run([BOUNCEBACK, "--db", url, *argv], env=ENV, capture_output=True,
                          text=True)
    WRITE_MS["cli"].append((time.perf_counter() - started) * 1000)
    if done.returncode != 0:
        raise SystemExit(f"CLI write {' '.join(argv[:2])} failed: {done.stderr.strip()[:300]}")


def timed(http: httpx.Client, path: str) -> tuple[float, float]:
    start = time.perf_counter()
    response = http.get(path)
    spent = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code}")
    return float(response.headers["server-timing"].split("dur=")[1]), spent


def first_views(server: Server, paths: list[str], apps: list[str]) -> dict[str, list[float]]:
    """Each page once right after a web write, and once right after a CLI write."""
    found: dict[str, list[float]] = defaultdict(list)
    writer = WebWriter(server.base, apps)
    with httpx.Client(base_url=server.base, timeout=120) as http:
        for turn, path in enumerate(paths):
            writer.write()
            found[path].append(timed(http, path)[0])
            cli_write(server.url, turn, apps)
            found[path].append(timed(http, path)[0])
    return found


def mixed(server: Server, paths: list[str], apps: list[str], clients: int,
          seconds: float) -> tuple[dict[str, list[tuple[float, float]]], int, int]:
    """`clients` readers over every page; a web writer and a CLI writer, once a second each."""
    times: dict[str, list[tuple[float, float]]] = defaultdict(list)
    lock = threading.Lock()
    stop = threading.Event()
    writes = {"web": 0, "cli": 0}

    def reader(offset: int) -> None:
        order = paths[offset % len(paths):] + paths[:offset % len(paths)]
        with httpx.Client(base_url=server.base, timeout=120) as http:
            for path in itertools.cycle(order):
                if stop.is_set():
                    return
                found = timed(http, path)
                with lock:
                    times[path].append(found)

    failures: list[str] = []

    def every_second(name: str, write: object) -> None:
        turn = 0
        while not stop.is_set():
            started = time.perf_counter()
            try:
                write(turn)  # type: ignore[operator]
            except SystemExit as exc:  # a failed write is a result, not a silent stop
                failures.append(f"{name}: {exc}")
                stop.wait(1.0)
                continue
            writes[name] += 1
            turn += 1
            stop.wait(max(0.0, 1.0 - (time.perf_counter() - started)))

    web = WebWriter(server.base, apps)
    threads = [threading.Thread(target=reader, args=(i * 3,)) for i in range(clients)]
    threads.append(threading.Thread(target=every_second, args=("web", lambda _: web.write())))
    threads.append(threading.Thread(target=every_second, args=(
        "cli", lambda turn: cli_write(server.url, turn, apps))))
    WRITE_MS.clear()
    server_pids = server.processes()
    server_cpu, own, load = cpu_seconds(server_pids), os.times(), os.getloadavg()[0]
    each_before = [cpu_seconds([pid]) for pid in server_pids]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    for failure in failures[:5]:
        print(f"  write failed: {failure}")
    # Where the two processors went: the server, this script's readers (the clients), the CLI
    # writes (whole processes). CPU per request x requests per second is the load the mix puts
    # on the machine; with `clients` requests always in flight the rest is waiting.
    after = os.times()
    requests = sum(len(v) for v in times.values())
    each = [cpu_seconds([pid]) - b for pid, b in zip(server_pids, each_before, strict=True)]
    spent_server = cpu_seconds(server_pids) - server_cpu
    spent_clients = (after.user + after.system) - (own.user + own.system)
    spent_cli = (after.children_user + after.children_system) - (
        own.children_user + own.children_system)
    print(f"  processor time over {wall:.0f} s (load average {load:.1f} -> "
          f"{os.getloadavg()[0]:.1f}): {requests} reads, {requests / wall:.1f} per second; "
          f"server {spent_server * 1000 / max(requests, 1):.1f} ms per read "
          f"({spent_server / wall:.2f} CPUs, the web writes included), clients "
          f"{spent_clients * 1000 / max(requests, 1):.1f} ms per read, CLI writes "
          f"{spent_cli * 1000 / max(writes['cli'], 1):.0f} ms each ({spent_cli / wall:.2f} CPUs); "
          f"per server process (CPUs): {' '.join(f'{e / wall:.2f}' for e in each)}")
    for name, spent in sorted(WRITE_MS.items()):
        print(f"  {name} writes: {len(spent)}, median {statistics.median(spent):.0f} ms, "
              f"slowest {max(spent):.0f} ms (the writer's own wall time)")
    MIX_CPU.update(requests=requests, wall=wall, server=spent_server, clients=spent_clients,
                   cli=spent_cli, load=load)
    return times, writes["web"], writes["cli"]


MIX_CPU: dict[str, float] = {}


def report_first(found: dict[str, list[float]]) -> tuple[bool, dict[str, float]]:
    print("  first view right after a write (web form, then CLI): worst of the two, ms")
    worst = {path: max(values) for path, values in found.items()}
    for path, value in worst.items():
        flag = "" if value <= FIRST_VIEW_MS else "  <- over target"
        print(f"    {path[:48]:48} {value:8.1f}{flag}")
    top = max(worst.values())
    print(f"  worst page: {top:.1f} ms (target {FIRST_VIEW_MS:.0f}, ratio {top / FIRST_VIEW_MS:.2f})")
    return top <= FIRST_VIEW_MS, worst


def report_mixed(times: dict[str, list[tuple[float, float]]], scale: float
                 ) -> tuple[bool, float, float, dict[str, list[float]]]:
    p50_target, p95_target = P50_MS * scale, P95_MS * scale
    print(f"  {'page':48} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'client p95':>10}")
    ok = True
    worst50 = worst95 = 0.0
    per_page: dict[str, list[float]] = {}
    for path, samples in sorted(times.items(), key=lambda kv: -statistics.median(s for s, _ in kv[1])):
        server = [s for s, _ in samples]
        mid, high = statistics.median(server), p95(server)
        worst50, worst95 = max(worst50, mid), max(worst95, high)
        per_page[path] = [mid, high, float(len(server))]
        flag = ""
        if mid > p50_target or high > p95_target:
            ok, flag = False, "  <- over target"
        print(f"    {path[:46]:46} {len(server):>5} {mid:>8.1f} {high:>8.1f} "
              f"{p95([c for _, c in samples]):>10.1f}{flag}")
    print(f"  worst page: p50 {worst50:.1f} ms (target {p50_target:.0f}, ratio "
          f"{worst50 / p50_target:.2f}), p95 {worst95:.1f} ms (target {p95_target:.0f}, ratio "
          f"{worst95 / p95_target:.2f})")
    return ok, worst50, worst95, per_page


def report_growth(engine: str, results: dict[str, dict[str, dict]]) -> None:  # type: ignore[type-arg]
    """Each kind of page, 50,000 against 5,000: first view and mixed p50."""
    large, huge = results[f"{engine} large"], results[f"{engine} huge"]
    first_l, first_h = by_kind(large["first_ms"]), by_kind(huge["first_ms"])
    mid_l = by_kind({p: v[0] for p, v in large["mixed_ms"].items()})
    mid_h = by_kind({p: v[0] for p, v in huge["mixed_ms"].items()})
    print("  growth from 5,000 to 50,000, page by page (first view, mixed p50; x = 50k / 5k)")
    for name in sorted(set(first_l) & set(first_h)):
        print(f"    {name[:46]:46} first {first_l[name]:7.1f} -> {first_h[name]:7.1f} ms "
              f"x{first_h[name] / max(first_l[name], 0.1):5.2f}   p50 {mid_l.get(name, 0):6.1f} -> "
              f"{mid_h.get(name, 0):6.1f} ms x{mid_h.get(name, 0) / max(mid_l.get(name, 0), 0.1):5.2f}")


def database(engine: str, size: str, cluster: Path | None) -> str:
    path = demo_path(size)
    if engine == "sqlite":
        work = Path(tempfile.mkdtemp(prefix="bench-web-")) / "demo.db"
        subprocess.run(["cp", str(path), str(work)], check=True)
        return f"sqlite:///{work}"
    assert cluster is not None
    url = (cluster / "url").read_text().strip()
    base, _, _ = url.rpartition("/")
    name = f"bench_{size}"
    import psycopg

    with psycopg.connect(base.replace("+psycopg", "") + "/postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    target = f"{base}/{name}"
    started = time.perf_counter()
    subprocess.run([BOUNCEBACK, "--db", target, "demo", "--size", size], env=ENV, check=True,
                   capture_output=True)
    print(f"  (loaded the {size} demo into PostgreSQL in {time.perf_counter() - started:.0f} s)")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--sizes", default="large,huge")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--pages", help="only the pages whose address matches this regular "
                        "expression (the mixed workload then reads only those: not comparable "
                        "with a run over every page)")
    parser.add_argument("--no-first", action="store_true", help="the mixed workload only "
                        "(no first views)")
    parser.add_argument("--charts", default=",".join(CHARTS), help="the chart figures to time")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="server worker processes (`serve --workers N`; default one per "
                        "processor, as a deployment runs it)")
    args = parser.parse_args()
    results: dict[str, dict] = {}  # type: ignore[type-arg]
    compile_sources()
    engines, sizes = args.engines.split(","), args.sizes.split(",")
    cluster = None
    if "postgresql" in engines:
        cluster = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        os.chmod(cluster, 0o755)
        url = subprocess.run([str(ROOT / "scripts/pg-cluster"), "start", str(cluster / "c")],
                             check=True, capture_output=True, text=True).stdout.strip()
        (cluster / "url").write_text(url)
    ok = True
    baseline: dict[str, tuple[float, float]] = {}
    try:
        for engine in engines:
            for size in sizes:
                print(f"\n=== {engine}, {size} demo ({SIZES[size]:,} applications)", flush=True)
                url = database(engine, size, cluster)
                server = Server(url, args.workers)
                print(f"  served by `bounceback serve --workers {args.workers}`", flush=True)
                try:
                    paths = pages(server.base)
                    if args.pages:
                        paths = [p for p in paths if re.search(args.pages, p)]
                    with httpx.Client(base_url=server.base, timeout=120) as http:
                        board = http.get("/board").text
                    apps = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))[:60]
                    first: dict[str, float] = {}
                    if not args.no_first:
                        good_first, first = report_first(first_views(server, paths, apps))
                        ok &= good_first
                    times, web_writes, cli_writes = mixed(server, paths, apps, args.clients,
                                                          args.seconds)
                    print(f"  mixed: {args.clients} readers for {args.seconds:.0f} s, "
                          f"{web_writes} web writes and {cli_writes} CLI writes")
                    scale = 1.0 if size == "large" else 2.0
                    good, worst50, worst95, per_page = report_mixed(times, scale)
                    ok &= good
                    baseline.setdefault(engine, (worst50, worst95))
                    figures = results[f"{engine} {size}"] = {
                        "first_ms": first, "mixed_ms": per_page, "clients": args.clients,
                        "seconds": args.seconds, "web_writes": web_writes,
                        "cli_writes": cli_writes, "applications": SIZES[size],
                        "processor": dict(MIX_CPU)}
                    if size != "large" and engine in baseline:
                        b50, b95 = baseline[engine]
                        print(f"  growth from 5,000: worst p50 x{worst50 / b50:.2f}, "
                              f"worst p95 x{worst95 / b95:.2f}")
                        if f"{engine} large" in results:
                            report_growth(engine, results)
                    pages_rss, pages_peak = server.rss_mb()
                    figures["rss_pages_mb"] = [pages_rss, pages_peak]
                    figures["workers"] = args.workers
                    figures["rss_total_pages_mb"] = server.rss_total_mb()
                    print(f"  server memory after the pages: {pages_rss:.0f} MB resident, "
                          f"peak {pages_peak:.0f} MB (the largest process; "
                          f"{figures['rss_total_pages_mb']:.0f} MB all processes together)")
                    chart_times: dict[str, list[tuple[float, float]]] = defaultdict(list)
                    with httpx.Client(base_url=server.base, timeout=120) as http:
                        for name in [c for c in args.charts.split(",") if c]:
                            for _ in range(3):
                                chart_times[f"/insights/charts/{name}.json"].append(
                                    timed(http, f"/insights/charts/{name}.json"))
                    print("  chart figures, 1 client x 3 (no target here):")
                    for path, samples in chart_times.items():
                        print(f"    {path:46} median {statistics.median(s for s, _ in samples):8.1f} ms")
                    rss, peak = server.rss_mb()
                    figures["rss_charts_mb"] = [rss, peak]
                    figures["rss_total_charts_mb"] = server.rss_total_mb()
                    figures["charts_ms"] = {p: statistics.median(s for s, _ in v)
                                            for p, v in chart_times.items()}
                    print(f"  server memory after the charts too: {rss:.0f} MB resident, "
                          f"peak {peak:.0f} MB (the largest process; "
                          f"{figures['rss_total_charts_mb']:.0f} MB all together)")
                    if size == "huge":
                        ok &= peak < RSS_MB
                        print(f"  (target < {RSS_MB:.0f} MB at 50,000: pages "
                              f"{'OK' if pages_peak < RSS_MB else 'MISSED'}, with the charts "
                              f"{'OK' if peak < RSS_MB else 'MISSED'})")
                finally:
                    server.stop()
                    if engine == "sqlite":  # the copy written to (400 MB at 50,000)
                        shutil.rmtree(Path(url.removeprefix("sqlite:///")).parent,
                                      ignore_errors=True)
    finally:
        if cluster is not None:
            subprocess.run([str(ROOT / "scripts/pg-cluster"), "stop", str(cluster / "c")],
                           check=False, capture_output=True)
            shutil.rmtree(cluster, ignore_errors=True)
    write_json(args.json, results)
    print("\nall web targets met" if ok else "\nsome web targets missed")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
