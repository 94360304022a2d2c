"""Start-up: a command builds only its own module's commands; the top-level help is the same
whether it comes from the real commands or from their stand-ins."""

from __future__ import annotations

import importlib

import pytest
import typer
from typer.testing import CliRunner

from bounceback.cli import main


def _names(app: typer.Typer) -> set[str]:
    return {i.name for i in app.registered_commands} | {g.name for g in app.registered_groups}  # type: ignore[misc]


@pytest.mark.parametrize("module", sorted(main.COMMAND_MODULES))
def test_each_module_registers_the_commands_listed_for_it(module: str) -> None:
    scratch = typer.Typer()
    importlib.import_module(module).register(scratch)
    assert _names(scratch) == set(main.COMMAND_MODULES[module].split())


def test_every_command_has_a_help_panel() -> None:
    assert set(main.MODULE_OF) == set(main._PANEL_OF)


@pytest.mark.parametrize(("argv", "name"), [
    (["list", "--json"], "list"),
    (["--db", "sqlite:///x.db", "today"], "today"),
    (["--db=sqlite:///x.db", "ghost", "list"], "ghost"),
    (["--help"], None),
    ([], None),
    (["--verbose", "list"], None),
])
def test_the_command_word_is_found_after_global_options(argv: list[str], name: str | None) -> None:
    assert main.command_name(argv) == name


def test_a_command_builds_only_its_own_module() -> None:
    built = main.build(["--db", "sqlite:///x.db", "outlook", "--json"])
    assert _names(built) == set(main.COMMAND_MODULES["bounceback.cli.pipeline"].split())


def test_an_unknown_word_gets_every_command_and_the_usual_error() -> None:
    built = main.build(["lsit"])
    assert _names(built) == set(main.MODULE_OF)
    result = CliRunner().invoke(built, ["lsit"])
    assert result.exit_code == 2
    assert "No such command" in result.output


@pytest.mark.parametrize("argv", [["--help"], ["-h"], [], ["--db", "sqlite:///x.db", "--help"]])
def test_the_top_level_help_is_the_same_from_stand_ins(argv: list[str]) -> None:
    runner = CliRunner()
    real = runner.invoke(main.build(), argv)
    quick = runner.invoke(main.build(argv), argv)
    assert main.asks_top_help(argv)
    assert quick.output == real.output
    assert quick.exit_code == real.exit_code
    if argv:
        assert "Keep more than one door open" in quick.output
