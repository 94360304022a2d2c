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
