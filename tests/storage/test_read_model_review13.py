"""Review of round 13: the resilience records' totals by day (rm_days, round 13) are kept as
what a record was and what it is. Two writers on PostgreSQL that both recompute one record (two
check-ins from two processes after the same rejection) each read what it was before the other
committed, so both took out the same old share and the totals counted the record twice against
a rebuild. The record is now read locked, so the second writer waits and reads the first's."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.services import Bounceback
from bounceback.services.recovery import CheckInDraft
from bounceback.storage.readmodel import sync
from tests_now import NOW, day


def _waiting_on_a_lock(bb: Bounceback) -> bool:
    with bb.db.engine.connect() as c:
        return bool(c.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


def _while_a_check_in_holds_the_record(bb: Bounceback, other_write: Callable[[], object]) -> None:
    """This process checks in and recomputes the rejection's record (not committed yet); another
    process's write runs meanwhile, in a thread, until it waits for this one's lock (or is
    done); then this one commits, and the other write must have raised nothing."""
    failed: list[BaseException] = []

    def second() -> None:
        try:
            other_write()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)

    writer = threading.Thread(target=second)
    try:
        with bb.db.session() as s:
            bb.recovery.check_in(CheckInDraft(mood=4))  # this transaction's, not committed yet
            sync.process(s)  # the record recomputed, as the commit would
            writer.start()
            for _ in range(300):  # until the other writer waits for this one (or gives up)
                if _waiting_on_a_lock(bb) or not writer.is_alive():
                    break
                time.sleep(0.05)
    finally:
        if writer.ident is not None:
            writer.join(60)
    assert not failed, failed


def test_two_processes_checking_in_after_one_rejection_keep_the_totals_a_rebuild_gives(
        bb: Bounceback, db_url: str, home: Path) -> None:
    if bb.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time: the two cannot interleave")
    app = bb.applications.add(Application(company="Northwind", role="Analyst",
                                          date_applied=day(-20)))
    bb.recovery.reject(app.id, on=day(-3))
    other = Bounceback(Settings(database_url=db_url, home=home),
                       clock=lambda: NOW - timedelta(days=1))
    try:  # another process: a check-in the day before
        _while_a_check_in_holds_the_record(bb, lambda: other.recovery.check_in(CheckInDraft(mood=4)))
        with bb.db.session() as s:
            assert sync.check(s) == []
        status = bb.views.resilience()
        assert [r.days_to_mood for r in status.records] == [2]
    finally:
        other.close()


def test_an_application_deleted_while_another_process_checks_in_keeps_the_totals(
        bb: Bounceback, db_url: str, home: Path) -> None:
    """The other way round: this process's check-in recomputes the record (not committed yet)
    while another deletes the rejected application: the deletion takes out the record's share
    as this process leaves it, not as it was before."""
    if bb.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time: the two cannot interleave")
    app = bb.applications.add(Application(company="Northwind", role="Analyst",
                                          date_applied=day(-20)))
    bb.recovery.reject(app.id, on=day(-3))
    other = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)
    try:  # another process deletes the application
        _while_a_check_in_holds_the_record(bb, lambda: other.applications.delete(app.id))
        with bb.db.session() as s:
            assert sync.check(s) == []
        assert bb.views.resilience().records == []
    finally:
        other.close()
