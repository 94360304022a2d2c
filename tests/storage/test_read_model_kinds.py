"""The read model's triggers note only what it derives from (migration 0029), on SQLite and
PostgreSQL: an event of a kind it does not read (a note) and an update of columns it does not
read note nothing, so a note recomputes and rewrites no read-model row; every kind of write
still leaves the kept read model equal to a rebuild; each column called quiet changes nothing
derived; and the migration goes down (every change noted again, for the code before it) and up,
every person's store of a shared server with it."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text, update
from sqlalchemy.orm import Session

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import EventKind, Stage
from bounceback.pipeline.state import KINDS
from bounceback.services import Bounceback
from bounceback.services.accounts import AccountsService
from bounceback.storage.readmodel import derived, sync, triggers
from bounceback.storage.tables import ApplicationRow
from bounceback.storage.tables.core import EventRow
from conftest import NOW

PASSWORD = "correct horse battery"


def _noted(s: Session) -> list[tuple[str, str]]:
    """What this transaction has noted for the read model so far (before its commit)."""
    s.flush()
    return [tuple(r) for r in s.execute(text("SELECT kind, ref FROM rm_dirty ORDER BY ref"))]


def _app(bb: Bounceback, days_ago: int = 10, **fields: Any) -> int:
    made = bb.applications.add(Application(
        company="Acme", role="Analyst", stage=Stage.APPLIED,
        date_applied=NOW.date() - timedelta(days=days_ago), **fields))
    assert made.id is not None
    return made.id


def _agrees(bb: Bounceback) -> None:
    with bb.db.session() as s:
        assert sync.check(s) == []


@pytest.mark.parametrize("kind", list(EventKind))
def test_each_kind_of_event_written_noted_only_when_read(bb: Bounceback, kind: EventKind) -> None:
    """Insert, update (a column read, a quiet one, the kind itself) and delete of an event of
    each kind: noted exactly when the read model reads that kind, and kept == rebuilt after
    each."""
    app_id, other = _app(bb), _app(bb, days_ago=3)
    read = kind in KINDS
    expect = [("app", str(app_id))] if read else []
    when = datetime.combine(NOW.date() - timedelta(days=2), datetime.min.time())
    with bb.db.session() as s:
        row = EventRow(application_id=app_id, kind=kind.value, occurred_at=when,
                       summary="x", details={"email_kind": "update"})
        s.add(row)
        assert _noted(s) == expect
        event_id = row.id
    _agrees(bb)
    with bb.db.session() as s:  # a column the read model reads
        s.execute(update(EventRow).where(EventRow.id == event_id)
                  .values(occurred_at=when + timedelta(days=1)))
        assert _noted(s) == expect
    _agrees(bb)
    with bb.db.session() as s:  # quiet columns only: nothing noted, whatever the kind
        s.execute(update(EventRow).where(EventRow.id == event_id)
                  .values(summary="changed", origin="imported"))
        assert _noted(s) == []
    _agrees(bb)
    with bb.db.session() as s:  # moved to another application: both noted when read
        s.execute(update(EventRow).where(EventRow.id == event_id).values(application_id=other))
        assert _noted(s) == (sorted([("app", str(app_id)), ("app", str(other))],
                                    key=lambda r: r[1]) if read else [])
    _agrees(bb)
    flip = EventKind.NOTE if read else EventKind.STAGE_CHANGED  # into or out of the kinds read
    with bb.db.session() as s:
        s.execute(update(EventRow).where(EventRow.id == event_id).values(kind=flip.value))
        assert _noted(s) == [("app", str(other))]
    _agrees(bb)
    with bb.db.session() as s:
        s.execute(update(EventRow).where(EventRow.id == event_id).values(kind=kind.value))
        s.execute(text("DELETE FROM events WHERE id = :i"), {"i": event_id})
        assert _noted(s) == [("app", str(other))]
    _agrees(bb)


def _statements(bb: Bounceback) -> list[str]:
    sent: list[str] = []
    event.listen(bb.db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    return sent


def test_a_note_touches_no_read_model_row_unless_it_moves_the_last_activity(
        bb: Bounceback) -> None:
    app_id = _app(bb, days_ago=20)
    bb.applications.note(app_id, "Called them.")  # today: the last activity moves (derived)
    with bb.db.reader() as r:
        assert r.scalar("SELECT last_activity FROM rm_applications WHERE application_id = :a",
                        a=app_id) is not None
    _agrees(bb)
    sent = _statements(bb)
    bb.applications.note(app_id, "Called them again.")  # the same day: nothing derived moves
    bb.applications.note(app_id, "An older thought.", on=NOW.date() - timedelta(days=5))
    touched = [s for s in sent if "rm_" in s and "rm_dirty" not in s]
    assert touched == [], touched
    assert any("INSERT INTO events" in s for s in sent)
    with bb.db.session() as s:  # a note dated back leaves the last activity where it was
        assert s.get(ApplicationRow, app_id).last_activity == NOW.date()  # type: ignore[union-attr]
    _agrees(bb)


def test_an_update_of_quiet_columns_notes_nothing_and_a_read_one_does(bb: Bounceback) -> None:
    app_id = _app(bb)
    with bb.db.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id).values(
            url="https://example.org/job", description="A long text", salary_min=1, remote=True,
            updated_at=NOW))
        assert _noted(s) == []
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id).values(
            last_activity=NOW.date()))
        assert _noted(s) == [("activity", str(app_id))]  # the last activity alone: cheap way
    _agrees(bb)
    with bb.db.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id).values(
            last_activity=NOW.date() - timedelta(days=1), role="Lead"))
        assert ("app", str(app_id)) in _noted(s)  # with another column read: the whole way
    _agrees(bb)


def test_the_last_activity_alone_moved_on_every_application_equals_a_rebuild(
        demo_bb: Bounceback) -> None:
    """The cheap way (`sync.update_activity`: the state derived with the old and the new last
    activity, their difference added) against a rebuild, on the demo's applications at every
    stage, with and without a timeline of signs of life, moved forward, back and to nothing,
    one at a time and many in one transaction."""
    pick = random.Random(29)
    # waiting with no sign of life: their silence is the last activity (the totals move)
    quiet = [_app(demo_bb, days_ago=5 + 9 * i) for i in range(12)]
    with demo_bb.db.session() as s:
        ids = list(s.scalars(text("SELECT id FROM applications ORDER BY id")))
    for round_ in range(4):
        chosen = ([quiet[0]] if round_ == 0
                  else [*quiet[round_::3], *pick.sample(ids, min(len(ids), 40 * round_))])
        with demo_bb.db.session() as s:
            for app_id in chosen:
                day = pick.choice([None, NOW.date(), NOW.date() - timedelta(days=3),
                                   NOW.date() - timedelta(days=pick.randint(0, 200))])
                s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id)
                          .values(last_activity=day))
            kinds = {kind for kind, _ in _noted(s)}
            assert kinds <= {"activity"}, kinds
        _agrees(demo_bb)
    bb = demo_bb  # a note moving it, through the service, as the load writes it
    for app_id in [*quiet[:3], *pick.sample(ids, 7)]:
        bb.applications.note(app_id, "Chased them.")
        _agrees(bb)


def _quiet_values(column: str, pick: random.Random) -> Any:
    if column in ("created_at", "updated_at"):
        return NOW - timedelta(days=pick.randint(0, 400), minutes=pick.randint(0, 900))
    if column in ("salary_min", "salary_max"):
        return pick.choice([None, 0, 45000, 120000])
    if column == "remote":
        return pick.choice([None, True, False])
    if column == "salary_currency":
        return pick.choice([None, "EUR", "USD"])
    if column == "origin":
        return pick.choice(["user", "imported", "inferred"])
    if column == "uid":
        return None  # unique: set per row below
    return pick.choice([None, "", "something else entirely"]) if column != "summary" else "s"


def test_every_quiet_column_changes_nothing_the_read_model_derives(demo_bb: Bounceback) -> None:
    """Each column `triggers.QUIET` names, given other values on every row of the demo: the
    derived state of every application is what it was (so not noting its change is right)."""
    tables = {"applications": ApplicationRow, "events": EventRow}
    with demo_bb.db.session() as s:
        ids = list(s.scalars(text("SELECT id FROM applications ORDER BY id")))
        before = derived.states(s, ids)
    assert len(before) > 20
    pick = random.Random(17)
    for table, columns in triggers.QUIET.items():
        for column in sorted(columns):
            with demo_bb.db.session() as s:
                rows = list(s.scalars(text(f"SELECT id FROM {table}")))
                model = tables[table]
                for i, row_id in enumerate(rows):
                    value = (f"q{column[:3]}{i:08d}" if column == "uid"
                             else _quiet_values(column, pick))
                    if value is None and not model.__table__.c[column].nullable:
                        continue
                    s.execute(update(model).where(model.id == row_id).values({column: value}))
                assert _noted(s) == [], (table, column)
                assert derived.states(s, ids) == before, (table, column)
    _agrees(demo_bb)


def _note_noted(bb: Bounceback) -> bool:
    """Whether a note's event would be noted for the read model (rolled back)."""
    with bb.db.session() as s:
        app_id = s.scalars(text("SELECT min(id) FROM applications")).one()
        s.add(EventRow(application_id=app_id, kind="note", occurred_at=NOW, summary="n"))
        noted = bool(_noted(s))
        s.rollback()
    return noted


