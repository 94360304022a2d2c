"""Keeping the read model current: the changes a transaction made, brought in before it commits
(`process`), or everything recomputed from the source tables (`rebuild`)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from bounceback.domain.learning import Interview
from bounceback.domain.recovery import CheckIn
from bounceback.learning.facts import LearningShare, learning_share
from bounceback.pipeline.state import KINDS, AppState, derive, difference, sum_totals
from bounceback.skills.gaps import GapRow, gap_share
from bounceback.storage import readmodel
from bounceback.storage.readmodel import tables as rm
from bounceback.storage.readmodel.search import search_text
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import pipeline as pipeline_repo
from bounceback.storage.tables import ApplicationRow, RejectionRow
from bounceback.storage.tables.recovery import CheckInRow

#: Past this many changed applications in one transaction (an import, a restore), recomputing
#: everything costs no more than going one by one.
BULK = 400
CHUNK = 500
RECOVERED_MOOD = 3


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


@dataclass(frozen=True)
class Derived:
    """An application's pipeline state and its shares of the learning and skills figures."""

    state: AppState
    share: LearningShare
    gap_totals: dict[tuple[str, str], int]
    gap_rows: list[GapRow]
    rejected_for_skill_gap: bool
    search: str = ""

    @property
    def application_id(self) -> int:
        return self.state.application_id

    @property
    def totals(self) -> dict[tuple[str, str], int]:
        both = dict(self.state.totals)
        for part in (self.share.totals, self.gap_totals):
            for key, value in part.items():
                both[key] = both.get(key, 0) + value
        return both


def _states(session: Session, ids: list[int]) -> dict[int, Derived]:
    """The derived state of these applications (those that still exist)."""
    from bounceback.storage.repos import companies as companies_repo
    from bounceback.storage.repos import interviews as interviews_repo
    from bounceback.storage.repos import rejections as rejections_repo
    from bounceback.storage.repos import skills as skills_repo
    from bounceback.storage.tables import CompanyRow
    from bounceback.storage.tables.learning import FeedbackRow

    apps = apps_repo.get_many(session, ids)
    events = pipeline_repo.events_by_application(session, KINDS, ids)
    snoozes = pipeline_repo.snoozes(session, ids)
    companies = {app_id: companies_repo.to_domain(row) for app_id, row in session.execute(
        select(ApplicationRow.id, CompanyRow).join(CompanyRow, CompanyRow.id == ApplicationRow.company_id)
        .where(ApplicationRow.id.in_(ids)))}
    rejections = rejections_repo.for_applications(session, ids)
    interviews: dict[int, list[Interview]] = defaultdict(list)
    for interview in interviews_repo.interviews(session, app_ids=ids):
        interviews[interview.application_id].append(interview)
    with_feedback = set(session.scalars(
        select(FeedbackRow.application_id).where(FeedbackRow.application_id.in_(ids))))
    skills = skills_repo.posting_skills_by_application(session, ids)
    out = {}
    for app_id, app in apps.items():
        rejection = rejections.get(app_id)
        gap_rejected = rejection is not None and any(
            e.reason == "skill_gap" for e in rejection.reasons)
        gap_totals, gap_rows = gap_share(skills.get(app_id, []), gap_rejected)
        out[app_id] = Derived(
            derive(app, events.get(app_id, ()), snoozes.get(app_id)),
            learning_share(app, companies.get(app_id), rejection, interviews.get(app_id, []),
                           app_id in with_feedback),
            gap_totals, gap_rows, gap_rejected,
            search_text(app.role, app.company, app.notes, app.location),
        )
    return out


