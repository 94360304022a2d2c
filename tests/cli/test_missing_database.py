"""Reading never writes, at the file level: a read command given a SQLite file that is not
there (in a folder that is) says there is no bounceback database there and how to start one,
exits 1 and makes nothing. It made an empty, migrated database of 700 KB and said "no
applications" (a typo in --db looked like an empty search). A command that saves still makes
it on first use, and so does the data folder's own database when something is saved. On a
fresh install (no database named, the data folder's own not made yet) a read answers as an
empty search and makes nothing either (round 18).

Each command runs in process through the console script's own entry point
(`bounceback.cli.entry.run`, with its environment, folder and argv), as the suite's other CLI tests
do; one test runs both paths in a process of their own (a process per case cost ~0.5 s of CPU,
~130 of them here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests_support_cli import Done, entry_in_process

Run = Callable[..., Done]

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


#: answered from what ships (defaults, the vocabulary, the reasons' names) as on an empty database
SAME_WHEN_EMPTY = [["settings"], ["skills", "vocabulary"], ["reasons"], ["reasons", "1"]]


def _env(cwd: Path, full: bool, env_url: str | None) -> dict[str, str | None]:
    """The variables a case sets (None: unset)."""
    return {"BOUNCEBACK_HOME": str(cwd / "home"), "BOUNCEBACK_NOW": "2026-12-05T09:00:00",
            "BOUNCEBACK_FULL_CLI": "1" if full else None, "BOUNCEBACK_DATABASE_URL": env_url}


def _process(args: list[str], cwd: Path, url: str | None = None, *, full: bool = False,
             env_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("BOUNCEBACK_DATABASE_URL", "BOUNCEBACK_FULL_CLI")}
    env.update({k: v for k, v in _env(cwd, full, env_url).items() if v is not None})
    argv = (["--db", url] if url is not None else []) + args
    return subprocess.run(
        [sys.executable, "-c", "from bounceback.cli.entry import run; run()", *argv],
        capture_output=True, text=True, env=env, timeout=120, cwd=cwd)


@pytest.fixture
def run(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """`_process` in this process (tests_support_cli.entry_in_process): the console script's
    entry point with the same environment, folder and argv."""

    def here(args: list[str], cwd: Path, url: str | None = None, *, full: bool = False,
             env_url: str | None = None) -> Done:
        argv = (["--db", url] if url is not None else []) + args
        return entry_in_process(argv, _env(cwd, full, env_url), monkeypatch, capfd, cwd)

    return here


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_a_read_command_says_there_is_no_database_and_makes_none(
        run: Run, tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "typo.db"
    done = run(args, tmp_path, f"sqlite:///{path}")
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert done.stderr.startswith(f"bounceback: there is no bounceback database at {path}: "), (
        done.stderr)
    assert "bounceback add" in done.stderr and "bounceback demo" in done.stderr
    assert done.stderr.count("\n") == 1  # one line, no traceback
    assert done.stdout == ""
    assert _files(tmp_path) == []  # no database, no -wal, no data folder, no export


def _empty_database(folder: Path) -> str:
    """A migrated, empty database file (what a first save makes), for the JSON to compare."""
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    url = f"sqlite:///{folder / 'empty.db'}"
    if not (folder / "empty.db").exists():
        service = Bounceback(Settings(database_url=url))
        service.db.ensure_ready()
        service.close()
    return url


@pytest.fixture(scope="module")
def empty_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _empty_database(tmp_path_factory.mktemp("empty"))


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_a_fresh_install_reads_as_an_empty_search_and_makes_nothing(
        run: Run, tmp_path: Path, empty_url: str, args: list[str]) -> None:
    """Round 18's product decision: with the data folder never set up (no --db, no
    BOUNCEBACK_DATABASE_URL), a read answers as an empty search: --json prints what an empty
    database gives (`list --json | jq` on a new install works), a table a friendly line on how
    to start; exit 0 (or an empty database's own answer); no file or folder made. Round 17
    refused it with exit 1."""
    done = run(args, tmp_path)
    assert _files(tmp_path) == []  # no data folder, no database, no export
    if "--json" in args or args in SAME_WHEN_EMPTY:
        # the same command on an empty database file, run in that file's folder
        empty = run(args, Path(empty_url[len("sqlite:///"):]).parent, empty_url)
        assert (done.returncode, done.stdout) == (empty.returncode, empty.stdout), done.stderr
        if done.returncode == 0 and "--json" in args:
            json.loads(done.stdout)
    elif args == ["db", "info"]:  # where the first save will make it
        assert done.returncode == 0, done.stderr
        said = "".join(done.stdout.split())  # (the terminal may wrap inside the path)
        assert said == "".join((f"sqlite:///{tmp_path / 'home' / 'bounceback.db'}: 0 applications "
                                "(not made yet: the first save makes it)").split())
    else:
        assert done.returncode == 0, done.stderr
        text = " ".join(done.stdout.split())
        assert text.startswith("Nothing here yet") and "`bounceback add COMPANY ROLE`" in text
        assert "make run" in text and done.stderr == ""
    assert _files(tmp_path) == []


@pytest.mark.parametrize("full", [False, True])
def test_list_json_on_a_fresh_install_is_an_empty_list(tmp_path: Path, full: bool) -> None:
    """The quick read path (cli/quick.py) and the full CLI answer alike, in a process of their
    own as a script runs them (and a typo'd database is refused there too)."""
    done = _process(["list", "--json"], tmp_path, full=full)
    assert (done.returncode, json.loads(done.stdout)) == (0, [])
    assert _files(tmp_path) == []
    path = tmp_path / "typo.db"
    done = _process(["list"], tmp_path, f"sqlite:///{path}", full=full)
    assert done.returncode == 1 and done.stdout == "", done.stderr
    assert done.stderr.startswith(f"bounceback: there is no bounceback database at {path}: ")
    assert done.stderr.count("\n") == 1 and _files(tmp_path) == []


def test_a_database_named_in_the_environment_is_still_refused(run: Run, tmp_path: Path) -> None:
    """BOUNCEBACK_DATABASE_URL names a file as --db does: not there is most likely a typo."""
    path = tmp_path / "typo.db"
    done = run(["list", "--json"], tmp_path, env_url=f"sqlite:///{path}")
    assert done.returncode == 1
    assert done.stderr.startswith(f"bounceback: there is no bounceback database at {path}: ")
    assert done.stdout == "" and _files(tmp_path) == []


@pytest.mark.parametrize("args", WRITES, ids=" ".join)
def test_a_command_that_saves_still_makes_it_on_first_use(run: Run, tmp_path: Path,
                                                          args: list[str]) -> None:
    path = tmp_path / "new.db"
    done = run(args, tmp_path, f"sqlite:///{path}")
    assert done.returncode == 0, done.stderr
    assert path.exists()
    assert run(["list", "--json"], tmp_path, f"sqlite:///{path}").returncode == 0
    assert run(["today"], tmp_path, f"sqlite:///{path}").returncode == 0


def test_a_read_after_the_first_save_reads_it(run: Run, tmp_path: Path) -> None:
    assert run(["add", "Acme", "Engineer"], tmp_path).returncode == 0  # the data folder's
    done = run(["list", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"company": "Acme"' in done.stdout


def test_a_folder_that_is_not_there_is_still_named_first(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "gone" / "x.db"
    done = run(["list"], tmp_path, f"sqlite:///{path}")
    assert done.returncode == 1
    assert done.stderr.strip() == (f"bounceback: cannot open the database at {path}: the folder "
                                   f"{path.parent} does not exist")
