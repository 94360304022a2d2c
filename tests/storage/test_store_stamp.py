"""The store's stamp (migration 0031): every write of a store moves it, in the write's own
transaction, whichever table it touches (a table the read model does not derive from
included); a read moves nothing. What a request of someone else keeps from the store (a
coach's card of a seeker: tests/web/test_multi_user.py) is kept under it, so a write it did not
move would leave a coach looking at a stale card."""

from __future__ import annotations

from collections.abc import Callable

from bounceback.domain.models import Application, Task
from bounceback.services import Bounceback
from bounceback.services.recovery import EntryDraft
from tests_now import day


def _stamp(bb: Bounceback) -> str:
    with bb.db.reader() as r:
        found = r.scalar("SELECT value FROM rm_meta WHERE key = 'store'")
    assert found, "the store has no stamp"
    return str(found)


def test_every_write_moves_the_store_stamp_and_a_read_does_not(bb: Bounceback) -> None:
    app = bb.applications.add(Application(company="Stamp Ltd", role="Analyst"))
    first = _stamp(bb)
    bb.applications.list()
    bb.today()
    bb.views.outlook()
    assert _stamp(bb) == first
    writes: list[tuple[str, Callable[[], object]]] = [
        ("an application", lambda: bb.applications.add(Application(company="Two", role="Dev"))),
        ("a note", lambda: bb.applications.note(app.id, "Called the recruiter")),
        ("a setting", lambda: bb.settings_store.set({"offer_target": 0.5})),
        ("a task", lambda: bb.tasks.add(Task(title="Follow up", due=day(3)))),
        ("a journal entry", lambda: bb.recovery.write(EntryDraft(text="A hard week."))),
    ]
    seen = {first}
    for what, write in writes:
        write()
        moved = _stamp(bb)
        assert moved not in seen, f"{what} left the store's stamp as it was"
        seen.add(moved)


def test_two_writers_of_one_store_take_the_stamps_in_one_order(bb: Bounceback) -> None:
    """PostgreSQL: a writer that touched an unstamped table first (the store's stamp row held)
    and one that writes a table with a stamp of its own (postings: the skills stamp) must not
    deadlock: every stamp function moves the store's stamp first (a review of round 22 found
    `DeadlockDetected` with the two triggers fired by name). The second writer waits, then both
    commit."""
    import threading

    import pytest
    from sqlalchemy import text

    if bb.db.is_sqlite:
        pytest.skip("SQLite locks the whole database: no row-lock order to get wrong")
    bb.applications.add(Application(company="Order Ltd", role="Analyst"))
    first, second = bb.db.engine.connect(), bb.db.engine.connect()
    failures: list[BaseException] = []
    try:
        for c in (first, second):
            c.execute(text("SET lock_timeout = '20s'"))
        second.execute(text("UPDATE applications SET role = role WHERE false"))

        def other_writer() -> None:
            try:
                first.execute(text("UPDATE postings SET title = title WHERE false"))
                first.commit()
            except BaseException as error:  # noqa: BLE001 - reported below
                failures.append(error)
                first.rollback()

        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(0.5)
        second.execute(text("UPDATE postings SET title = title WHERE false"))
        second.commit()
        thread.join(30)
    finally:
        first.close()
        second.close()
    assert not failures, f"the other writer failed: {failures[0]!r}"