def _row(found: Derived) -> dict[str, Any]:
    state, share = found.state, found.share
    return {
        "application_id": state.application_id, "company": state.company[:200],
        "role": state.role[:300], "kind": state.kind.value, "source": state.source,
        "stage": state.stage.value, "furthest_stage": state.furthest_stage.value,
        "outcome": state.outcome.value if state.outcome else None, "live": state.live,
        "date_applied": state.date_applied, "outcome_date": state.outcome_date,
        "last_activity": state.last_activity, "excitement": state.excitement,
        "silent_since": state.silent_since, "last_follow_up": state.last_follow_up,
        "snoozed_until": state.snoozed_until, "revived_at": state.revived_at,
        "revived_stage": state.revived_stage.value if state.revived_stage else None,
        "role_family": share.role_family, "learnable": share.learnable,
        "totals": encode_totals(found.totals), "search": found.search,
    }


def encode_totals(totals: dict[tuple[str, str], int]) -> str:
    return json.dumps(sorted([name, key, value] for (name, key), value in totals.items()))


def decode_totals(raw: str) -> dict[tuple[str, str], int]:
    return {(name, key): value for name, key, value in json.loads(raw)}


def _add_totals(session: Session, delta: dict[tuple[str, str], int]) -> None:
    if not delta:
        return
    rows = [{"name": n, "key": k[:250], "value": v} for (n, k), v in sorted(delta.items())]
    session.execute(text(
        "INSERT INTO rm_tallies (name, key, value) VALUES (:name, :key, :value) "
        "ON CONFLICT (name, key) DO UPDATE SET value = rm_tallies.value + excluded.value"
    ), rows)
    session.execute(text(
        "DELETE FROM rm_tallies WHERE name = :name AND key = :key AND value = 0"
    ), rows)


def _upsert_applications(session: Session, states: Iterable[Derived]) -> None:
    rows = [_row(s) for s in states]
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    stmt = upsert(rm.applications)
    columns = {c.name: stmt.excluded[c.name] for c in rm.applications.columns
               if c.name != "application_id"}
    session.execute(stmt.on_conflict_do_update(index_elements=["application_id"], set_=columns),
                    rows)


def _replace_bookings(session: Session, ids: list[int], states: Iterable[Derived]) -> None:
    """The rows kept per application (booked interviews, weakly answered questions), anew."""
    found = list(states)
    session.execute(delete(rm.bookings).where(rm.bookings.c.application_id.in_(ids)))
    rows = [{"application_id": d.application_id, "at": b.at, "round": b.round}
            for d in found for b in d.state.bookings]
    if rows:
        session.execute(insert(rm.bookings), rows)
    session.execute(delete(rm.interviews).where(rm.interviews.c.application_id.in_(ids)))
    to_hold = [{"application_id": d.application_id, "event_id": i.event_id, "at": i.at,
                "round": i.round, "interview_type": i.interview_type, "location": i.location}
               for d in found for i in d.state.to_hold]
    if to_hold:
        session.execute(insert(rm.interviews), to_hold)
    session.execute(delete(rm.weak).where(rm.weak.c.application_id.in_(ids)))
    weak = [{"application_id": d.application_id, "question": w.question[:1000], "times": w.times,
             "last_held": w.last_held} for d in found for w in d.share.weak]
    if weak:
        session.execute(insert(rm.weak), weak)
    session.execute(delete(rm.gaps).where(rm.gaps.c.application_id.in_(ids)))
    gaps = [{"application_id": d.application_id, "skill": g.skill[:300], "category": g.category,
             "evidence": g.evidence, "required": g.required, "rejected": d.rejected_for_skill_gap}
            for d in found for g in d.gap_rows]
    if gaps:
        session.execute(insert(rm.gaps), gaps)


# ---- one transaction's changes ---------------------------------------------------------------


def process(session: Session) -> None:
    """Bring the read model up to date with what this transaction changed (before it commits)."""
    noted = session.execute(select(rm.dirty.c.kind, rm.dirty.c.ref)).all()
    if not noted:
        return
    session.execute(delete(rm.dirty))
    ids = {int(ref) for kind, ref in noted if kind == "app"}
    companies = [int(ref) for kind, ref in noted if kind == "company"]
    days = {date.fromisoformat(ref) for kind, ref in noted if kind == "day"}
    if companies:
        found = select(ApplicationRow.id).where(ApplicationRow.company_id.in_(companies))
        ids.update(session.scalars(found))
    if len(ids) > BULK or len(days) > BULK:
        rebuild(session)
        return
    update_applications(session, sorted(ids), days)


