"""Running the installed `bounceback` command in a real process, as scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests_now import NOW

BOUNCEBACK = str(Path(sys.executable).parent / "bounceback")


def run_cli(argv: list[str], *, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "BOUNCEBACK_NOW": NOW.isoformat(), **(env or {})}
    return subprocess.run([BOUNCEBACK, *argv], input=input, capture_output=True, text=True,
                          env=full_env, timeout=timeout)
