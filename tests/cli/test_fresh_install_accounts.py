"""A fresh install (no database named, the data folder never set up) asked about accounts
makes nothing either (round 19; a MINOR finding of round 18's review): `bounceback --user X
list` made the empty data folder before saying there are no accounts (the accounts' engine
was built over the data folder's file first), and so did `users list`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NO_ACCOUNTS = ("bounceback: this database has no accounts; --user needs one "
               "(`bounceback users add EMAIL --role seeker`)")


def _run(args: list[str], cwd: Path, *, full: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("BOUNCEBACK_DATABASE_URL", "BOUNCEBACK_FULL_CLI")}
    env["BOUNCEBACK_HOME"] = str(cwd / "home")
    env["BOUNCEBACK_NOW"] = "2026-12-05T09:00:00"
    env["COLUMNS"] = "200"
    if full:
        env["BOUNCEBACK_FULL_CLI"] = "1"
    return subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=cwd)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("full", [False, True])
@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["today"], ["sharing"],
                                  ["share", "coach@example.org"]], ids=" ".join)
def test_a_user_on_a_fresh_install_is_told_there_are_no_accounts(
        tmp_path: Path, args: list[str], full: bool) -> None:
    done = _run(["--user", "sam@example.org", *args], tmp_path, full=full)
    assert (done.returncode, done.stdout, done.stderr.strip()) == (1, "", NO_ACCOUNTS)
    assert _files(tmp_path) == []  # no data folder, no database


@pytest.mark.parametrize("full", [False, True])
def test_users_list_on_a_fresh_install_lists_none_and_makes_nothing(tmp_path: Path,
                                                                    full: bool) -> None:
    done = _run(["users", "list", "--json"], tmp_path, full=full)
    assert (done.returncode, json.loads(done.stdout)) == (0, [])
    done = _run(["users", "list"], tmp_path, full=full)
    assert done.returncode == 0 and done.stdout.startswith("No accounts"), done.stderr
    assert _files(tmp_path) == []