def update_applications(session: Session, ids: list[int], days: Iterable[date] = ()) -> None:
    old: dict[int, tuple[date | None, dict[tuple[str, str], int]]] = {}
    if ids:
        # Rows locked in id order: two writers to one application take turns (PostgreSQL).
        stmt = (select(rm.applications.c.application_id, rm.applications.c.date_applied,
                       rm.applications.c.totals)
                .where(rm.applications.c.application_id.in_(ids))
                .order_by(rm.applications.c.application_id))
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        old = {r[0]: (r[1], decode_totals(r[2])) for r in session.execute(stmt)}
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
    _update_rejections(session, ids, moved, days)


# ---- resilience records ------------------------------------------------------------------------


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _before(session: Session, received_on: date, rejection_id: int) -> int | None:
    """The rejection just before this position (received_on, id), as the records order them."""
    r = rm.rejections.c
    return session.scalar(
        select(r.rejection_id)
        .where((r.received_on < received_on)
               | ((r.received_on == received_on) & (r.rejection_id < rejection_id)))
        .order_by(r.received_on.desc(), r.rejection_id.desc()).limit(1)
    )


def _update_rejections(
    session: Session, ids: list[int], moved: dict[int, tuple[date | None, date | None]],
    days: Iterable[date],
) -> None:
    r = rm.rejections.c
    affected: set[int] = set()
    if ids:
        current = {row.application_id: (row.id, row.received_on) for row in session.execute(
            select(RejectionRow.id, RejectionRow.application_id, RejectionRow.received_on)
            .where(RejectionRow.application_id.in_(ids)))}
        stored = {row.application_id: (row.rejection_id, row.received_on) for row in session.execute(
            select(r.rejection_id, r.application_id, r.received_on).where(r.application_id.in_(ids)))}
        changed = [a for a in ids if current.get(a) != stored.get(a)]
        affected.update(rejection_id for rejection_id, _ in current.values())
        for app_id in changed:
            if app_id in stored:
                session.execute(delete(rm.rejections).where(r.rejection_id == stored[app_id][0]))
        for app_id in changed:
            if app_id in current:
                rejection_id, received_on = current[app_id]
                session.execute(insert(rm.rejections).values(
                    rejection_id=rejection_id, application_id=app_id, received_on=received_on))
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
    for day in days:
        owner = session.scalar(select(r.rejection_id).where(r.received_on <= day)
                               .order_by(r.received_on.desc(), r.rejection_id.desc()).limit(1))
        affected.add(owner or 0)
    affected.discard(0)
    for rejection_id in sorted(affected):
        _record(session, rejection_id)


def _record(session: Session, rejection_id: int) -> None:
    """Recompute one rejection's record: three indexed look-ups."""
    r = rm.rejections.c
    found = session.execute(select(r.application_id, r.received_on)
                            .where(r.rejection_id == rejection_id)).first()
    if found is None:
        return
    app_id, received_on = found
    stage, applied = session.execute(
        select(RejectionRow.stage_reached, ApplicationRow.date_applied)
        .join(ApplicationRow, ApplicationRow.id == RejectionRow.application_id)
        .where(RejectionRow.id == rejection_id)).one()
    limit = session.scalar(
        select(r.received_on)
        .where((r.received_on > received_on)
               | ((r.received_on == received_on) & (r.rejection_id > rejection_id)))
        .order_by(r.received_on, r.rejection_id).limit(1)
    )
    c = CheckInRow
    mood = select(func.min(c.recorded_at)).where(
        c.recorded_at >= _start(received_on), c.mood >= RECOVERED_MOOD)
    if limit is not None:
        mood = mood.where(c.recorded_at < _start(limit))
    mood_at = session.scalar(mood)
    a = ApplicationRow
    next_on = session.scalar(select(func.min(a.date_applied)).where(
        a.date_applied >= received_on, a.id != app_id))
    mood_on = mood_at.date() if mood_at else None
    session.execute(rm.rejections.update().where(r.rejection_id == rejection_id).values(
        mood_on=mood_on, next_applied_on=next_on, stage_reached=stage,
        delay_days=_delay(applied, received_on),
        mood_days=(mood_on - received_on).days if mood_on else None,
        next_days=(next_on - received_on).days if next_on else None))


