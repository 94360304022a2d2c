"""Fixtures: a fresh database per test on SQLite and on PostgreSQL, the service, the CLI.

PostgreSQL runs when BOUNCEBACK_TEST_PG_URL points at a server (`make test` starts a throwaway
cluster and sets it). Under CI=true a missing server is a failure, never a skip.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as _hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from typer.testing import CliRunner

from bounceback.config import Settings
from bounceback.services import Bounceback
from bounceback.storage.migrate import upgrade
from tests_now import NOW

# No timing assertions in tests: Hypothesis's default deadline (200 ms of wall clock per
# example) is one. On a machine shared by several test suites an example that costs 3 ms of
# processor time waited past it once (tests/charts/test_calendar.py, round 9), and Hypothesis
# reported the property as failed. What the properties assert holds; how fast is the
# benchmarks' business.
_hypothesis_settings.register_profile("bounceback", deadline=None)
_hypothesis_settings.load_profile("bounceback")

PG_URL = os.environ.get("BOUNCEBACK_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() == "true"
ENGINES = ["sqlite", "postgresql"]
# Whatever reads the service's clock from the environment (a service built without a clock, a
# command run in a process of its own) sees the tests' now too.
os.environ["BOUNCEBACK_NOW"] = NOW.isoformat()
# Nothing the tests run writes to the user's cache folder (the crisis encoder's 65 MB word-piece
# table, crisis_encoder_table.py): a folder of the session's own, removed when it ends (each
# xdist worker has its own). Commands run in a process of their own inherit it.
TEST_CACHE = Path(tempfile.mkdtemp(prefix="bounceback-test-cache-"))
os.environ["BOUNCEBACK_CACHE_DIR"] = str(TEST_CACHE)
atexit.register(shutil.rmtree, TEST_CACHE, ignore_errors=True)


def pytest_report_header(config: pytest.Config) -> str:
    return f"tests' now: {NOW.isoformat()} (BOUNCEBACK_TEST_NOW pins it)"


# The date-heavy tests (`-m dates`), which CI runs again at a year's end: every module that
# builds its dates from tests_now, and these, which read or parse dates another way.
DATE_HEAVY = {
    "test_clock.py",
    "test_dates.py",
    "test_date_order.py",
    "test_docs.py",
    "mail/test_times.py",
    "web/test_fresh.py",
    "storage/test_read_model.py",
    "charts/test_calendar.py",
}
_TESTS = Path(__file__).parent
# Files of a minute or more that carry no `slow` mark (they run in every pass).
LONG_FILES = ("adversarial/test_fuzz.py", "adversarial/test_fuzz_cli_half.py", "test_docs.py",
              "adversarial/test_sweep_cases.py")


def _date_heavy(path: Path, seen: dict[Path, bool]) -> bool:
    if path not in seen:
        name = path.relative_to(_TESTS).as_posix() if path.is_relative_to(_TESTS) else ""
        seen[path] = name in DATE_HEAVY or "tests_now import" in path.read_text(encoding="utf-8")
    return seen[path]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if IN_CI and not PG_URL:
        raise pytest.UsageError("CI=true but BOUNCEBACK_TEST_PG_URL is not set: PostgreSQL is required")
    seen: dict[Path, bool] = {}
    for item in items:
        if _date_heavy(item.path, seen):
            item.add_marker(pytest.mark.dates)
    # The longest files start first: `--dist loadfile` hands files out in this order, and a
    # file of minutes dealt last kept one worker busy while the other sat idle.
    first = {item.path for item in items if item.get_closest_marker("slow")}
    first |= {_TESTS / name for name in LONG_FILES}
    items.sort(key=lambda item: item.path not in first)  # stable: the rest keep their order


def _first_difference(left: object, right: object) -> str:
    if isinstance(left, dict) and isinstance(right, dict):
        keys = left.keys() ^ right.keys()
        changed = [k for k in left.keys() & right.keys() if left[k] != right[k]]
        return f"{len(keys)} keys in one only, {len(changed)} values differ"
    n = next((i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b),  # type: ignore[call-overload]
             min(len(left), len(right)))  # type: ignore[arg-type]
    return f"first difference at index {n}"


def pytest_assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """A short account of two large values that differ. pytest's own diff of them is quadratic
    (difflib): a failed comparison of two model files of megabytes ran for hours and round 19's
    CI never finished. Small values keep pytest's diff."""
    sized = (bytes, str, list, tuple, dict)
    if op != "==" or not (isinstance(left, sized) and isinstance(right, sized)):
        return None
    if max(len(left), len(right)) <= 2000:
        return None
    return [f"{type(left).__name__} of {len(left)} == {type(right).__name__} of {len(right)}",
            _first_difference(left, right)]


