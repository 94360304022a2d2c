"""Running the installed `bounceback` command in a real process, as scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass
class Done:
    """What a command run in process gave: as subprocess.CompletedProcess names it."""

    returncode: int
    stdout: str
    stderr: str


def entry_in_process(argv: list[str], env: dict[str, str | None], monkeypatch: Any, capfd: Any,
                     cwd: Path | None = None) -> Done:
    """`bounceback ARGV` through the console script's own entry point (cli/entry.py) in this
    process, with `env` set (None: unset) and in `cwd`: the exit status from its SystemExit,
    what it wrote to fds 1 and 2. For the tests whose subject is the command, not the process
    (a process per case cost ~0.5 s of CPU)."""
    from bounceback.cli import context, entry

    code: Any = 0
    with monkeypatch.context() as m:
        for name, value in env.items():
            if value is None:
                m.delenv(name, raising=False)
            else:
                m.setenv(name, value)
        if cwd is not None:
            m.chdir(cwd)
        m.setattr(sys, "argv", ["bounceback", *argv])
        # click names the program from __main__ ("python -m pytest" under pytest), and the CLI
        # tells a read command by its words after that name: a plain script's __main__
        m.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
        context.state.service = context.state.accounts = None
        capfd.readouterr()
        try:
            entry.run()
        except SystemExit as stop:
            code = stop.code
        finally:  # closed by the command (cli/main.py run): not for the next one
            context.state.service = context.state.accounts = None
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = capfd.readouterr()
    if isinstance(code, str):  # as the interpreter does: the text on stderr, exit 1
        return Done(1, out, err + code + "\n")
    return Done(code or 0, out, err)


def writes_in_one_process(url: str, calls: list[list[str]], prefixes: tuple[str, ...]
                          ) -> tuple[str, list[str]]:
    """`bounceback --db URL CALL...` for each call, one after the other in one process (each
    must succeed): what they printed, and the modules loaded whose names start with one of
    `prefixes`."""
    import json

    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"for args in {calls!r}:\n"
        f"    sys.argv = ['bounceback', '--db', {url!r}, *args]\n"
        "    try:\n        run()\n    except SystemExit as exc:\n"
        "        assert not exc.code, (args, exc.code)\n"
        f"sys.stderr.write('\\nLOADED' + repr(sorted(m for m in sys.modules "
        f"if m.startswith({prefixes!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(done.stderr.rsplit("LOADED", 1)[1].replace("'", '"'))
