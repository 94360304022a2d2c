"""The first minutes at the command line: the bare command helps, --version answers, every help
is in plain words, a usage error is one line, one default port everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bounceback import __version__
from tests_support_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
# What a programmer's help shows and a job seeker should not have to read.
TAGS = re.compile(r"<(?:int|str|bool|float|list|path|datetime)[^>]*>|\[x[<>]=|\[\d+<=x|[╭╰│]")


def test_the_bare_command_prints_the_grouped_help_and_succeeds() -> None:
    result = run_cli([])
    assert result.returncode == 0, result.stderr
    assert "After a rejection:" in result.stdout and "Your applications:" in result.stdout
    assert result.stderr == ""


def test_version() -> None:
    from importlib.metadata import version

    result = run_cli(["--version"])
    assert result.returncode == 0
    assert result.stdout.strip() == f"bounceback {__version__}" == f"bounceback {version('bounceback')}"


def _all_commands() -> list[list[str]]:
    from typer.main import get_command

    from bounceback.cli.main import app

    found: list[list[str]] = []

    def walk(command, path):  # type: ignore[no-untyped-def]
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(get_command(app), [])
    return found


def test_every_help_is_in_plain_words(cli) -> None:  # type: ignore[no-untyped-def]
    commands = _all_commands()
    assert len(commands) > 60
    offenders = {}
    for path in commands:
        result = cli(*path, "--help", db=False)
        assert result.exit_code == 0, (path, result.output)
        found = TAGS.findall(result.output) + re.findall(r"\{\w+\}", result.output.split("\n")[0])
        if found:
            offenders[" ".join(path) or "bounceback"] = found[:3]
    assert offenders == {}


@pytest.mark.parametrize(("argv", "start"), [
    (["add"], "bounceback add: Missing argument"),
    (["nosuch"], "bounceback: No such command 'nosuch'."),
    (["add", "A", "B", "--excitement", "9"], "bounceback add: Invalid value for '--excitement'"),
    (["practice", "--limit", "many"], "bounceback practice: Invalid value for '--limit'"),
])
def test_a_usage_error_is_one_line(argv: list[str], start: str) -> None:
    result = run_cli(argv)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), result.stderr
    assert "--help" in lines[0]


def test_a_group_without_its_subcommand_shows_its_help() -> None:
    result = run_cli(["feedback"])
    assert result.returncode == 0 and "Commands:" in result.stdout


def test_one_default_port_everywhere() -> None:
    from bounceback.config import DEFAULT_PORT

    result = run_cli(["serve", "--help"])
    assert f"Default: {DEFAULT_PORT}." in result.stdout
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"PORT ?= {DEFAULT_PORT}" in makefile
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    ports = {int(p) for path in texts for p in re.findall(
        r"127\.0\.0\.1:(\d+)", path.read_text(encoding="utf-8"))}
    assert ports == {DEFAULT_PORT}


def test_classifying_a_file_that_is_not_there_fails(tmp_path: Path) -> None:
    good = tmp_path / "one.jsonl"
    good.write_text('{"id": "1", "from": "jobs@acme.test", "subject": "Your application", '
                    '"body": "Thank you for applying."}\n', encoding="utf-8")
    result = run_cli(["emails", "classify", str(good), str(tmp_path / "nonexist.jsonl")])
    assert result.returncode != 0
    assert '"id": "1"' in result.stdout  # what could be read is still classified
    assert "nonexist.jsonl: no such file" in result.stderr
    assert run_cli(["emails", "classify", str(good)]).returncode == 0


def test_an_import_reports_what_it_skipped_on_standard_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7 binary")
    result = cli("emails", "import", str(notes))
    assert result.exit_code == 1
    assert "skipped 1" in result.stderr and "not a mailbox" in result.stderr
    assert "not a mailbox" not in result.stdout and "Skipped" not in result.stdout
