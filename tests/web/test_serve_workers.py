"""`serve --workers N` in a real process: the address is said once every worker serves, and
kept-alive connections opened right after it are spread evenly over the workers (the parent
hands each to the worker holding the fewest: cli/handoff.py), not all taken by the worker
that finished warming up first; a worker dying while the server starts stops it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests_now import NOW

EXE = str(Path(sys.executable).parent / "bounceback")
CLIENTS = 24


def _held(workers: list[int], port: int) -> dict[int, int]:
    """Connections each worker holds open on the server's port (Linux: /proc)."""
    inodes = {line.split()[9] for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
              if int(line.split()[1].rsplit(":", 1)[1], 16) == port and line.split()[3] == "01"}
    held = {}
    for pid in workers:
        links = [os.readlink(f) for f in Path(f"/proc/{pid}/fd").iterdir()]
        held[pid] = sum(1 for link in links if link[8:-1] in inodes)
    return held


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads /proc (Linux)")
def test_connections_are_spread_over_the_workers(sqlite_url: str, home: Path) -> None:
    env = dict(os.environ, BOUNCEBACK_HOME=str(home), BOUNCEBACK_NOW=NOW.isoformat())
    env.pop("BOUNCEBACK_DATABASE_URL", None)
    process = subprocess.Popen([EXE, "--db", sqlite_url, "serve", "--port", "0",
                                "--workers", "2"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert found and "2 workers" in line, line
        workers = [int(p) for p in subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(process.pid)], capture_output=True,
            text=True).stdout.split()
            if "resource_tracker" not in Path(f"/proc/{p}/cmdline").read_text()]
        assert len(workers) == 2

        def opened(_: int) -> httpx.Client:
            client = httpx.Client(base_url=found.group(0), timeout=60)
            assert client.get("/static/icon.svg").status_code == 200
            return client

        with ThreadPoolExecutor(8) as pool:  # at once, as a proxy or many browsers do
            clients = list(pool.map(opened, range(CLIENTS)))
        held = _held(workers, int(found.group(1)))
        for client in clients:
            client.close()
        assert sum(held.values()) == CLIENTS, held
        assert all(count > 0 for count in held.values()), held  # both workers serve
        # Round 19: the parent hands each connection to the worker holding the fewest, so the
        # split is even (before, the kernel's hash of each client's port: 16/8, 14/10, ...)
        assert max(held.values()) - min(held.values()) <= 1, held
    finally:
        process.terminate()
        process.wait(timeout=30)


def _children(pid: int) -> list[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                           text=True).stdout.split()
    workers = []
    for p in found:
        try:
            if "resource_tracker" not in Path(f"/proc/{p}/cmdline").read_text():
                workers.append(int(p))
        except OSError:
            continue
    return workers


@pytest.mark.skipif(not Path("/proc").exists(), reason="reads /proc (Linux)")
def test_a_worker_dying_while_starting_stops_the_server(sqlite_url: str, home: Path) -> None:
    """Killed before it serves: the parent names the worker and why, stops the other worker,
    says no address and exits 1 (before: the wait ended silently and the supervisor started
    another worker, the address never said)."""
    import signal
    import time

    env = dict(os.environ, BOUNCEBACK_HOME=str(home), BOUNCEBACK_NOW=NOW.isoformat())
    env.pop("BOUNCEBACK_DATABASE_URL", None)
    process = subprocess.Popen([EXE, "--db", sqlite_url, "serve", "--port", "0",
                                "--workers", "2"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = _children(process.pid)
            time.sleep(0.005)
        assert len(workers) == 2, workers
        os.kill(workers[1], signal.SIGKILL)  # a worker imports for a second or more first
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1, (out, err)
    assert "ready at" not in out, out
    assert re.search(rf"worker \d of 2 \(process {workers[1]}\) stopped while starting: "
                     r"killed by SIGKILL", err), err
    assert not Path(f"/proc/{workers[0]}").exists() or \
        "zombie" in Path(f"/proc/{workers[0]}/status").read_text(), "the other worker was left"