def test_migration_0029_down_and_up_in_every_persons_store(db_url: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config

    accounts = AccountsService(db_url, lambda: NOW)
    people = []
    try:
        accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
        for n in range(2):
            user = accounts.add(f"seeker{n}@centre.org", Role.SEEKER, PASSWORD)
            bb = accounts.service_for(user)
            _app(bb)
            assert not _note_noted(bb)
            with bb.db.engine.begin() as connection:
                command.downgrade(alembic_config(connection), "0028_cold_first_views")
            bb.close()
            people.append(user)
        for user in people:  # down: every change noted, as the code before it expects
            bb = accounts.service_for(user)
            bb.db._ready = True  # type: ignore[attr-defined]  # as it is, not upgraded on use
            assert _note_noted(bb)
            bb.close()
        done = accounts.upgrade()  # `bounceback db upgrade`: every person's store
        assert (done.stores, done.opened, done.failed) == (2, 2, {})
        for user in people:
            bb = accounts.service_for(user)
            assert not _note_noted(bb)
            bb.applications.note(bb.applications.list()[0].id or 0, "After the upgrade.")
            _agrees(bb)
            bb.close()
    finally:
        accounts.close()


def test_a_day_ahead_note_moves_the_last_activity_not_the_silence(bb: Bounceback) -> None:
    """A note moving the last activity forward takes the cheap way: the last activity moves
    in the read model, the silence (the employer's, round 18) does not; kept == rebuilt."""
    app_id = _app(bb, days_ago=40)
    with bb.db.reader() as r:
        before = r.one("SELECT silent_since, last_activity FROM rm_applications "
                       "WHERE application_id = :a", a=app_id)
    bb.applications.note(app_id, "Chased them.", on=NOW.date() - timedelta(days=1))
    with bb.db.reader() as r:
        after = r.one("SELECT silent_since, last_activity FROM rm_applications "
                      "WHERE application_id = :a", a=app_id)
    assert before is not None and after is not None
    assert str(before[0]) == str(after[0])
    assert str(after[1]).startswith((NOW.date() - timedelta(days=1)).isoformat())
    _agrees(bb)
