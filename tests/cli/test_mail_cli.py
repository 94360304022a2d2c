"""`bounceback emails import` and `bounceback inbox review` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

from mail.mailkit import job_message, make_message, write_mbox


def test_import_prints_a_summary_and_a_second_run_adds_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box = write_mbox(tmp_path / "All mail.mbox", [
        make_message(1, "Weekend plans", "See you Saturday."),
        job_message(2, "application_received", "Globex"),
        job_message(3, "rejection", "Globex"),
    ])
    first = cli("emails", "import", str(box))
    assert first.exit_code == 0, first.output
    assert "Read 3 messages" in first.stdout
    assert "Job-search emails: 2 (application received 1, rejection 1)" in first.stdout
    assert "Applications: 1 new, 0 updated." in first.stdout
    again = cli("emails", "import", str(box), "--json")
    assert again.exit_code == 0, again.output
    report = json.loads(again.stdout)
    assert report["up_to_date"] and report["messages"] == 0
    apps = json.loads(cli("list", "--json").stdout)
    assert [a["outcome"] for a in apps] == ["rejected"]


def test_what_is_not_mail_is_listed_and_the_exit_code_says_so(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7")
    result = cli("emails", "import", str(notes))
    assert result.exit_code == 1
    assert "not a mailbox" in result.stderr  # what could not be done goes to standard error
    assert "Traceback" not in result.output


def test_imap_without_a_password_is_one_clear_line(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BOUNCEBACK_IMAP_PASSWORD", raising=False)
    monkeypatch.setattr("bounceback.mail.imap.find_password", lambda *a: None)
    result = cli("emails", "import", "--imap-host", "127.0.0.1", "--imap-user", "sam")
    assert result.exit_code == 2
    assert "no IMAP password" in result.stderr


def test_review_list_and_decide(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Acme", "Data Analyst").exit_code == 0
    assert cli("add", "Acme", "Product Designer").exit_code == 0
    box = write_mbox(tmp_path / "box.mbox", [job_message(1, "interview_request", "Acme")])
    imported = cli("emails", "import", str(box))
    assert "Waiting for your review: 1" in imported.stdout, imported.stdout
    listed = cli("inbox", "review", "--list")
    assert "one of #1, #2" in listed.stdout
    items = json.loads(cli("inbox", "review", "--json").stdout)
    item = str(items[0]["id"])
    refused = cli("inbox", "review", item, "--accept")
    assert refused.exit_code == 2 and "several applications" in refused.stderr
    linked = cli("inbox", "review", item, "--link", "2")
    assert linked.exit_code == 0 and "linked to #2" in linked.stdout
    assert json.loads(cli("show", "2", "--json").stdout)["application"]["stage"] == "screening"
    assert "Nothing waits for review" in cli("inbox", "review").stdout


def test_review_one_at_a_time(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Acme", "Data Analyst").exit_code == 0
    assert cli("add", "Acme", "Product Designer").exit_code == 0
    box = write_mbox(tmp_path / "box.mbox", [job_message(n, "interview_request", "Acme")
                                             for n in (1, 2)])
    assert cli("emails", "import", str(box)).exit_code == 0
    monkeypatch.setattr("bounceback.cli.inbox.interactive", lambda: True)
    result = cli("inbox", "review", input="a\nl\n1\nq\n")
    assert result.exit_code == 0, result.output
    assert "several applications" in result.stdout  # the refusal, then the choice again
    assert "linked to #1" in result.stdout
    assert json.loads(cli("show", "1", "--json").stdout)["application"]["stage"] == "screening"
    assert len(json.loads(cli("inbox", "review", "--json").stdout)) == 1
