"""`bounceback --db URL serve --port N`: the contract scripts rely on, in a real process."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from tests_now import NOW

EXE = str(Path(sys.executable).parent / "bounceback")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, BOUNCEBACK_HOME=str(home), BOUNCEBACK_NOW=NOW.isoformat())
    env.pop("BOUNCEBACK_DATABASE_URL", None)
    return env


def test_serve_binds_loopback_prints_the_url_and_answers(sqlite_url, home) -> None:
    port = _free_port()
    process = subprocess.Popen([EXE, "--db", sqlite_url, "serve", "--port", str(port)],
                               env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        line = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        response = httpx.get(f"http://127.0.0.1:{port}/", timeout=30)
        assert response.status_code == 200
        assert "script-src 'self'" in response.headers["content-security-policy"]
        # HTTP parsed and the loop run in C (httptools, uvloop), not in Python (h11, asyncio)
        loaded = Path(f"/proc/{process.pid}/maps").read_text()
        assert "httptools" in loaded and "uvloop" in loaded
        listening = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout
        assert re.search(rf"127\.0\.0\.1:{port}\b", listening)
        assert not re.search(rf"(0\.0\.0\.0|\*|\[::\]):{port}\b", listening)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_busy_port_is_one_clear_line(sqlite_url, home) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([EXE, "--db", sqlite_url, "serve", "--port", str(port)],
                                env=_env(home), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "try another --port" in result.stderr and "Traceback" not in result.stderr


def test_serve_is_in_the_help(cli) -> None:
    result = cli("serve", "--help")
    assert result.exit_code == 0
    assert "--port" in result.stdout and "--host" in result.stdout


def test_a_public_url_that_is_not_an_address_is_one_clear_line(sqlite_url, home) -> None:
    result = subprocess.run([EXE, "--db", sqlite_url, "serve", "--port", "0",
                             "--public-url", "jobs.centre.example"],
                            env=_env(home), capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "--public-url 'jobs.centre.example' is not an address" in result.stderr


def test_several_workers_on_sqlite_share_one_database(sqlite_url, home) -> None:
    """`serve --workers 2` on SQLite: two worker processes serve the pages, a form saved
    through one is on the page that any worker answers at once (new connections spread over
    them), and answers are not held back 40 ms on a kept-alive connection (TCP_NODELAY on every
    accepted connection)."""
    import time

    process = subprocess.Popen([EXE, "--db", sqlite_url, "serve", "--port", "0",
                                "--workers", "2"], env=_env(home), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert found and "2 workers" in line, line
        base = found.group(0)
        deadline = time.monotonic() + 60
        while True:  # the workers start after the line: connections wait in the backlog
            try:
                assert httpx.get(base + "/", timeout=30).status_code == 200
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(process.pid)],
                                  capture_output=True, text=True).stdout.split()
        assert len(children) >= 2
        for child in children:  # each worker parses HTTP and runs its loop in C
            if "resource_tracker" in Path(f"/proc/{child}/cmdline").read_text():
                continue
            while not {"httptools", "uvloop"} <= set(
                    re.findall(r"httptools|uvloop", Path(f"/proc/{child}/maps").read_text())):
                assert time.monotonic() < deadline, f"worker {child} runs h11 or asyncio's loop"
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=30) as writer:
            writer.get("/settings")
            saved = writer.post("/applications/new", data={
                "csrf_token": writer.cookies["bb_csrf"], "company": "Workerton Labs",
                "role": "Analyst", "date_applied": "2026-11-20", "stage": "applied",
                "source": "referral"})
            assert saved.status_code == 303
        for _ in range(6):  # new connections: the kernel spreads them over the workers
            assert "Workerton Labs" in httpx.get(base + "/board", timeout=30).text
        with httpx.Client(base_url=base, timeout=30) as kept:
            kept.get("/settings")
            spent = []
            for _ in range(5):
                start = time.perf_counter()
                answer = kept.get("/settings")
                spent.append((time.perf_counter() - start) * 1000
                             - float(answer.headers["server-timing"].split("dur=")[1]))
            assert min(spent) < 35, spent  # not the 40 ms of a delayed acknowledgement
    finally:
        process.terminate()
        process.wait(timeout=20)
