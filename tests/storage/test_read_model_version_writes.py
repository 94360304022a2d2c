"""A process still running older code after an upgrade (issue 16, review of round 25): the new
code rebuilt the store to a newer read-model VERSION, and the old process, still serving, must
not follow its writes with its older rules (the applications sent per week, `applied_week`,
would miss them until `bounceback db rebuild`). Each write's read-model follow-up reads the
stored version in the statement that takes the changed rows (no statement more): an older
process refuses with a message telling the user to restart, and nothing is stored; a newer one
that finds an older stamp (rebuilt by an older process since) recomputes everything by its own
rules. Two code versions are simulated by the VERSION constant, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bounceback.config import Settings
from bounceback.domain.errors import BouncebackError, StoreUpgraded
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import EventKind
from bounceback.services import Bounceback
from bounceback.storage import readmodel
from tests_now import day

OLD = readmodel.VERSION
NEW = str(int(OLD) + 1)


def _stored(bb: Bounceback) -> tuple[str, int, int]:
    """The stored read model's version, the applications there, and the read model's rows."""
    with bb.db.reader() as r:
        version = r.scalar("SELECT value FROM rm_meta WHERE key = 'version'")
        apps = r.scalar("SELECT count(*) FROM applications")
        kept = r.scalar("SELECT count(*) FROM rm_applications")
    return str(version), int(apps), int(kept)


def _upgraded_elsewhere(bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """Newer code (VERSION one higher) rebuilds the store, as its first start does; then this
    process goes on running the older code."""
    monkeypatch.setattr(readmodel, "VERSION", NEW)
    bb.data.rebuild_read_model()
    monkeypatch.setattr(readmodel, "VERSION", OLD)


def test_an_older_process_refuses_to_write_after_an_upgrade(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    app = bb.applications.add(Application(company="Before Ltd", role="Analyst",
                                          date_applied=day(-3)))
    _upgraded_elsewhere(bb, monkeypatch)
    before = _stored(bb)
    assert before == (NEW, 1, 1)
    writes = [
        ("an application (ORM session)", lambda: bb.applications.add(
            Application(company="After Ltd", role="Analyst", date_applied=day(-1)))),
        ("an application (the CLI's Core write)", lambda: bb.lean_writes.add(
            Application(company="Lean Ltd", role="Analyst", date_applied=day(-1)))),
        ("a note (the CLI's Core write)", lambda: bb.lean_writes.note(app.id, "Called them")),
        ("an application's edit", lambda: bb.applications.edit(app.id, {"role": "Lead"})),
    ]
    for what, write in writes:
        with pytest.raises(StoreUpgraded) as raised:
            write()
        message = str(raised.value)
        assert "restart bounceback" in message and f"version {NEW}" in message, what
        assert "nothing was saved" in message, what
        assert isinstance(raised.value, BouncebackError)  # one line in the CLI, a page on the web
        assert _stored(bb) == before, f"{what} stored something"
    assert bb.applications.get(app.id).role == "Analyst"
    # Restarted on the new code: the same write goes through, followed by the new rules.
    monkeypatch.setattr(readmodel, "VERSION", NEW)
    bb.applications.add(Application(company="After Ltd", role="Analyst", date_applied=day(-1)))
    assert _stored(bb) == (NEW, 2, 2)
    assert bb.data.check_read_model() == []


def test_a_newer_process_recomputes_a_store_an_older_one_stamped(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    bb.applications.add(Application(company="First Ltd", role="Analyst", date_applied=day(-9)))
    # This process runs the newer code; an older process rebuilt the store since (its start).
    monkeypatch.setattr(readmodel, "VERSION", NEW)
    with bb.db.session() as s:  # the stamp an older rebuild leaves
        from sqlalchemy import text

        s.execute(text("UPDATE rm_meta SET value = :v WHERE key = 'version'"), {"v": OLD})
        s.execute(text("DELETE FROM rm_applications"))  # and rows by other rules
    bb.lean_writes.add(Application(company="Second Ltd", role="Analyst", date_applied=day(-1)))
    assert _stored(bb) == (NEW, 2, 2)
    assert bb.data.check_read_model() == []


def test_the_web_says_to_restart_and_saves_nothing(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """A form posted to a server left running on the older code: a page that says what to do
    (no traceback, no error 500), and the note is not stored."""
    from starlette.testclient import TestClient

    from bounceback.web.app import create_app

    app = bb.applications.add(Application(company="Web Ltd", role="Analyst",
                                          date_applied=day(-3)))
    with TestClient(create_app(bb), raise_server_exceptions=False) as client:
        client.get("/favicon.ico")  # the CSRF cookie
        _upgraded_elsewhere(bb, monkeypatch)
        answer = client.post(f"/applications/{app.id}/note", follow_redirects=False, data={
            "csrf_token": client.cookies["bb_csrf"], "note_text": "Sent a thank-you"})
    assert answer.status_code not in (303, 500)
    assert "restart bounceback" in answer.text and "nothing was saved" in answer.text
    assert "Traceback" not in answer.text
    assert [e.kind for e in bb.applications.timeline(app.id).events] == [EventKind.CREATED]


def test_an_older_process_opening_the_store_after_an_upgrade_changes_nothing(
        bb: Bounceback, db_url: str, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 26's review: a process of the older version that opens the store only after the
    upgrade (a command started afterwards, a seeker's store a centre's server opens for the
    first time) recomputed it back to its own version at opening, and saved its write. Now it
    refuses at opening: no trigger put back, nothing recomputed, nothing stored."""
    bb.applications.add(Application(company="Before Ltd", role="Analyst", date_applied=day(-3)))
    _upgraded_elsewhere(bb, monkeypatch)
    before = _stored(bb)
    assert before == (NEW, 1, 1)
    started_later = Bounceback(Settings(database_url=db_url, home=home), clock=bb.clock)
    try:
        with pytest.raises(StoreUpgraded) as raised:
            started_later.applications.add(
                Application(company="After Ltd", role="Analyst", date_applied=day(-1)))
        message = str(raised.value)
        assert "nothing was changed" in message and f"version {NEW}" in message
        assert "run the newer version" in message
    finally:
        started_later.close()
    assert _stored(bb) == before  # not stamped back to the older version, nothing added
    monkeypatch.setattr(readmodel, "VERSION", NEW)
    assert bb.data.check_read_model() == []  # the newer rules' rows untouched


def test_the_cli_started_on_older_code_says_so_in_one_line(
        bb: Bounceback, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    bb.applications.add(Application(company="Before Ltd", role="Analyst", date_applied=day(-3)))
    _upgraded_elsewhere(bb, monkeypatch)
    result = cli("add", "Gamma Ltd", "QA")
    assert result.exit_code != 0
    assert "nothing was changed" in result.output and "Traceback" not in result.output
    assert _stored(bb) == (NEW, 1, 1)


def test_a_long_import_refused_after_an_upgrade_leaves_nothing_saved(
        bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 26's review: a long import commits every 200 rows and the read model follows at
    its end, so a refusal there left the batches before it saved while saying nothing was.
    Each batch now checks first: the message is true."""
    bb.applications.add(Application(company="Before Ltd", role="Analyst", date_applied=day(-3)))
    _upgraded_elsewhere(bb, monkeypatch)
    rows = "\n".join(f"Firm {n} Ltd,Analyst,{day(-2).isoformat()}" for n in range(450))
    with pytest.raises(StoreUpgraded) as raised:
        bb.data.import_csv(f"company,role,date_applied\n{rows}\n")
    assert "nothing was saved" in str(raised.value)
    assert _stored(bb) == (NEW, 1, 1)
