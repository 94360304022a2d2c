"""The console script's fast path for `emails classify` answers exactly as the full CLI does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.tests_support_cli import run_cli

from bounceback.cli.entry import parse_classify

_LINES = [
    json.dumps({"id": "a", "from": "Acme <no-reply@hire.lever.co>", "subject": "Acme - Data "
                "Analyst", "body": "We have decided to move forward with other candidates for "
                "the Data Analyst role at Acme."}),
    "not json at all",
    "[1, 2]",
    json.dumps({"id": 7, "subject": "Interview invitation", "body": "<html><body><p>Please "
                "share your <b>availability</b> for an interview.</p></body></html>"}),
    json.dumps({"id": None, "subject": "Your Spotify receipt", "body": "Thanks for paying."}),
]


@pytest.mark.parametrize("args", [
    ["emails", "classify"],
    ["emails", "classify", "-"],
    ["emails", "classify", "--workers", "1", "{file}"],
    ["emails", "classify", "{file}", "--workers=2", "{missing}"],
    ["emails", "classify", "--model", "{file}", "{file}"],
])
def test_fast_path_and_full_cli_agree(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "in.jsonl"
    text = "\n".join(_LINES) + "\n"
    path.write_text(text)
    argv = [a.format(file=path, missing=tmp_path / "nope.jsonl") for a in args]
    assert parse_classify(argv) is not None  # this call does take the fast path
    fast = run_cli(argv, input=text)
    full = run_cli(argv, input=text, env={"BOUNCEBACK_FULL_CLI": "1"})
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        full.returncode, full.stdout, full.stderr)
    assert "Traceback" not in fast.stderr


def test_global_options_and_help_go_to_the_full_cli(tmp_path: Path) -> None:
    assert parse_classify(["--db", "sqlite:///x.db", "emails", "classify"]) is None
    assert parse_classify(["emails", "classify", "--help"]) is None
    assert parse_classify(["emails", "classify", "--workers", "99"]) is None
    assert parse_classify(["emails", "classify", "--", "-x.jsonl"]) == (["-x.jsonl"], None, 0)
    done = run_cli(["--db", f"sqlite:///{tmp_path / 'x.db'}", "emails", "classify"],
                   input=_LINES[0] + "\n")
    assert done.returncode == 0 and json.loads(done.stdout)["kind"] == "rejection"
    helped = run_cli(["emails", "classify", "--help"])
    assert helped.returncode == 0 and "--workers" in helped.stdout and "--model" in helped.stdout
