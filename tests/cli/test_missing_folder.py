"""A database whose folder does not exist is refused by every command, with the path and why,
and nothing is made: `--db sqlite:////nonexistent/x.db show 1` said "no application #1" after
making the folder and an empty database (as root, anywhere on the disk)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def _run(args: list[str], home: Path, url: str | None = None,
         env_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOUNCEBACK_DATABASE_URL"}
    env["BOUNCEBACK_HOME"] = str(home)
    if env_url is not None:
        env["BOUNCEBACK_DATABASE_URL"] = env_url
    if args == ["demo"] and url is not None:
        argv = ["demo", "--db", url]
    else:
        argv = (["--db", url] if url is not None else []) + args
    return subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", *argv],
        capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_refuses_a_database_in_a_folder_that_is_not_there(
        tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "nonexistent" / "deeper"
    path = missing / "x.db"
    done = _run(args, tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"bounceback: cannot open the database at {path}: the folder {missing} does not exist")
    assert done.stdout == ""
    assert not (tmp_path / "nonexistent").exists()  # no folder, no empty database


def test_the_environment_variable_is_refused_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "x.db"
    done = _run(["show", "1", "--json"], tmp_path / "home", env_url=f"sqlite:///{path}")
    assert done.returncode == 1
    assert "cannot open the database at" in done.stderr and "does not exist" in done.stderr
    assert not path.parent.exists()


def test_a_file_where_the_folder_should_be_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a folder")
    path = tmp_path / "afile" / "x.db"
    done = _run(["list", "--json"], tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1
    assert done.stderr.strip().endswith(f"the folder {path.parent} is not a folder")


def test_bounceback_still_makes_its_own_data_folder_on_first_use(tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    done = _run(["add", "Acme", "Engineer"], home)
    assert done.returncode == 0, done.stderr
    assert (home / "bounceback.db").exists()


def test_a_typed_folder_named_like_the_stores_one_is_refused_too(tmp_path: Path) -> None:
    """Only a person's store (opened by the accounts code) may make its `NAME-stores/` folder
    beside the main file; a path typed with such a name is a path typed wrong like any other."""
    path = tmp_path / "my-stores" / "x.db"
    done = _run(["list", "--json"], tmp_path / "home", f"sqlite:///{path}")
    assert done.returncode == 1 and "cannot open the database at" in done.stderr
    assert not path.parent.exists()
