"""Keeping the read model current: the changes a transaction made, brought in before it commits
(`process`), or everything recomputed from the source tables (`rebuild`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, text

from bounceback.domain.recovery import CheckIn
from bounceback.pipeline.state import AppState, difference, sum_totals
from bounceback.storage import readmodel
from bounceback.storage.readmodel import days, records
from bounceback.storage.readmodel import tables as rm
from bounceback.storage.readmodel.days import add as add_by_day
from bounceback.storage.readmodel.derived import Derived, encode_totals, row_of
from bounceback.storage.readmodel.derived import states as _states
from bounceback.storage.readmodel.reader import as_date
from bounceback.storage.readmodel.sources import connection_of, dialect_of
from bounceback.storage.readmodel.stamp import is_newer, upgraded_since
from bounceback.storage.source_tables import APPLICATIONS, CHECK_INS

# Every function here takes an ORM session or a Core connection (the lean writes'): the read
# model's follow-up builds its statements on Core tables and loads no ORM (issue 16).
Session = Any

#: Past this many changed applications in one transaction (an import, a restore), recomputing
#: everything costs no more than going one by one.
BULK = 400
CHUNK = 500


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def decode_totals(raw: str) -> dict[tuple[str, str], int]:
    return {(name, key): value for name, key, value in json.loads(raw)}


def _add_totals(session: Session, delta: dict[tuple[str, str], int]) -> None:
    """Add to the tallies in one statement per chunk (not a statement per key); a tally that
    reaches zero is removed, the only time a second statement is needed. The totals by day go to
    their own table (readmodel/days.py)."""
    delta, by_day = days.split(delta)
    add_by_day(session, by_day)
    merged: dict[tuple[str, str], int] = {}
    for (name, key), value in delta.items():  # keys cut to the column's width may meet
        merged[name, key[:250]] = merged.get((name, key[:250]), 0) + value
    rows = [(n, k, v) for (n, k), v in sorted(merged.items()) if v]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        params: dict[str, Any] = {}
        values = []
        for i, (name, key, value) in enumerate(chunk):
            params.update({f"n{i}": name, f"k{i}": key, f"v{i}": value})
            values.append(f"(:n{i}, :k{i}, :v{i})")
        now = session.execute(text(
            "INSERT INTO rm_tallies (name, key, value) VALUES " + ", ".join(values)
            + " ON CONFLICT (name, key) DO UPDATE SET value = rm_tallies.value + excluded.value"
            " RETURNING name, key, value"), params).all()
        zero = [{"name": name, "key": key} for name, key, value in now if value == 0]
        if zero:
            session.execute(text(
                "DELETE FROM rm_tallies WHERE name = :name AND key = :key AND value = 0"), zero)


def _upsert(dialect: str) -> Any:
    """The read model's upsert of application rows, built once per dialect."""
    if dialect not in _UPSERTS:
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        stmt = upsert(rm.applications)
        columns = {c.name: stmt.excluded[c.name] for c in rm.applications.columns
                   if c.name != "application_id"}
        _UPSERTS[dialect] = stmt.on_conflict_do_update(index_elements=["application_id"],
                                                       set_=columns)
    return _UPSERTS[dialect]


_UPSERTS: dict[str, Any] = {}


def _upsert_applications(session: Session, states: Iterable[Derived]) -> None:
    rows = [row_of(s) for s in states]
    if rows:
        session.execute(_upsert(dialect_of(session)), rows)


#: PostgreSQL: an application's kept rows of every kind deleted in one statement.
_DELETE_KEPT = text(
    "WITH b AS (DELETE FROM rm_bookings WHERE application_id = ANY(:ids)), "
    "i AS (DELETE FROM rm_interviews WHERE application_id = ANY(:ids)), "
    "w AS (DELETE FROM rm_weak WHERE application_id = ANY(:ids)) "
    "DELETE FROM rm_gaps WHERE application_id = ANY(:ids)")


_DELETES_KEPT = [delete(t).where(t.c.application_id.in_(bindparam("ids", expanding=True)))
                 for t in (rm.bookings, rm.interviews, rm.weak, rm.gaps)]


