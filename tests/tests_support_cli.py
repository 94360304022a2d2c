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


#: What a lean read command must not load (issue 16): the ORM, the table modules, the
#: repositories, the migrations
HEAVY = ("sqlalchemy.orm", "bounceback.storage.repos", "bounceback.storage.tables", "alembic")


def lean_process(url: str, args: list[str]) -> tuple[str, list[str]]:
    """`bounceback --db URL ARGS...` in a process of its own: what it printed, and the heavy
    modules it loaded."""
    import json

    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {url!r}, *{args!r}]\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        f"sys.stderr.write('\\nHEAVY' + repr(sorted(m for m in sys.modules "
        f"if m.startswith({HEAVY!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return done.stdout, json.loads(done.stderr.rsplit("HEAVY", 1)[1].replace("'", '"'))
