"""Review of round 14 (minor 5), settled in round 16: readmodel/records.py's update deleted the
records of changed rejections in application order, then locked the records it recomputes in
sorted order. On PostgreSQL two writers of one store could then wait for each other: this
process deletes one record (its row is locked until it commits) and then asks for an earlier
one, which another process has just locked while recomputing both in sorted order. PostgreSQL
breaks the cycle by failing one of the two writes ("deadlock detected").

The test forces that interleaving with two real connections: this process's read-model update
is held just before it locks its first record, after its delete; the other process writes two
check-ins (one in each record's window) and recomputes both records; this process then goes
on. A store's read-model writers now take turns from the start of the update (one lock per
store, taken first), so the other waits and neither fails."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.services import Bounceback
from bounceback.storage.readmodel import sync
from bounceback.storage.tables.recovery import CheckInRow
from tests_now import NOW, day


def _waiting_on_a_lock(bb: Bounceback) -> bool:
    with bb.db.engine.connect() as c:
        return bool(c.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


def _run(target: Any, failed: list[BaseException], name: str) -> threading.Thread:
    def body() -> None:
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failed.append(exc)

    thread = threading.Thread(target=body, name=name)
    thread.start()
    return thread


def test_two_writers_recomputing_records_in_one_store_do_not_deadlock(
        bb: Bounceback, db_url: str, home: Path) -> None:
    if bb.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time: the two cannot interleave")
    # Two rejections: X's (the earlier, the lower id) and A's.
    x = bb.applications.add(Application(company="Northwind", role="Analyst",
                                        date_applied=day(-30)))
    a = bb.applications.add(Application(company="Contoso", role="Engineer",
                                        date_applied=day(-25)))
    bb.recovery.reject(x.id, on=day(-12))
    bb.recovery.reject(a.id, on=day(-6))
    other = Bounceback(Settings(database_url=db_url, home=home), clock=lambda: NOW)

    deleted = threading.Event()  # this process has deleted A's record, not committed
    go_on = threading.Event()

    def hold_before_the_first_record_lock(conn: Any, cursor: Any, statement: str,
                                          *args: Any) -> None:
        if (threading.current_thread().name == "first writer" and "FOR UPDATE" in statement
                and "rm_rejections" in statement and not deleted.is_set()):
            deleted.set()
            go_on.wait(60)

    def delete_a() -> None:  # this process: A deleted, its rejection's record with it
        with bb.db.session() as s:
            bb.applications.delete(a.id)
            sync.process(s)

    def two_check_ins() -> None:  # the other process: a check-in in each record's window
        with other.db.session() as s:
            for when in (day(-10), day(-4)):
                s.add(CheckInRow(recorded_at=datetime.combine(when, clock_time(9)), mood=4))
            s.flush()
            sync.process(s)

    failed: list[BaseException] = []
    event.listen(bb.db.engine, "before_cursor_execute", hold_before_the_first_record_lock)
    second_writer = None
    try:
        first_writer = _run(delete_a, failed, "first writer")
        assert deleted.wait(60), "the first writer never reached its record locks"
        second_writer = _run(two_check_ins, failed, "second writer")
        for _ in range(600):  # until the other writer waits for a lock this one holds
            if _waiting_on_a_lock(bb) or not second_writer.is_alive():
                break
            time.sleep(0.05)
        go_on.set()
        first_writer.join(60)
        second_writer.join(60)
    finally:
        go_on.set()
        event.remove(bb.db.engine, "before_cursor_execute", hold_before_the_first_record_lock)
        other.close()
    assert not failed, failed
    with bb.db.session() as s:
        assert sync.check(s) == []
    assert [r.days_to_mood for r in bb.views.resilience().records] == [2]
