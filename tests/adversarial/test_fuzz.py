"""The fuzz job (issue 18): every CLI command and every web route under hostile input, seeded,
bounded and deterministic, run by `make test`. None may crash: as a process a crash exits 70,
on the web it is a 500. The counts go to test-artifacts/fuzz.txt.

Change FUZZ_SEED to explore other inputs (BOUNCEBACK_FUZZ_SEED=N for one run); the rounds are
fixed so that a given seed always runs the same command lines in the same order.
"""

from __future__ import annotations

import os
import shutil
import warnings
from datetime import datetime
from pathlib import Path

import pytest

from adversarial import fuzzkit, webfuzz
from bounceback.config import Settings
from bounceback.services import Bounceback

FUZZ_SEED = int(os.environ.get("BOUNCEBACK_FUZZ_SEED", "18"))
CLI_ROUNDS = 20  # command lines per command (78 commands)
CLI_PARTS = 2  # run by two tests, in two files
WEB_ROUNDS = 20  # requests per route and method
BUDGET_SECONDS = 600.0  # a guard against a machine far slower than expected, not a target
NOW = datetime(2026, 11, 25, 10)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def demo(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)  # files a command writes by default land here
    monkeypatch.setenv("BOUNCEBACK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("BOUNCEBACK_NOW", NOW.isoformat())
    monkeypatch.delenv("BOUNCEBACK_DATABASE_URL", raising=False)
    path = tmp_path / "fuzz.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    bb = Bounceback(Settings(database_url=url, home=tmp_path / "home"), clock=lambda: NOW)
    bb.data.build_demo("small")
    bb.close()
    return url


def note(line: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    with (ARTIFACTS / "fuzz.txt").open("a", encoding="utf-8") as out:
        out.write(line + "\n")


def fuzz_part(demo: str, tmp_path: Path, part: int) -> None:
    """Half of the CLI fuzz's command lines (every other one of the seeded plan: the same lines
    as one run of them all); the other half is test_fuzz_cli_half.py, so that two workers share
    the fuzz's minute (--dist loadfile gives a file to one worker)."""
    files = fuzzkit.Files.make(tmp_path / "files")
    report = fuzzkit.fuzz(demo, files, seed=FUZZ_SEED, rounds=CLI_ROUNDS, budget=BUDGET_SECONDS,
                          part=part, parts=CLI_PARTS)
    note(f"CLI fuzz, seed {FUZZ_SEED}, part {part + 1} of {CLI_PARTS}: {report.summary()}")
    planned = fuzzkit.plan(FUZZ_SEED, CLI_ROUNDS, part, CLI_PARTS)
    assert set(report.per_command) == set(planned)  # every command of this half was fuzzed
    assert not report.crashes, "\n".join(f"{c.argv!r}: {c.error}" for c in report.crashes[:20])


def test_the_fuzz_parts_cover_every_command_and_every_line() -> None:
    parts = [fuzzkit.plan(FUZZ_SEED, CLI_ROUNDS, part, CLI_PARTS) for part in range(CLI_PARTS)]
    assert sum(map(len, parts)) == CLI_ROUNDS * len(fuzzkit.commands())
    assert {c for part in parts for c in part} == {" ".join(p) for p, _ in fuzzkit.commands()}


def test_no_command_crashes_on_hostile_input(demo: str, tmp_path: Path) -> None:
    fuzz_part(demo, tmp_path, 0)


def test_no_web_route_fails_on_hostile_input(demo: str) -> None:
    from starlette.routing import Route

    from bounceback.web.app import create_app
    from bounceback.web.rendering import HERE

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    bb = Bounceback(Settings(database_url=demo), clock=lambda: NOW)
    app = create_app(bb)
    routes = [(r.path, set(r.methods or ())) for r in app.routes if isinstance(r, Route)]
    names = webfuzz.field_names(HERE / "templates")
    with TestClient(app, raise_server_exceptions=False) as client:
        client.get("/favicon.ico")
        report = webfuzz.fuzz_web(client, str(client.cookies["bb_csrf"]), routes, names,
                                  seed=FUZZ_SEED, rounds=WEB_ROUNDS)
    bb.close()
    note(f"web fuzz, seed {FUZZ_SEED}: {len(routes)} routes, {report.summary()}")
    assert not report.crashes, "\n".join(report.crashes[:20])
