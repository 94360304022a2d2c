"""What a process keeps between requests (the reasons model trained on the labels, an
application's skill gaps) is kept under a stamp that every write to what it comes from moves,
in the write's own transaction: a request that finds the stamp unchanged reads nothing else,
and a change made by another process shows on the very next request. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from bounceback.services import Bounceback
from kept_probes import TEMPLATE, elsewhere, rejected, statements

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def test_a_label_written_by_another_process_is_seen_on_the_next_request(
        bb: Bounceback, db_url: str, home: Path) -> None:
    app = rejected(bb)
    first = bb.learning.review_reasons(app.id)
    assert first.suggestions[0].reason == "internal_candidate"
    with statements(bb) as sent:
        again = bb.learning.review_reasons(app.id)
    assert again.suggestions == first.suggestions
    assert not [s for s in sent if "reason_labels" in s], "nothing changed: no label is read"

    elsewhere(db_url, home, "reasons", str(app.id), "--set", "custom:budget_politics")
    after = bb.learning.review_reasons(app.id)
    assert "custom:budget_politics" in [s.reason for s in after.suggestions]
    assert "custom:budget_politics" in after.valid_reasons
    assert "custom:budget_politics" in bb.learning.valid_reasons()

    # A second correction elsewhere replaces the label: the old reason leaves the suggestions.
    elsewhere(db_url, home, "reasons", str(app.id), "--set", "custom:reorganised")
    latest = bb.learning.review_reasons(app.id)
    names = [s.reason for s in latest.suggestions]
    assert "custom:reorganised" in names and "custom:budget_politics" not in names


def test_a_label_written_in_this_process_is_seen_too(bb: Bounceback) -> None:
    app = rejected(bb)
    bb.learning.review_reasons(app.id)
    bb.learning.correct_reasons(app.id, "custom:budget_politics")
    model, retrained = bb.learning.reason_model()
    assert retrained and "custom:budget_politics" in [s.reason for s in model.suggest(TEMPLATE)]
    assert bb.learning.reason_model() == (model, False)  # kept: not retrained, not reloaded


def test_gaps_follow_a_profile_change_made_by_another_process(
        bb: Bounceback, db_url: str, home: Path) -> None:
    name = "posting_jsonld.html"
    app_id = bb.skills.import_posting((DATA / name).read_bytes(), name).application_id
    text = (DATA / "resume.md").read_text(encoding="utf-8")
    bb.skills.import_resume(text.encode(), "resume.md", name="backend", app_id=app_id)
    first = bb.skills.gaps(app_id)
    assert "Java" in [g.skill for g in first.gaps.required_missing]
    with statements(bb) as sent:
        again = bb.skills.gaps(app_id)
    assert again == first
    assert not [s for s in sent if "posting_skills" in s or "resume" in s], \
        "nothing changed: neither the posting nor the resumes are read again"

    elsewhere(db_url, home, "skills", "add", "Java")
    after = bb.skills.gaps(app_id)
    assert "Java" not in [g.skill for g in after.gaps.required_missing]

    # The application's own fields are the current ones, kept report or not.
    bb.applications.edit(app_id, {"role": "Principal Backend Engineer"})
    assert "Principal Backend Engineer" in bb.skills.gaps(app_id).application_title

    # A resume linked in another process: its version is the one the page names.
    elsewhere(db_url, home, "resume", "import", str(DATA / "resume.md"), "--name", "second",
              "--app", str(app_id))
    assert bb.skills.gaps(app_id).resume == "second v1"


def test_a_vocabulary_entry_swapped_by_another_process_is_seen(
        bb: Bounceback, db_url: str, home: Path) -> None:
    elsewhere(db_url, home, "skills", "vocabulary", "zorblax welding", "--add")
    assert bb.skills.vocabulary().get("zorblax welding") is not None
    # removed and another added: same count, and SQLite gives the new entry the freed id
    elsewhere(db_url, home, "skills", "vocabulary", "zorblax welding", "--remove")
    elsewhere(db_url, home, "skills", "vocabulary", "quuxite brazing", "--add")
    vocabulary = bb.skills.vocabulary()
    assert vocabulary.get("zorblax welding") is None
    assert vocabulary.get("quuxite brazing") is not None


def test_a_caller_changing_the_gaps_it_was_given_does_not_change_the_kept_report(
        bb: Bounceback) -> None:
    """The kept report is the process's: what a caller does with its copy (a page sorting or
    trimming a list) must not show on the next request."""
    name = "posting_jsonld.html"
    app_id = bb.skills.import_posting((DATA / name).read_bytes(), name).application_id
    text = (DATA / "resume.md").read_text(encoding="utf-8")
    bb.skills.import_resume(text.encode(), "resume.md", name="backend", app_id=app_id)
    for _ in range(2):  # worked out, then served from what is kept
        given = bb.skills.gaps(app_id)
        expected = [g.skill for g in given.gaps.required_missing]
        hints, implied = list(given.hints), list(given.implied)
        assert expected and implied and given.gaps.matched
        given.gaps.required_missing.clear()
        given.gaps.matched.clear()
        given.hints.clear()
        given.implied.clear()
        again = bb.skills.gaps(app_id)
        assert [g.skill for g in again.gaps.required_missing] == expected
        assert again.hints == hints and again.implied == implied and again.gaps.matched


def test_preferences_are_read_once_per_transaction_and_again_after_a_write_in_it(
        bb: Bounceback) -> None:
    """A page that asks several parts reads the settings once; a setting saved in the same
    transaction (or by another process, before it) shows on the next read."""
    with bb.db.session(), statements(bb) as sent:
        before = bb.preferences()
        assert bb.preferences() == before
        reads = [s for s in sent if "FROM settings" in s]
        assert len(reads) <= 1  # SQLite's lean reader is not seen here; PostgreSQL's is
        bb.settings_store.set({"weekly_application_goal": before.weekly_application_goal + 3})
        assert bb.preferences().weekly_application_goal == before.weekly_application_goal + 3
    assert bb.preferences().weekly_application_goal == before.weekly_application_goal + 3
