"""A lock is never a lost write (issue 18, item 5).

The sweep: while a 10-second JSON import ran, `add` failed after about 10 s with "something
went wrong inside bounceback (OperationalError)". Now writers wait their turn and say so once,
and long imports commit in batches, letting a waiting writer in between.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from bounceback.config import Settings
from bounceback.domain.errors import DatabaseUnavailable
from bounceback.domain.models import Application
from bounceback.services import Bounceback
from bounceback.storage import busy

NOW = datetime(2026, 11, 25, 10)


def app_for(url: str, told: list[str] | None = None) -> Bounceback:
    bb = Bounceback(Settings(database_url=url), clock=lambda: NOW)
    if told is not None:
        bb.db.on_busy = told.append
    return bb


def hold_the_lock(url: str, seconds: float, *, as_import: bool) -> threading.Thread:
    """Another program writing: a transaction that holds SQLite's write lock for a while."""
    path = Path(url.removeprefix("sqlite:///"))
    holding = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        marker = path.with_name(path.name + "-import")
        if as_import:
            marker.write_text("1")  # another process's import
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE applications SET notes = 'held'")
        holding.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
        connection.close()
        marker.unlink(missing_ok=True)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(10)
    return thread


def test_a_writer_waits_for_the_lock_and_says_why(sqlite_url: str) -> None:
    told: list[str] = []
    bb = app_for(sqlite_url, told)
    bb.applications.add(Application(company="Acme", role="Analyst"))
    holder = hold_the_lock(sqlite_url, 6.0, as_import=True)  # longer than busy_timeout (5 s)
    added = bb.applications.add(Application(company="Harbour", role="Engineer"))
    holder.join()
    assert told == ["the database is busy with an import; retrying"]
    assert added.id is not None
    assert {a.company for a in bb.applications.list()} == {"Acme", "Harbour"}
    bb.close()


def test_a_writer_that_cannot_get_in_saves_nothing_and_says_so(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(busy, "PATIENCE_SECONDS", 0.5)
    bb = app_for(sqlite_url, [])
    bb.applications.add(Application(company="Acme", role="Analyst"))
    holder = hold_the_lock(sqlite_url, 3.0, as_import=False)
    with pytest.raises(DatabaseUnavailable, match="stayed busy.*nothing was saved"):
        bb.applications.add(Application(company="Harbour", role="Engineer"))
    holder.join()
    assert [a.company for a in bb.applications.list()] == ["Acme"]
    bb.close()


def big_export(count: int) -> dict[str, Any]:
    rows = [{"id": i, "uid": f"u{i:08d}", "company_id": 1, "role": f"Role {i}",
             "stage": "applied", "furthest_stage": "applied", "source": "other",
             "date_applied": date(2026, 1, 1 + i % 28).isoformat(), "notes": "",
             "description": ""} for i in range(1, count + 1)]
    return {"format": "bounceback-export", "version": 1, "tables": {
        "companies": [{"id": 1, "name": "Bulk", "key": "bulk", "notes": ""}],
        "applications": rows}}


def test_a_long_import_lets_a_writer_in_between_its_batches(sqlite_url: str) -> None:
    importer = app_for(sqlite_url)
    importer.applications.add(Application(company="Mine", role="Analyst"))  # a merge import
    marker = Path(sqlite_url.removeprefix("sqlite:///") + "-import")
    finished: list[float] = []

    def run_import() -> None:
        importer.data.import_document(big_export(6000))
        finished.append(time.monotonic())

    thread = threading.Thread(target=run_import)
    thread.start()
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    told: list[str] = []
    writer = app_for(sqlite_url, told)
    writer.applications.add(Application(company="Harbour", role="Engineer"))
    added_at = time.monotonic()
    thread.join()
    assert finished and added_at < finished[0], "the writer waited for the whole import"
    assert len(writer.applications.list()) == 6002
    importer.close()
    writer.close()