def _replace_bookings(session: Session, ids: list[int], states: Iterable[Derived]) -> None:
    """The rows kept per application (booked interviews, weakly answered questions), anew."""
    found = list(states)
    if dialect_of(session) == "postgresql":  # the four deletes in one round trip
        session.execute(_DELETE_KEPT, {"ids": ids})
    else:
        for stmt in _DELETES_KEPT:
            session.execute(stmt, {"ids": ids})
    rows = [{"application_id": d.application_id, "at": b.at, "round": b.round}
            for d in found for b in d.state.bookings]
    if rows:
        session.execute(insert(rm.bookings), rows)
    to_hold = [{"application_id": d.application_id, "event_id": i.event_id, "at": i.at,
                "round": i.round, "interview_type": i.interview_type, "location": i.location}
               for d in found for i in d.state.to_hold]
    if to_hold:
        session.execute(insert(rm.interviews), to_hold)
    weak = [{"application_id": d.application_id, "question": w.question[:1000], "times": w.times,
             "last_held": w.last_held, "latest_interview": w.interview_id,
             "latest_question": w.question_id} for d in found for w in d.share.weak]
    if weak:
        session.execute(insert(rm.weak), weak)
    gaps = [{"application_id": d.application_id, "skill": g.skill[:300], "category": g.category,
             "evidence": g.evidence, "required": g.required, "rejected": d.rejected_for_skill_gap}
            for d in found for g in d.gap_rows]
    if gaps:
        session.execute(insert(rm.gaps), gaps)


# ---- one transaction's changes ---------------------------------------------------------------


#: Each changed row comes back with the stored read model's version (one row read by primary
#: key, in the same statement): a process still running older code after an upgrade must not
#: follow its writes with the older rules (`_check_version`).
_VERSION = "(SELECT value FROM rm_meta WHERE key = 'version')"
_TAKE_DIRTY = text(f"DELETE FROM rm_dirty RETURNING kind, ref, {_VERSION}")
#: One lock per store (its schema's name), held to the commit: the store's read-model writers
#: take turns. Each locks rows of several tables (the applications' rows, the tallies, the
#: records it deletes and those it recomputes) in orders no one order can cover, so two that
#: interleaved could wait for each other (review of round 14, minor 5; a test in
#: tests/storage/test_read_model_lock_order.py). A store is one person's: their writes are
#: rarely concurrent, and another store's never wait.
_TURN = "pg_advisory_xact_lock(1651470951, hashtext(coalesce(current_schema(), '')))"
#: PostgreSQL: the turn taken and the changes read in one round trip (the lock is a one-time
#: filter, taken before the first row is read).
_TAKE_DIRTY_IN_TURN = text(
    f"DELETE FROM rm_dirty WHERE (SELECT {_TURN}) IS NOT NULL RETURNING kind, ref, {_VERSION}")


def take_turn(session: Session) -> None:
    """Wait for this store's other read-model writers to commit (PostgreSQL; SQLite has one
    writer at a time already)."""
    if dialect_of(session) == "postgresql":
        session.execute(text(f"SELECT {_TURN}"))


def _check_version(stored: object) -> bool:
    """Whether the stored read model is this code's version. A newer one (another process
    upgraded the database while this one kept running its older code) is refused: what this
    process derives by its older rules would be wrong in the newer model (e.g. applied_week
    missing its writes until a `bounceback db rebuild`). An older one (restored, or rebuilt by
    an older process since) is recomputed by the caller under this version's rules."""
    if stored == readmodel.VERSION:
        return True
    if is_newer(stored):
        raise upgraded_since(stored, opening=False)
    return False


