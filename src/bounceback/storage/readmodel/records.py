"""The resilience records (`rm_rejections`, one per rejection) kept current by each write, and
what they add to the totals: by the day the no came (`rm_days`: how many, the days to mood and
to the next application, summed; the trends read them) and the delays from applying to the no
by stage reached (`rm_tallies`, name "r_delay": the patterns' medians read them).

A record changes with its own application, and with check-ins and later rejections or
applications: so its shares are moved here, where the record is written, from what it was to
what it is (not through an application's totals)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
)

from bounceback.storage import source_tables as t
from bounceback.storage.readmodel import days
from bounceback.storage.readmodel import tables as rm
from bounceback.storage.readmodel.reader import as_date
from bounceback.storage.readmodel.sources import dialect_of

# Core tables, no ORM (storage/source_tables.py)
_APP, _REJ, _CHECK = t.APPLICATIONS.c, t.REJECTIONS.c, t.CHECK_INS.c

RECOVERED_MOOD = 3
DELAY = days.DELAY

ByDay = dict[tuple[str, date, str], int]
Totals = dict[tuple[str, str], int]


def share(by_day: ByDay, delays: Totals, received_on: date, mood_days: int | None,
          next_days: int | None, stage: str | None, delay_days: int | None,
          sign: int = 1) -> None:
    """Add (sign 1) or take out (sign -1) one record's shares."""
    days.record_share(by_day, received_on, mood_days, next_days, sign)
    if delay_days is not None and stage is not None:
        key = (DELAY, f"{stage}|{delay_days}")
        delays[key] = delays.get(key, 0) + sign


def delay(applied: date | None, received_on: date) -> int | None:
    """Days from applying to the no (as the patterns count them), or None."""
    return (received_on - applied).days if applied and received_on >= applied else None


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _before(session: Any, received_on: date, rejection_id: int) -> int | None:
    """The rejection just before this position (received_on, id), as the records order them."""
    r = rm.rejections.c
    return session.scalar(
        select(r.rejection_id)
        .where((r.received_on < received_on)
               | ((r.received_on == received_on) & (r.rejection_id < rejection_id)))
        .order_by(r.received_on.desc(), r.rejection_id.desc()).limit(1)
    )


_NUMBER, _TEXT = cast(null(), Integer), cast(null(), String)
#: The rejections of some applications as they are (kept 0) and as the read model has them.
_BOTH = union_all(
    select(literal(0).label("kept"), _REJ.id, _REJ.application_id,
           _REJ.received_on, _NUMBER.label("mood_days"), _NUMBER.label("next_days"),
           _TEXT.label("stage_reached"), _NUMBER.label("delay_days"))
    .where(_REJ.application_id.in_(bindparam("ids", expanding=True))),
    select(literal(1).label("kept"), rm.rejections.c.rejection_id,
           rm.rejections.c.application_id, rm.rejections.c.received_on,
           rm.rejections.c.mood_days, rm.rejections.c.next_days,
           rm.rejections.c.stage_reached, rm.rejections.c.delay_days)
    .where(rm.rejections.c.application_id.in_(bindparam("ids", expanding=True))))


