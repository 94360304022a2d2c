"""Reading never writes, at the file level: a read command given a SQLite file that is not
there (in a folder that is) says there is no bounceback database there and how to start one,
exits 1 and makes nothing. It made an empty, migrated database of 700 KB and said "no
applications" (a typo in --db looked like an empty search). A command that saves still makes
it on first use, and so does the data folder's own database when something is saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

READS = [
    ["list"], ["list", "--json"], ["show", "1"], ["show", "1", "--json"], ["today"],
    ["today", "--json"], ["outlook"], ["outlook", "--json"], ["plan", "--json"], ["conversion"],
    ["ghost"], ["ghost", "times", "--json"], ["recovery"], ["recovery", "resilience"],
    ["patterns", "--json"], ["brief", "1"], ["brief", "1", "--json"], ["practice", "--json"],
    ["practice", "list"], ["gaps"], ["gaps", "--json"], ["tailor", "1"], ["contacts"],
    ["tasks"], ["tasks", "--all", "--json"], ["journal", "list"], ["support"],
    ["support", "list"], ["reasons"], ["reasons", "1"], ["feedback", "list"],
    ["interview", "list"], ["lesson", "list"], ["posting", "show", "1"], ["resume", "list"],
    ["skills"], ["skills", "vocabulary"], ["review"], ["chart", "funnel", "--json"],
    ["settings"], ["db", "info"], ["export", "out.json"],
]
WRITES = [
    ["add", "Acme", "Engineer", "--applied", "last Monday"],
    ["tasks", "add", "Send the portfolio", "--due", "tomorrow"],
    ["plan", "--goal", "3"],
    ["support", "add", "Sam", "--reach", "sam@example.org"],
    ["lesson", "add", "Bring numbers", "--tag", "skill:sql"],
    ["skills", "add", "SQL"],
    ["settings", "set", "weekly_application_goal", "4"],
]


def _run(args: list[str], cwd: Path, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BOUNCEBACK_DATABASE_URL"}
    env["BOUNCEBACK_HOME"] = str(cwd / "home")
    argv = (["--db", url] if url is not None else []) + args
    return subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", *argv],
        capture_output=True, text=True, env=env, timeout=120, cwd=cwd)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_a_read_command_says_there_is_no_database_and_makes_none(
        tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "typo.db"
    done = _run(args, tmp_path, f"sqlite:///{path}")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith(f"bounceback: there is no bounceback database at {path}: "), (
        done.stderr)
    assert "bounceback add" in done.stderr and "bounceback demo" in done.stderr
    assert done.stderr.count("\n") == 1  # one line, no traceback
    assert done.stdout == ""
    assert _files(tmp_path) == []  # no database, no -wal, no data folder, no export


def test_the_data_folders_database_is_not_made_by_reading_either(tmp_path: Path) -> None:
    done = _run(["today"], tmp_path)
    assert done.returncode == 1
    assert f"no bounceback database at {tmp_path / 'home' / 'bounceback.db'}" in done.stderr
    assert _files(tmp_path) == []


@pytest.mark.parametrize("args", WRITES, ids=" ".join)
def test_a_command_that_saves_still_makes_it_on_first_use(tmp_path: Path,
                                                          args: list[str]) -> None:
    path = tmp_path / "new.db"
    done = _run(args, tmp_path, f"sqlite:///{path}")
    assert done.returncode == 0, done.stderr
    assert path.exists()
    assert _run(["list", "--json"], tmp_path, f"sqlite:///{path}").returncode == 0
    assert _run(["today"], tmp_path, f"sqlite:///{path}").returncode == 0


def test_a_read_after_the_first_save_reads_it(tmp_path: Path) -> None:
    assert _run(["add", "Acme", "Engineer"], tmp_path).returncode == 0  # the data folder's
    done = _run(["list", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"company": "Acme"' in done.stdout


def test_a_folder_that_is_not_there_is_still_named_first(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "x.db"
    done = _run(["list"], tmp_path, f"sqlite:///{path}")
    assert done.returncode == 1
    assert done.stderr.strip() == (f"bounceback: cannot open the database at {path}: the folder "
                                   f"{path.parent} does not exist")