def process(session: Session) -> None:
    """Bring the read model up to date with what this transaction changed (before it commits)."""
    postgresql = dialect_of(session) == "postgresql"
    # Read and emptied in one statement (and this store's turn taken, PostgreSQL).
    noted = session.execute(_TAKE_DIRTY_IN_TURN if postgresql else _TAKE_DIRTY).all()
    if not noted:
        return
    if not _check_version(noted[0][2]):
        rebuild(session)  # stored by older rules: everything recomputed by these, stamped anew
        return
    ids = {int(ref) for kind, ref, _ in noted if kind == "app"}
    companies = [int(ref) for kind, ref, _ in noted if kind == "company"]
    days = {date.fromisoformat(ref) for kind, ref, _ in noted if kind == "day"}
    if companies:
        found = select(APPLICATIONS.c.id).where(APPLICATIONS.c.company_id.in_(companies))
        ids.update(session.scalars(found))
    # Only the last activity moved (and nothing else of theirs this transaction): the cheap way.
    active = {int(ref) for kind, ref, _ in noted if kind == "activity"} - ids
    if len(ids) + len(active) > BULK or len(days) > BULK:
        rebuild(session)
        return
    if active:
        ids.update(update_activity(session, sorted(active)))
    if ids or days:
        update_applications(session, sorted(ids), days)


#: An application's read-model row for a change of its last activity alone (locked, as _OLD).
_ACTIVE = (select(rm.applications.c.application_id, rm.applications.c.last_activity,
                  rm.applications.c.totals)
           .where(rm.applications.c.application_id.in_(bindparam("ids", expanding=True)))
           .order_by(rm.applications.c.application_id))
_SET_ACTIVE = (rm.applications.update()
               .where(rm.applications.c.application_id == bindparam("b_id"))
               .values(last_activity=bindparam("b_last"), silent_since=bindparam("b_silent"),
                       totals=bindparam("b_totals")))


def update_activity(session: Session, ids: list[int]) -> list[int]:
    """Applications whose last activity alone changed (a note, an email filed): of what the
    read model derives, only the pipeline state's silence clock and its share of the waiting
    groups read it (`derive`: `silent_since`, `weekly_share`); the learning, skills and by-day
    shares, the bookings and the search text do not. So the state is derived with the old and
    the new last activity (the old one is the row's), and the difference of the two is what
    the row's totals and the tallies take: two reads (the application, its timeline's kinds
    read) and one update, against a dozen statements recomputing everything. Returns the
    applications that must be recomputed the whole way (no read-model row: none normally)."""
    from dataclasses import replace

    from bounceback.pipeline.state import KINDS, derive
    from bounceback.storage.readmodel.derived import _apps, _tags
    from bounceback.storage.readmodel.sources import events_by_application, to_application

    stmt = _ACTIVE.with_for_update() if dialect_of(session) == "postgresql" else _ACTIVE
    old = {r[0]: (as_date(r[1]), decode_totals(r[2])) for r in session.execute(stmt, {"ids": ids})}
    connection = connection_of(session)
    rows = [r for r in connection.execute(_apps(connection.dialect.name), {"ids": ids})
            if r.id in old]
    events = events_by_application(connection, KINDS, [r.id for r in rows])
    delta: dict[tuple[str, str], int] = {}
    changes = []
    for row in rows:
        app = to_application(row, row.company_name, _tags(row.tags))
        was_active, totals = old[row.id]
        timeline = events.get(row.id, ())
        before = derive(replace(app, last_activity=was_active), timeline, row.snoozed_until)
        after = derive(app, timeline, row.snoozed_until)
        moved = difference(before.totals, after.totals)
        for key, value in moved.items():
            delta[key] = delta.get(key, 0) + value
            totals[key] = totals.get(key, 0) + value
            if not totals[key]:  # a state's share holds no zero (derive drops them)
                del totals[key]
        changes.append({"b_id": row.id, "b_last": after.last_activity,
                        "b_silent": after.silent_since, "b_totals": encode_totals(totals)})
    if changes:
        session.execute(_SET_ACTIVE, changes)
    _add_totals(session, delta)
    done = {c["b_id"] for c in changes}
    return [i for i in ids if i not in done]


