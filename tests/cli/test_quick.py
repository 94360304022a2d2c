"""The quick read path prints what the full CLI prints, and leaves everything else to it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bounceback.cli import quick


@pytest.fixture
def demo_cli(cli, demo_bb):  # type: ignore[no-untyped-def]
    """The CLI over the small demo search."""
    return cli


SAME = [
    ["list", "--json"],
    ["list", "--json", "--live", "--limit", "7"],
    ["list", "--json", "-s", "rejected", "--stage=ghosted", "--company", "a"],
    ["list", "-q", "analyst", "--tag", "dream", "--json"],
    ["today", "--json"],
    ["outlook", "--json"],
    ["outlook", "--target", "0.5", "--json"],
    ["outlook", "--target=0.99", "--json"],
    ["show", "1", "--json"],  # round 15: show, brief and practice as JSON too
    ["show", "--json", "#3"],
    ["brief", "3", "--json"],
    ["practice", "--json"],
    ["practice", "--limit", "2", "--json"],
    ["practice", "-n", "1", "--json"],
    ["practice", "--limit=3", "--json"],
    ["gaps", "--json"],  # round 16
    ["gaps", "4", "--json"],
    ["gaps", "--json", "#5"],
]


@pytest.mark.parametrize("args", SAME)
def test_the_quick_path_prints_what_the_full_cli_prints(demo_cli, capsys, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    call = quick.parse(["--db", demo_cli.url, *args])
    assert call is not None
    quick.run(call)
    fast = capsys.readouterr().out
    full = demo_cli(*args)
    assert full.exit_code == 0, full.output
    assert fast == full.stdout
    assert fast.strip()


@pytest.mark.parametrize("args", [
    ["list"],  # a table: the full CLI draws it
    ["list", "--json", "--since", "last week"],
    ["list", "--json", "--stage", "nope"],
    ["list", "--json", "--limit", "0"],
    ["today", "--json", "--on", "tomorrow"],
    ["outlook", "--json", "--target", "lots"],
    ["outlook", "--json", "--help"],
    ["--verbose", "list", "--json"],
    ["show", "1"],  # text: the full CLI draws it
    ["show", "--json"],
    ["show", "1", "2", "--json"],
    ["show", "--", "--json"],
    ["brief", "1", "--json", "--skill", "sql"],
    ["practice"],
    ["practice", "list", "--json"],
    ["practice", "-n=2", "--json"],
    ["practice", "--limit", "0", "--json"],
    ["gaps", "--limit", "3", "--json"],
    ["gaps"],
    ["gaps", "1"],
])
def test_anything_else_goes_to_the_full_cli(args: list[str]) -> None:
    assert quick.parse(args) is None


@pytest.mark.parametrize("args", [["show", "nothing like it", "--json"], ["brief", "999", "--json"],
                                  ["gaps", "999", "--json"]])
def test_an_application_not_found_is_one_line_and_the_same_exit_code(  # type: ignore[no-untyped-def]
        demo_cli, args: list[str]) -> None:
    exe = [sys.executable, "-c", "from bounceback.cli.entry import run; run()"]
    fast = subprocess.run([*exe, "--db", demo_cli.url, *args], capture_output=True, text=True)
    full = demo_cli(*args)
    assert fast.returncode == full.exit_code != 0
    assert fast.stderr.strip() == full.stderr.strip()
    assert fast.stderr.startswith("bounceback: no application ")
    assert fast.stdout == ""


def test_a_refused_target_is_one_line_and_the_same_exit_code(demo_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    exe = [sys.executable, "-c", "from bounceback.cli.entry import run; run()"]
    argv = ["--db", demo_cli.url, "outlook", "--target", "1.5", "--json"]
    fast = subprocess.run([*exe, *argv], capture_output=True, text=True)
    full = demo_cli(*argv[2:])
    assert fast.returncode == full.exit_code != 0
    assert fast.stderr.strip().startswith("bounceback: target 1.5 is outside (0, 1)")
    assert fast.stdout == ""


@pytest.mark.parametrize("args", [["today", "--json"], ["show", "3", "--json"],
                                  ["brief", "3", "--json"], ["practice", "--json"],
                                  ["gaps", "--json"], ["gaps", "3", "--json"]])
def test_the_quick_path_loads_no_orm_no_typer_and_no_rich(demo_cli, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    """On SQLite it reads with sqlite3 alone; on PostgreSQL with SQLAlchemy Core, never the ORM."""
    core = "" if demo_cli.url.startswith("sqlite") else "'sqlalchemy', "
    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {demo_cli.url!r}, *{args!r}]\n"
        "run()\n"
        "heavy = {m.split('.')[0] for m in sys.modules} | {m for m in sys.modules if "
        "m.startswith('sqlalchemy.orm')}\n"
        "heavy &= {'sqlalchemy', 'sqlalchemy.orm', 'typer', 'rich', 'starlette', 'jinja2', "
        "'pydantic', 'alembic', 'bounceback.storage.repos', 'bounceback.storage.tables'}\n"
        f"heavy -= set([{core}])\n"
        "sys.stderr.write(repr(sorted(heavy)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
    assert done.stdout.strip()
    if args[0] == "today":
        assert '"key": "plan"' in done.stdout


def test_patterns_reads_without_the_orm_and_says_the_same(demo_cli) -> None:  # type: ignore[no-untyped-def]
    """`patterns --json` went through the learning service, whose module imports the ORM's
    repositories (0.8 s of a 1.1 s process on a busy machine); it reads the read model's
    counts through the views part, as the web's section does: the same report."""
    import json

    code = (
        "import sys; from bounceback.cli.entry import run\n"
        f"sys.argv = ['bounceback', '--db', {demo_cli.url!r}, 'patterns', '--json']\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "heavy = {m for m in sys.modules if m.startswith(('sqlalchemy.orm', "
        "'bounceback.storage.repos', 'bounceback.storage.tables'))}\n"
        "sys.stderr.write(repr(sorted(heavy)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
    full = demo_cli("patterns", "--json")
    assert json.loads(done.stdout) == json.loads(full.stdout)
    assert json.loads(done.stdout)["by_stage"]
