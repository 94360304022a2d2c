"""Browser-test helpers: real Chromium (Debian's, through Playwright) against a real `bounceback serve` over a demo.

Every request that would leave the machine is blocked and recorded; a test fails on any.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests_now import NOW

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IN_CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-artifacts" / "screenshots"
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}


def require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    if IN_CI:
        pytest.fail(f"{CHROMIUM} is missing (apt-get install -y chromium); required under CI=true")
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")


class Server:
    """`bounceback --db URL serve --port 0` in a subprocess; the URL read from what it prints."""

    def __init__(self, db_url: str, home: Path, args: tuple[str, ...] = ()) -> None:
        env = dict(os.environ, BOUNCEBACK_HOME=str(home), BOUNCEBACK_NOW=NOW.isoformat())
        env.pop("BOUNCEBACK_DATABASE_URL", None)
        exe = shutil.which("bounceback", path=str(Path(sys.executable).parent)) or "bounceback"
        self.process = subprocess.Popen(
            [exe, "--db", db_url, "serve", "--port", "0", *args], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            self.stop()
            raise RuntimeError(f"serve did not print its URL: {line!r} {self.stderr()}")
        self.url = found.group(0).rstrip("/")

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Watch:
    """What a page tried that it must not: leave the machine, break the CSP, run a script."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []

    def clean(self) -> None:
        assert self.outside == [], f"requests tried to leave the machine: {self.outside}"
        assert self.page_errors == [], f"JavaScript errors: {self.page_errors}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


def shot(page, name: str, full: bool = True) -> Path:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


def block_outside(context) -> list[str]:  # type: ignore[no-untyped-def]
    """Abort every request that is not to this machine; returns the list it records them in."""
    from urllib.parse import urlparse

    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if url.startswith(("data:", "blob:")) or (urlparse(url).hostname or "") in LOOPBACK:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    return outside