#: What the read model held for these applications (built once: only the ids change).
_OLD = (select(rm.applications.c.application_id, rm.applications.c.date_applied,
               rm.applications.c.totals)
        .where(rm.applications.c.application_id.in_(bindparam("ids", expanding=True)))
        .order_by(rm.applications.c.application_id))
_OLD_LOCKED = _OLD.with_for_update()


def update_applications(session: Session, ids: list[int], days: Iterable[date] = ()) -> None:
    old: dict[int, tuple[date | None, dict[tuple[str, str], int]]] = {}
    if ids:
        # Rows locked in id order: two writers to one application take turns (PostgreSQL).
        stmt = _OLD_LOCKED if dialect_of(session) == "postgresql" else _OLD
        old = {r[0]: (r[1], decode_totals(r[2])) for r in session.execute(stmt, {"ids": ids})}
    new = _states(session, ids) if ids else {}
    delta: dict[tuple[str, str], int] = {}
    for app_id in ids:
        before = old.get(app_id, (None, {}))[1]
        after = new[app_id].totals if app_id in new else {}
        for key, value in difference(before, after).items():
            delta[key] = delta.get(key, 0) + value
    _add_totals(session, delta)
    gone = [i for i in ids if i not in new]
    if gone:
        session.execute(delete(rm.applications).where(rm.applications.c.application_id.in_(gone)))
    _upsert_applications(session, new.values())
    if ids:
        _replace_bookings(session, ids, new.values())
    moved = {}
    for app_id in ids:
        was = old.get(app_id, (None, {}))[0]
        now = new[app_id].state.date_applied if app_id in new else None
        if was != now:
            moved[app_id] = (was, now)
    _add_totals(session, records.update(session, ids, moved, days))


# ---- everything ----------------------------------------------------------------------------


def rebuild(session: Session) -> dict[str, int]:
    """Recompute the whole read model from the source tables; returns the rows each holds."""
    from bounceback.recovery.resilience import records as recovery_records
    from bounceback.storage.readmodel.sources import all_rejections

    take_turn(session)
    for table in (rm.applications, rm.bookings, rm.interviews, rm.weak, rm.gaps, rm.tallies,
                  rm.days, rm.rejections, rm.dirty):
        session.execute(delete(table))
    ids = list(session.scalars(select(APPLICATIONS.c.id).order_by(APPLICATIONS.c.id)))
    everyone: list[Derived] = []
    for chunk in _chunks(ids):
        states = _states(session, chunk)
        _upsert_applications(session, states.values())
        _replace_bookings(session, chunk, states.values())
        everyone.extend(states.values())
    totals = sum_totals(everyone)
    _add_totals(session, totals)
    applied = [_applied(d.state) for d in everyone if d.state.date_applied is not None]
    applied_states = everyone
    check_ins = [CheckIn(mood=m, recorded_at=at) for at, m in session.execute(
        select(CHECK_INS.c.recorded_at, CHECK_INS.c.mood))]
    every = all_rejections(session)
    stages = {r.id: r.stage_reached.value for r in every}
    applied_on = {d.state.application_id: d.state.date_applied for d in applied_states}
    rows = [
        {"rejection_id": rec.rejection_id, "application_id": rec.application_id,
         "received_on": rec.received_on, "stage_reached": stages[rec.rejection_id],
         "delay_days": records.delay(applied_on.get(rec.application_id), rec.received_on),
         "mood_on": _plus(rec.received_on, rec.days_to_mood),
         "next_applied_on": _plus(rec.received_on, rec.days_to_next_application),
         "mood_days": rec.days_to_mood, "next_days": rec.days_to_next_application}
        for rec in recovery_records(every, check_ins, applied)
    ]
    if rows:
        session.execute(insert(rm.rejections), rows)
    by_day: dict[tuple[str, date, str], int] = {}
    delays: dict[tuple[str, str], int] = {}
    for row in rows:
        records.share(by_day, delays, row["received_on"], row["mood_days"],  # type: ignore[arg-type]
                      row["next_days"], row["stage_reached"], row["delay_days"])  # type: ignore[arg-type]
    add_by_day(session, by_day)
    _add_totals(session, delays)
    stamp(session)
    return {"applications": len(ids), "totals": len(totals), "rejections": len(rows)}


