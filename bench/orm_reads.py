"""Which read commands still start SQLAlchemy's ORM (issue 16: read commands read the read
model without it), each run as a whole process on the small demo, as tests/cli/test_quick.py
checks the lean ones: after the command, is any of `sqlalchemy.orm`, `bounceback.storage.repos`
or `bounceback.storage.tables` in sys.modules? Prints each command, ORM or lean, and its wall
time (start-up included; a busy machine stretches it, the ORM column does not move).

    .venv/bin/python bench/orm_reads.py [--db URL]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time

from common import ENV, demo_url

COMMANDS = [
    "list", "list --json", "show 1", "show 1 --json", "today", "today --json", "outlook",
    "outlook --json", "plan --json", "conversion --json", "ghost --json", "ghost times --json",
    "recovery --json", "recovery resilience --json", "patterns --json", "brief 1",
    "brief 1 --json", "practice --json", "practice list --json", "gaps", "gaps --json",
    "gaps 1 --json", "tailor 1 --json", "helplines", "review --json", "chart funnel --json",
    "contacts --json", "tasks --json", "journal list", "support list", "reasons 1",
    "feedback list --json", "interview list --json", "lesson list --json",
    "posting show 1 --json", "resume list --json", "skills --json", "skills vocabulary",
    "review",
]
HEAVY = ("sqlalchemy.orm", "bounceback.storage.repos", "bounceback.storage.tables")
CODE = (
    "import sys; from bounceback.cli.entry import run\n"
    "sys.argv = ['bounceback', *sys.argv[1:]]\n"
    "try:\n    run()\nexcept SystemExit:\n    pass\n"
    f"sys.stderr.write('\\nORM' if any(m.startswith({HEAVY!r}) for m in sys.modules) "
    "else '\\nlean')\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database URL (default: the small demo)")
    args = parser.parse_args()
    url = args.db or demo_url("small")
    scratch = tempfile.mkdtemp()  # `review` writes its page where it runs
    orm = []
    for command in COMMANDS:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CODE, "--db", url, *command.split()],
                              capture_output=True, text=True, env=ENV, cwd=scratch)
        seconds = time.perf_counter() - started
        kind = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "?"
        failed = "" if done.returncode == 0 else f"  (exit {done.returncode})"
        print(f"  {command:<28} {kind:<5} {seconds * 1000:7.0f} ms{failed}", flush=True)
        if kind != "lean":
            orm.append(command)
    print(f"\n{len(COMMANDS) - len(orm)} of {len(COMMANDS)} read commands lean; on the ORM: "
          + (", ".join(orm) or "none"))


if __name__ == "__main__":
    main()
