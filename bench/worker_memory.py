"""Each `serve --workers N` process's resident memory after each step, on a copy of a SQLite
demo: 6 web writes (a note, a move, a check-in, twice), every page twice one client at a time,
8 clients reading every page for SECONDS, then each chart figure 3 times. After each step the
server falls idle (it trims its heap then). Prints (resident, peak) MB per process, smallest
first; asserts nothing. Set BOUNCEBACK_CACHE to a folder of the checkout's own (see
docs/performance.md).

    .venv/bin/python bench/worker_memory.py DEMO.db [--workers 2] [--seconds 20]
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
from bench_web import CHARTS, Server, WebWriter, _rss, pages  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="worker-memory-")) / "demo.db"
    shutil.copy(args.database, work)
    server = Server(f"sqlite:///{work}", args.workers)

    def show(step: str, http: httpx.Client) -> None:
        time.sleep(1.2)
        http.get("/insights")  # a light page: the server trims when it is answered
        time.sleep(0.3)
        pids = server.processes()[1:] or server.processes()
        print(f"{step:28} {sorted((round(_rss(p)[0]), round(_rss(p)[1])) for p in pids)}",
              flush=True)

    try:
        paths = pages(server.base)
        with httpx.Client(base_url=server.base, timeout=300) as http:
            board = http.get("/board").text
            apps = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))[:60]
            writer = WebWriter(server.base, apps)
            for _ in range(6):
                writer.write()
            show("after 6 web writes", http)
            for turn in range(2):
                for path in paths:
                    http.get(path)
                show(f"every page, round {turn + 1}", http)
            stop = threading.Event()

            def reader(offset: int) -> None:
                order = paths[offset % len(paths):] + paths[:offset % len(paths)]
                with httpx.Client(base_url=server.base, timeout=300) as own:
                    for path in itertools.cycle(order):
                        if stop.is_set():
                            return
                        own.get(path)

            threads = [threading.Thread(target=reader, args=(i * 3,)) for i in range(8)]
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            stop.set()
            for thread in threads:
                thread.join()
            show(f"8 clients, {args.seconds:.0f} s", http)
            for name in CHARTS:
                for _ in range(3):
                    http.get(f"/insights/charts/{name}.json")
                show(f"chart {name}", http)
    finally:
        server.stop()
        shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
