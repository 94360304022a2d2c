"""The learning commands as a user types them, on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

from tests_now import day

TEXT = "Thank you for interviewing. The position has been filled by an internal candidate."


def setup_rejection(cli) -> None:  # type: ignore[no-untyped-def]
    assert (
        cli(
            "add", "Larkspur", "Data Analyst", "--applied", day(-55).isoformat(), "--stage", "interviewing"
        ).exit_code
        == 0
    )
    assert cli("reject", "1", "--text", TEXT).exit_code == 0


def test_feedback_request_writes_eml_without_asking(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    target = tmp_path / "ask.eml"
    result = cli("feedback", "request", "1", "--eml", str(target), input="")
    assert result.exit_code == 0, result.stderr
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "Data Analyst" in message["Subject"]
    assert "[name of the interviewer or hiring manager]" in message.get_content()
    out = result.stdout
    assert "mailto:" in out and "replace" in out.lower()
    assert "Nothing is recorded yet" in out and "bounceback feedback sent 1" in out
    assert json.loads(cli("feedback", "list", "--json").stdout)["asked"] == 0  # a draft only
    sent = cli("feedback", "sent", "1")
    assert sent.exit_code == 0, sent.output
    assert "Recorded" in sent.stdout and day(7).isoformat() in sent.stdout and "71 %" in sent.stdout
    assert json.loads(cli("feedback", "list", "--json").stdout)["asked"] == 1


def test_feedback_request_json_with_contact_and_tone(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    result = cli(
        "feedback",
        "request",
        "1",
        "--tone",
        "brief",
        "--to",
        "Ana Ruiz",
        "--to-email",
        "ana@lark.test",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["draft"]["to_email"] == "ana@lark.test" and data["draft"]["tone"] == "brief"
    assert data["mailto"].startswith("mailto:ana@lark.test?")
    assert data["request"]["follow_up_due"] == day(7).isoformat() and data["recorded"] is False
    bad = cli("feedback", "request", "1", "--tone", "grovelling")
    assert bad.exit_code == 2 and "warm, formal, brief" in bad.stderr


def test_follow_up_once_then_refused(cli) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    cli("feedback", "request", "1", "--sent")
    first = cli("feedback", "follow-up", "1")
    assert first.exit_code == 0 and "follow up once" in first.stdout
    second = cli("feedback", "follow-up", "1")
    assert second.exit_code != 0 and "one is" in second.stderr and "Traceback" not in second.stderr


def test_feedback_add_and_list(cli) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    cli("feedback", "sent", "1")
    added = cli("feedback", "add", "1", "--text", "Your SQL needed depth.", "--reason", "skill gap")
    assert added.exit_code == 0, added.stderr
    piped = cli("feedback", "add", "1", "--from", "Ana", input="Also: communication.\n")
    assert piped.exit_code == 0, piped.stderr
    data = json.loads(cli("feedback", "list", "--json").stdout)
    assert [f["text"] for f in data["feedback"]] == [
        "Your SQL needed depth.",
        "Also: communication.",
    ]
    assert (data["asked"], data["answered"]) == (1, 1)
    empty = cli("feedback", "add", "1", input="")
    assert empty.exit_code == 2 and "empty" in empty.stderr


def test_reasons_suggest_confirm_correct_and_bad_names(cli) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    review = json.loads(cli("reasons", "1", "--json").stdout)
    top = review["suggestions"][0]
    assert top["reason"] == "internal_candidate" and top["phrases"] and 0 < top["confidence"] <= 1
    shown = cli("reasons", "1").stdout
    assert "internal_candidate" in shown and "%" in shown
    assert cli("reasons", "1", "--confirm").exit_code == 0
    bad = cli("reasons", "1", "--set", "bad luck")
    assert bad.exit_code == 2
    assert "unknown reason 'bad luck'" in bad.stderr and "stronger_candidates" in bad.stderr
    fixed = cli(
        "reasons", "1", "--set", "custom:budget_politics", "--also", "position_closed", "--json"
    )
    assert [r["reason"] for r in json.loads(fixed.stdout)["reasons"]] == [
        "custom:budget_politics",
        "position_closed",
    ]
    valid = json.loads(cli("reasons", "--json").stdout)
    assert {"reason": "custom:budget_politics", "label": "Budget politics"} in valid
    assert len(valid) == 12


def test_interview_log_then_practice_session(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Brindle", "Data Analyst", "--applied", day(-24).isoformat(), "--stage", "interviewing")
    logged = cli(
        "interview",
        "log",
        "1",
        "--on",
        day(-5).isoformat(),
        "--type",
        "phone screen",
        "--with",
        "Ana",
        "-q",
        "Tell me about a conflict",
        "-a",
        "rambled",
        "--score",
        "2",
        "-q",
        "Why us?",
        "--score",
        "4",
    )
    assert logged.exit_code == 0, logged.stderr
    assert "practice cards" in logged.stdout
    rounds = json.loads(cli("interview", "list", "1", "--json").stdout)
    assert rounds[0]["questions"][0]["rating"] == 2 and rounds[0]["kind"] == "phone_screen"
    bad = cli("interview", "log", "1", "--type", "coffee")
    assert bad.exit_code == 2 and "behavioural" in bad.stderr
    due = json.loads(cli("practice", "--json").stdout)
    assert [c["question"] for c in due] == ["Tell me about a conflict"]
    session = cli("practice", input="Situation: a split team\nAction: I listened\n\n4\n")
    assert session.exit_code == 0, session.stderr
    assert "Situation" in session.stdout and day(3).isoformat() in session.stdout
    cards = json.loads(cli("practice", "list", "--json").stdout)
    assert cards[0]["box"] == 2 and cards[0]["best_answer"].startswith("Situation")
    assert "Nothing due today" in cli("practice").stdout


def test_practice_help_and_empty_deck(cli) -> None:  # type: ignore[no-untyped-def]
    helped = cli("practice", "--help")
    assert helped.exit_code == 0 and "STAR" in helped.stdout
    empty = cli("practice")
    assert empty.exit_code == 0 and "deck is empty" in empty.stdout
    added = cli("practice", "add", "What is your biggest weakness?")
    assert added.exit_code == 0 and "due today" in added.stdout
    stopped = cli("practice", input="")
    assert stopped.exit_code == 0 and "0 card(s) reviewed" in stopped.stdout


def test_lessons_patterns_and_brief(cli) -> None:  # type: ignore[no-untyped-def]
    setup_rejection(cli)
    added = cli(
        "lesson", "add", "Bring numbers for impact", "--tag", "stage:interviewing,skill:sql"
    )
    assert added.exit_code == 0 and "stage:interviewing" in added.stdout
    bad = cli("lesson", "add", "x", "--tag", "mood:low")
    assert bad.exit_code == 2 and "stage:interviewing" in bad.stderr
    lessons = json.loads(cli("lesson", "list", "--json").stdout)
    assert lessons[0]["tags"] == ["stage:interviewing", "skill:sql"]
    assert json.loads(cli("lesson", "list", "--suggested", "--json").stdout) == []
    report = json.loads(cli("patterns", "--json").stdout)
    assert report["enough"] is False and report["by_stage"][0]["count"] == 1
    assert "too early" in cli("patterns").stdout
    cli("add", "Brindle", "Data Analyst", "--stage", "interviewing")
    text = cli("brief", "2")
    assert text.exit_code == 0 and "keep applying" in text.stdout
    assert "Bring numbers for impact" in text.stdout
    data = json.loads(cli("brief", "2", "--json").stdout)
    assert data["application"]["company"] == "Brindle" and "CareerPlug" in data["expectations"]
    missing = cli("brief", "99")
    assert missing.exit_code != 0 and "no application #99" in missing.stderr
