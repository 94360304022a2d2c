"""Delete for good holds against other readers of the SQLite WAL (issue 18, item 1).

The sweep: with another connection holding a read transaction during `journal delete`, "deleted
for good" was printed and the text stayed in `bounceback.db-wal`, still there after the reader
closed and other commands ran (a second program, like the web app, kept the WAL alive). These
tests read the raw bytes of the database and WAL files.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bounceback.config import Settings
from bounceback.services import Bounceback
from bounceback.services.recovery import EntryDraft
from bounceback.storage import maintenance

MARKER = "MARKER-wal-4b1d: what I could not say to anyone"
NOW = datetime(2026, 11, 25, 10)


def raw_bytes(url: str) -> bytes:
    path = Path(url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def open_reader(url: str) -> sqlite3.Connection:
    """Another program reading: a transaction open on the snapshot that still has the text."""
    reader = sqlite3.connect(url.removeprefix("sqlite:///"), check_same_thread=False)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM journal_entries").fetchone()[0] >= 1
    return reader


def app_for(url: str, home: Path) -> Bounceback:
    return Bounceback(Settings(database_url=url, home=home), clock=lambda: NOW)


def test_delete_waits_for_a_reader_and_leaves_no_copy(sqlite_url: str, home: Path) -> None:
    app = app_for(sqlite_url, home)
    web = app_for(sqlite_url, home)  # a second program with the database open (the web app)
    saved = app.recovery.write(EntryDraft(MARKER))
    assert web.recovery.journal()  # its pool keeps a connection open from now on
    assert saved.entry is not None and MARKER.encode() in raw_bytes(sqlite_url)
    reader = open_reader(sqlite_url)
    threading.Timer(1.0, reader.close).start()  # lets go while the delete is retrying
    app.recovery.delete_entry(saved.entry.id)
    assert not app.data.scrub_pending()
    assert MARKER.encode() not in raw_bytes(sqlite_url)
    app.close()
    web.close()


def test_a_reader_that_never_lets_go_is_reported_and_the_next_run_finishes(
    sqlite_url: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(maintenance, "PATIENCE_SECONDS", 0.3)
    monkeypatch.setenv("BOUNCEBACK_NOW", NOW.isoformat())
    app = app_for(sqlite_url, home)
    saved = app.recovery.write(EntryDraft(MARKER))
    assert saved.entry is not None
    app.close()
    reader = open_reader(sqlite_url)

    from bounceback.cli import context
    from bounceback.cli.main import app as cli_app

    context.state.service = None
    result = CliRunner().invoke(
        cli_app, ["--db", sqlite_url, "journal", "delete", str(saved.entry.id), "--yes"]
    )
    if context.state.service is not None:
        context.state.service.close()
        context.state.service = None
    assert result.exit_code == 1
    assert "deleted for good" not in result.output
    assert "may stay in the database's -wal file" in result.stderr
    assert MARKER.encode() in raw_bytes(sqlite_url)  # the truth the message tells

    reader.close()
    later = app_for(sqlite_url, home)  # the next command, in a new process
    assert later.recovery.journal() == []
    assert not later.data.scrub_pending()
    assert MARKER.encode() not in raw_bytes(sqlite_url)
    later.close()


def test_the_same_process_finishes_once_the_reader_closes(
    sqlite_url: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The web app deletes, a reader holds on past the patience, then closes: the web app's
    next request finishes the job without a new process."""
    monkeypatch.setattr(maintenance, "PATIENCE_SECONDS", 0.3)
    web = app_for(sqlite_url, home)
    saved = web.recovery.write(EntryDraft(MARKER))
    assert saved.entry is not None
    reader = open_reader(sqlite_url)
    web.recovery.delete_entry(saved.entry.id)
    assert web.data.scrub_pending()
    reader.close()
    web.applications.list()
    assert not web.data.scrub_pending()
    assert MARKER.encode() not in raw_bytes(sqlite_url)
    web.close()
