"""`bounceback emails classify` as scripts run it: a real process, standard input and files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tests_support_cli import run_cli


def test_classify_from_stdin_never_needs_a_database(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "from": "Acme <no-reply@hire.lever.co>", "subject": "Acme - Data Analyst",
         "body": "We have decided to move forward with other candidates for the Data Analyst "
                 "role at Acme."},
        "garbage",
        {"id": "b", "subject": "Your Spotify receipt", "body": "Thanks for your payment."},
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    done = run_cli(["--db", "sqlite:////nonexistent/dir/no.db", "emails", "classify"],
                   input=text, env={"BOUNCEBACK_HOME": str(tmp_path / "home")})
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["kind"] == "rejection" and rows[1]["kind"] == "other"
    assert "<stdin>:2" in done.stderr
    assert not (tmp_path / "home").exists()


def test_classify_files_and_a_bad_model_path(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "subject": "Interview invitation",
                                "body": "Please share your availability for an interview."}))
    done = run_cli(["emails", "classify", str(path)])
    assert done.returncode == 0 and json.loads(done.stdout)["kind"] == "interview_request"
    bad = run_cli(["emails", "classify", "--model", str(path), str(path)])
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr and "--model" in bad.stderr