# No test leaves a file in the repository (a command run without a folder of its own writes into
# the current one, which is the repository's root under pytest): the files git does not know of
# are listed when the session starts and again when it ends, and anything new fails the run.
REPO = Path(__file__).resolve().parents[1]
_UNTRACKED = pytest.StashKey[set[str]]()


def _untracked() -> set[str] | None:
    try:
        done = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "-z",
                               "--untracked-files=all"], capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None  # no git (an unpacked sdist): nothing to compare
    if done.returncode != 0:
        return None
    entries = done.stdout.decode("utf-8", "surrogateescape").split("\0")
    return {e[3:] for e in entries if e.startswith("?? ")}


def pytest_sessionstart(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):  # the controller only, not each xdist worker
        before = _untracked()
        if before is not None:
            session.config.stash[_UNTRACKED] = before


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_UNTRACKED, None)
    if before is None or hasattr(session.config, "workerinput"):
        return
    left = sorted((_untracked() or set()) - before)
    if left:
        shown = ", ".join(repr(name) for name in left[:10])
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"tests left {len(left)} new file(s) in the repository: {shown} "
                                "(write into tmp_path, or chdir there first)", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def _build_demo(url: str, home: Path) -> None:
    """The small demo search, built for NOW, into the database at `url` (as `demo_bb` did per
    test: the templates below keep it, and each test that asks for it gets a copy)."""
    made = Bounceback(Settings(database_url=url, home=home), clock=lambda: NOW)
    try:
        made.data.build_demo("small")
    finally:
        made.close()


@pytest.fixture(scope="session")
def sqlite_demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / "demo.db"
    shutil.copy(sqlite_template, path)
    _build_demo(f"sqlite:///{path}", folder / "home")
    return path


def _pg_database(name: str, template: str | None) -> str:
    """A new database on the test cluster (copied from `template` when given): its URL."""
    admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    admin.dispose()
    return make_url(PG_URL or "").set(database=name).render_as_string(hide_password=False)


def _pg_drop(name: str) -> None:
    admin = create_engine(PG_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    if not PG_URL:
        yield None
        return
    name = f"bb_template_{os.getpid()}"
    engine = create_engine(_pg_database(name, None))
    upgrade(engine)
    engine.dispose()
    yield name
    _pg_drop(name)


@pytest.fixture(scope="session")
def pg_demo_template(pg_template: str | None,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    if pg_template is None:
        yield None
        return
    name = f"bb_demo_template_{os.getpid()}"
    _build_demo(_pg_database(name, pg_template), tmp_path_factory.mktemp("demo-template-home"))
    yield name
    _pg_drop(name)


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A migrated database on each engine: empty, or the small demo search when the test asks
    for `demo_bb` (a copy of the session's demo template: the demo is built once per engine and
    worker, not once per test)."""
    demo = "demo_bb" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "bounceback.db"
        shutil.copy(request.getfixturevalue("sqlite_demo_template") if demo else sqlite_template,
                    path)
        yield f"sqlite:///{path}"
        return
    if not PG_URL:
        if IN_CI:
            pytest.fail("PostgreSQL is required under CI=true")
        pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")
    template = request.getfixturevalue("pg_demo_template" if demo else "pg_template")
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A SQLite database only, for what is SQLite's own (backups, secure delete)."""
    path = tmp_path / "bounceback.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder, moved into the test's own temporary folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("BOUNCEBACK_HOME", str(folder))
    monkeypatch.delenv("BOUNCEBACK_DATABASE_URL", raising=False)
    return folder


@pytest.fixture
def bb(db_url: str, home: Path) -> Iterator[Bounceback]:
    app = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    yield app
    app.close()


@pytest.fixture
def demo_bb(bb: Bounceback, db_url: str) -> Bounceback:
    """The service over the small demo search, built for NOW (`db_url` copied it from the
    session's demo template, built by `build_demo("small")` as a user's `demo` builds it)."""
    if bb.settings.database_url != db_url:  # a `bb` of a conftest's own, over another database
        bb.data.build_demo("small")
    return bb


class Cli:
    """Runs `bounceback --db URL ...` in-process, as a user would type it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, db: bool = True):  # type: ignore[no-untyped-def]
        from bounceback.cli import context
        from bounceback.cli.main import app

        context.state.service = None
        argv = (["--db", self.url] if db else []) + list(args)
        result = self.runner.invoke(app, argv, input=input, catch_exceptions=True)
        if context.state.service is not None:
            context.state.service.close()
            context.state.service = None
        return result


@pytest.fixture
def cli(db_url: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("BOUNCEBACK_NOW", NOW.isoformat())
    return Cli(db_url)
