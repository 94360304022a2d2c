"""A database whose folder does not exist is refused by every command, with the path and why,
and nothing is made: `--db sqlite:////nonexistent/x.db show 1` said "no application #1" after
making the folder and an empty database (as root, anywhere on the disk). The commands run in
process through the console script's entry point; the environment variable's case in a process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests_support_cli import Done, entry_in_process

COMMANDS = [
    ["show", "1", "--json"],  # the quick read path (sqlite3 alone)
    ["list", "--json"],
    ["today", "--json"],
    ["show", "1"],  # the full CLI, reading
    ["gaps"],
    ["contacts"],
    ["add", "Acme", "Engineer"],  # writing
    ["note", "1", "called back"],
    ["demo"],  # `demo --db URL` below
]


def _argv(args: list[str], url: str | None) -> list[str]:
    if args == ["demo"] and url is not None:
        return ["demo", "--db", url]
    return (["--db", url] if url is not None else []) + args


def _process(args: list[str], home: Path, url: str | None = None,
             env_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOUNCEBACK_DATABASE_URL"}
    env["BOUNCEBACK_HOME"] = str(home)
    if env_url is not None:
        env["BOUNCEBACK_DATABASE_URL"] = env_url
    return subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", *_argv(args, url)],
        capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def run(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Done]:
    """`_process` in this process (tests_support_cli.entry_in_process): the console script's
    entry point with the same environment and argv; `test_the_environment_variable_...` keeps a
    real process."""

    def here(args: list[str], home: Path, url: str | None = None,
             env_url: str | None = None) -> Done:
        env = {"BOUNCEBACK_HOME": str(home), "BOUNCEBACK_DATABASE_URL": env_url}
        return entry_in_process(_argv(args, url), env, monkeypatch, capfd)

    return here


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_refuses_a_database_in_a_folder_that_is_not_there(
        run: Callable[..., Done], tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nonexistent" / "deeper"
    path = missing / "x.db"
    done = run(args, tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"bounceback: cannot open the database at {path}: the folder {missing} does not exist")
    assert done.stdout == ""
    assert not (tmp_path / "nonexistent").exists()  # no folder, no empty database


def test_the_environment_variable_is_refused_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "x.db"
    done = _process(["show", "1", "--json"], tmp_path / "home", env_url=f"sqlite:///{path}")
    assert done.returncode == 1
    assert "cannot open the database at" in done.stderr and "does not exist" in done.stderr
    assert not path.parent.exists()


def test_a_file_where_the_folder_should_be_is_named(run: Callable[..., Done], tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a folder")
    path = tmp_path / "afile" / "x.db"
    done = run(["list", "--json"], tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1
    assert done.stderr.strip().endswith(f"the folder {path.parent} is not a folder")


def test_bounceback_still_makes_its_own_data_folder_on_first_use(run: Callable[..., Done], tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    done = run(["add", "Acme", "Engineer"], home)
    assert done.returncode == 0, done.stderr
    assert (home / "bounceback.db").exists()


def test_a_typed_folder_named_like_the_stores_one_is_refused_too(run: Callable[..., Done], tmp_path: Path) -> None:
    """Only a person's store (opened by the accounts code) may make its `NAME-stores/` folder
    beside the main file; a path typed with such a name is a path typed wrong like any other."""
    path = tmp_path / "my-stores" / "x.db"
    done = run(["list", "--json"], tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1 and "cannot open the database at" in done.stderr
    assert not path.parent.exists()