# ---- everything ----------------------------------------------------------------------------


def rebuild(session: Session) -> dict[str, int]:
    """Recompute the whole read model from the source tables; returns the rows each holds."""
    from bounceback.recovery.resilience import records
    from bounceback.storage.repos import rejections as rejections_repo

    for table in (rm.applications, rm.bookings, rm.interviews, rm.weak, rm.gaps, rm.tallies, rm.rejections,
                  rm.dirty):
        session.execute(delete(table))
    ids = list(session.scalars(select(ApplicationRow.id).order_by(ApplicationRow.id)))
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
        select(CheckInRow.recorded_at, CheckInRow.mood))]
    every = rejections_repo.all_rejections(session)
    stages = {r.id: r.stage_reached.value for r in every}
    applied_on = {d.state.application_id: d.state.date_applied for d in applied_states}
    rows = [
        {"rejection_id": rec.rejection_id, "application_id": rec.application_id,
         "received_on": rec.received_on, "stage_reached": stages[rec.rejection_id],
         "delay_days": _delay(applied_on.get(rec.application_id), rec.received_on),
         "mood_on": _plus(rec.received_on, rec.days_to_mood),
         "next_applied_on": _plus(rec.received_on, rec.days_to_next_application),
         "mood_days": rec.days_to_mood, "next_days": rec.days_to_next_application}
        for rec in records(every, check_ins, applied)
    ]
    if rows:
        session.execute(insert(rm.rejections), rows)
    stamp(session)
    return {"applications": len(ids), "totals": len(totals), "rejections": len(rows)}


def _delay(applied: date | None, received_on: date) -> int | None:
    """Days from applying to the no (as the patterns count them), or None."""
    return (received_on - applied).days if applied and received_on >= applied else None


def _applied(state: AppState) -> Any:
    from bounceback.domain.models import Application

    return Application(company="", role="", id=state.application_id,
                       date_applied=state.date_applied)


def _plus(day: date, days: int | None) -> date | None:
    from datetime import timedelta

    return None if days is None else day + timedelta(days=days)


def stamp(session: Session) -> None:
    """The version stamp; and each stamp of triggers.STAMPS given a first value when missing
    (a stamp that is there already stays: it says what was written, which a rebuild leaves)."""
    from uuid import uuid4

    from bounceback.storage.readmodel.triggers import STAMPS

    session.execute(delete(rm.meta).where(rm.meta.c.key == "version"))
    session.execute(insert(rm.meta).values(key="version", value=readmodel.VERSION))
    have = set(session.scalars(select(rm.meta.c.key)))
    missing = sorted(set(STAMPS.values()) - have)
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
            "tallies": tallies,
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

    if not index_agrees(session.connection()):
        problems.append("search: the text search's index differs from the kept column")
    for part, rows in fresh.items():
        if rows != kept[part]:
            if isinstance(rows, dict):
                wrong = sorted(k for k in set(rows) | set(kept[part]) if rows.get(k) != kept[part].get(k))
                problems.append(f"{part}: {len(wrong)} differ, such as {wrong[:3]}")
            else:
                problems.append(f"{part}: kept {len(kept[part])} rows, rebuilt {len(rows)}")
    return problems