def _applied(state: AppState) -> Any:
    from bounceback.domain.models import Application

    return Application(company="", role="", id=state.application_id,
                       date_applied=state.date_applied)


def _plus(day: date, days: int | None) -> date | None:
    from datetime import timedelta

    return None if days is None else day + timedelta(days=days)


def stamp(session: Session) -> None:
    """The version stamp; and each stamp (triggers.stamp_keys) given a first value when missing
    (a stamp that is there already stays: it says what was written, which a rebuild leaves)."""
    from uuid import uuid4

    from bounceback.storage.readmodel.triggers import stamp_keys

    session.execute(delete(rm.meta).where(rm.meta.c.key == "version"))
    session.execute(insert(rm.meta).values(key="version", value=readmodel.VERSION))
    have = set(session.scalars(select(rm.meta.c.key)))
    missing = [k for k in stamp_keys() if k not in have]
    if missing:
        # one statement with its rows (not executemany: a new store's script replays it)
        session.execute(insert(rm.meta).values([{"key": k, "value": uuid4().hex} for k in missing]))


def is_current(session_or_connection: Any) -> bool:
    from bounceback.storage.readmodel.stamp import is_current as stamped

    return stamped(session_or_connection)


def snapshot(session: Session) -> dict[str, Any]:
    """Everything the read model holds, in a form two copies can be compared by (tests, checks)."""
    a = rm.applications.c
    columns = [c for c in rm.applications.columns if c.name != "totals"]
    apps = {row[0]: tuple(row[1:-1]) + (decode_totals(row[-1]),) for row in session.execute(
        select(*columns, a.totals).order_by(a.application_id))}
    b = rm.bookings.c
    booked = sorted(session.execute(select(b.application_id, b.at, b.round)).all(),
                    key=lambda r: (r[0], r[1], r[2] or 0))
    tallies = {(n, k): v for n, k, v in session.execute(select(*rm.tallies.columns))}
    by_day = {(n, as_date(d), k): v for n, d, k, v in session.execute(select(*rm.days.columns))}
    i = rm.interviews.c
    to_hold = sorted((tuple(row) for row in session.execute(
        select(i.application_id, i.event_id, i.at, i.round, i.interview_type, i.location))),
        key=lambda r: (r[0], r[1] or 0, r[2]))
    r = rm.rejections.c
    rejections = [tuple(row) for row in session.execute(
        select(*rm.rejections.columns).order_by(r.rejection_id))]
    w = rm.weak.c
    weak = [tuple(row) for row in session.execute(
        select(*rm.weak.columns).order_by(w.application_id, w.question))]
    g = rm.gaps.c
    gaps = [tuple(row) for row in session.execute(
        select(*rm.gaps.columns).order_by(g.application_id, g.skill))]
    return {"applications": apps, "bookings": [tuple(x) for x in booked], "to_hold": to_hold,
            "tallies": tallies, "days": by_day,
            "rejections": rejections, "weak": weak, "gaps": gaps}


def check(session: Session) -> list[str]:
    """What the kept read model gets wrong against a rebuild (nothing, when all is well). The
    rebuild happens in a savepoint that is rolled back: the kept one is left as it was."""
    kept = snapshot(session)
    with session.begin_nested() as nested:
        rebuild(session)
        fresh = snapshot(session)
        nested.rollback()
    problems = []
    from bounceback.storage.readmodel.search import index_agrees

    if not index_agrees(connection_of(session)):
        problems.append("search: the text search's index differs from the kept column")
    for part, rows in fresh.items():
        if rows != kept[part]:
            if isinstance(rows, dict):
                wrong = sorted(k for k in set(rows) | set(kept[part]) if rows.get(k) != kept[part].get(k))
                problems.append(f"{part}: {len(wrong)} differ, such as {wrong[:3]}")
            else:
                problems.append(f"{part}: kept {len(kept[part])} rows, rebuilt {len(rows)}")
    return problems
