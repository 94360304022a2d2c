"""The layering rules are executable: import-linter's contracts in pyproject.toml must hold."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout.lower()


def test_the_domain_imports_no_framework_or_driver() -> None:
    code = (
        "import sys, bounceback.domain.models, bounceback.domain.vocabulary, bounceback.domain.dates;"
        "bad = {m for m in ('sqlalchemy','typer','rich','starlette','jinja2','psycopg') if m in sys.modules};"
        "print(sorted(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_help_does_not_load_the_database_layer() -> None:
    """`bounceback --help` stays fast: no SQLAlchemy, no services on the start-up path."""
    code = (
        "import sys; sys.argv=['bounceback','--help'];"
        "from bounceback.cli.main import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = {m for m in ('sqlalchemy','bounceback.services','plotly','numpy','sklearn','alembic') if m in sys.modules}\n"
        "sys.stderr.write(repr(sorted(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]"


def test_no_slow_test_builds_dates_from_the_tests_clock() -> None:
    """CI's second pass (.ci/run, pinned to a leap day) leaves out the `slow` tests to fit its
    time: that is safe only while none of them builds its dates from the tests' clock (those
    modules are the `dates` tests, which every pass runs)."""
    tests = Path(__file__).parent
    marked = re.compile(r"^(@pytest\.mark\.slow|pytestmark = pytest\.mark\.slow)", re.M)
    clock = re.compile(r"^\s*from tests_now import", re.M)
    slow = [p for p in tests.rglob("test_*.py") if marked.search(p.read_text(encoding="utf-8"))]
    assert len(slow) >= 5, "the slow tests moved: update .ci/run and this check"
    dated = [p.relative_to(tests).as_posix() for p in slow
             if clock.search(p.read_text(encoding="utf-8"))]
    assert dated == [], f"slow tests that read the tests' clock (CI's leap-day pass skips them): {dated}"