def update(
    session: Any, ids: list[int], moved: dict[int, tuple[date | None, date | None]],
    days_noted: Iterable[date],
) -> Totals:
    """Bring the records of these applications, and of the rejections their changes reach, up
    to date; their shares by day are written, the delays' returned (the caller adds them to
    the tallies with the rest)."""
    r = rm.rejections.c
    affected: set[int] = set()
    by_day: ByDay = {}
    delays: Totals = {}
    if ids:
        current: dict[int, tuple[int, date]] = {}
        stored: dict[int, tuple[int, date]] = {}
        for is_kept, rejection_id, app_id, received_on, *_ in session.execute(
                _BOTH, {"ids": ids}):
            (stored if is_kept else current)[app_id] = (rejection_id,
                                                         as_date(received_on) or received_on)
        changed = [a for a in ids if current.get(a) != stored.get(a)]
        affected.update(rejection_id for rejection_id, _ in current.values())
        for app_id in changed:
            if app_id in stored:
                # The share taken out is the one the row holds when it is deleted (the delete
                # waits for another writer recomputing it), not the one read above.
                gone = session.execute(
                    delete(rm.rejections).where(r.rejection_id == stored[app_id][0])
                    .returning(r.received_on, r.mood_days, r.next_days, r.stage_reached,
                               r.delay_days)).first()
                if gone is not None:
                    received, mood, nxt, stage, late = gone
                    share(by_day, delays, as_date(received) or received, mood, nxt, stage, late,
                          sign=-1)
        for app_id in changed:
            if app_id in current:
                rejection_id, received_on = current[app_id]
                session.execute(insert(rm.rejections).values(
                    rejection_id=rejection_id, application_id=app_id, received_on=received_on))
                share(by_day, delays, received_on, None, None, None, None)
        for app_id in changed:
            for position in (stored.get(app_id), current.get(app_id)):
                if position is not None:
                    rejection_id, received_on = position
                    affected.add(rejection_id)
                    affected.add(_before(session, received_on, rejection_id) or 0)
    for was, now in moved.values():
        if now is not None:
            affected.update(session.scalars(select(r.rejection_id).where(
                r.received_on <= now, r.next_applied_on.is_(None) | (r.next_applied_on > now))))
        if was is not None:
            affected.update(session.scalars(select(r.rejection_id).where(r.next_applied_on == was)))
    for day in days_noted:
        owner = session.scalar(select(r.rejection_id).where(r.received_on <= day)
                               .order_by(r.received_on.desc(), r.rejection_id.desc()).limit(1))
        affected.add(owner or 0)
    affected.discard(0)
    for rejection_id in sorted(affected):
        _record(session, rejection_id, by_day, delays)
    days.add(session, by_day)
    return delays


def _record(session: Any, rejection_id: int, by_day: ByDay, delays: Totals) -> None:
    """Recompute one rejection's record: three indexed look-ups; its shares moved from what
    they were to what they are (into `by_day` and `delays`)."""
    r = rm.rejections.c
    kept = (select(r.application_id, r.received_on, r.mood_days, r.next_days, r.stage_reached,
                   r.delay_days).where(r.rejection_id == rejection_id))
    if dialect_of(session) == "postgresql":
        # Locked before it is read (PostgreSQL): another writer recomputing this record (a
        # check-in from another process) waits, then reads what this one wrote, so its share
        # is not taken out twice (review of round 13; SQLite has one writer at a time).
        kept = kept.with_for_update()
    found = session.execute(kept).first()
    if found is None:
        return
    app_id, received_on, was_mood, was_next, was_stage, was_delay = found
    received_on = as_date(received_on) or received_on
    stage, applied = session.execute(
        select(_REJ.stage_reached, _APP.date_applied)
        .join(t.APPLICATIONS, _APP.id == _REJ.application_id)
        .where(_REJ.id == rejection_id)).one()
    limit = session.scalar(
        select(r.received_on)
        .where((r.received_on > received_on)
               | ((r.received_on == received_on) & (r.rejection_id > rejection_id)))
        .order_by(r.received_on, r.rejection_id).limit(1)
    )
    c = _CHECK
    mood = select(func.min(c.recorded_at)).where(
        c.recorded_at >= _start(received_on), c.mood >= RECOVERED_MOOD)
    if limit is not None:
        mood = mood.where(c.recorded_at < _start(limit))
    mood_at = session.scalar(mood)
    a = _APP
    next_on = session.scalar(select(func.min(a.date_applied)).where(
        a.date_applied >= received_on, a.id != app_id))
    mood_on = mood_at.date() if mood_at else None
    mood_days = (mood_on - received_on).days if mood_on else None
    next_days = (next_on - received_on).days if next_on else None
    delay_days = delay(applied, received_on)
    stage_value = getattr(stage, "value", stage)
    session.execute(rm.rejections.update().where(r.rejection_id == rejection_id).values(
        mood_on=mood_on, next_applied_on=next_on, stage_reached=stage,
        delay_days=delay_days, mood_days=mood_days, next_days=next_days))
    share(by_day, delays, received_on, was_mood, was_next, was_stage, was_delay, sign=-1)
    share(by_day, delays, received_on, mood_days, next_days, stage_value, delay_days)
