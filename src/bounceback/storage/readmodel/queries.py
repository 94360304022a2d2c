"""Reads on the read model and the records, with plain SQL on a `Reader` (no SQLAlchemy).

Each function reads what one page or command shows, through indexes: the cost follows what is
shown, not the length of the history.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.pipeline import state as st
from bounceback.pipeline.history import AnswerTimes, TransitionCounts
from bounceback.pipeline.priors import Kind
from bounceback.storage.readmodel import search
from bounceback.storage.readmodel.live_queries import (  # noqa: F401 - read from here too
    LIVE_ORDER,
    Member,
    interviewing,
    offers,
    offers_and_hope,
    others_moving,
    overdue,
    ranked_members,
    top_hope,
    waiting_members,
    waiting_rows,
)
from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime

# ---- settings ----------------------------------------------------------------------------------


def settings(r: Reader) -> dict[str, Any]:
    out = {}
    for key, value in r.all("SELECT key, value FROM settings"):
        out[key] = json.loads(value) if isinstance(value, str) and r.is_sqlite else value
    return out


# ---- applications ------------------------------------------------------------------------------

_APP_COLUMNS = (
    "a.id, a.uid, c.name, a.role, a.location, a.remote, a.salary_min, a.salary_max, "
    "a.salary_currency, a.source, a.source_detail, a.url, a.description, a.date_applied, "
    "a.excitement, a.stage, a.furthest_stage, a.outcome, a.outcome_date, a.notes, "
    "a.created_at, a.updated_at, a.last_activity"
)


def _application(row: tuple[Any, ...], tags: list[str]) -> Application:
    (app_id, uid, company, role, location, remote, salary_min, salary_max, currency, source,
     source_detail, url, description, applied, excitement, stage, furthest, outcome,
     outcome_date, notes, created_at, updated_at, last_activity) = row
    return Application(
        id=app_id, uid=uid, company=company, role=role, location=location,
        remote=None if remote is None else bool(remote), salary_min=salary_min,
        salary_max=salary_max, salary_currency=currency, source=Source(source),
        source_detail=source_detail, url=url, description=description,
        date_applied=as_date(applied), excitement=excitement, stage=Stage(stage),
        furthest_stage=Stage(furthest), outcome=Outcome(outcome) if outcome else None,
        outcome_date=as_date(outcome_date), notes=notes, tags=tags,
        created_at=as_datetime(created_at), updated_at=as_datetime(updated_at),
        last_activity=as_date(last_activity),
    )


def tags_of(r: Reader, ids: list[int] | None) -> dict[int, list[str]]:
    """Tags per application (of `ids`, or all)."""
    where, params = "", {}  # type: tuple[str, dict[str, Any]]
    if ids is not None:
        if not ids:
            return {}
        clause, params = r.in_list("id", ids)
        where = f" WHERE application_id IN {clause}"
    tags: dict[int, list[str]] = defaultdict(list)
    for app_id, tag in r.all(f"SELECT application_id, tag FROM application_tags{where} ORDER BY tag",
                             **params):
        tags[app_id].append(tag)
    return tags


def _where(r: Reader, q: ApplicationQuery) -> tuple[str, dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if q.stages:
        stages = [s for s in q.stages if s in Stage._value2member_map_]
        outcomes = [s for s in q.stages if s in Outcome._value2member_map_]
        in_stages, p1 = r.in_list("st", stages)
        in_outcomes, p2 = r.in_list("oc", outcomes)
        # Only the parts that can match: with an always-false `outcome IN (NULL)` beside it,
        # SQLite walked the date index past every application for a column of a few.
        parts = ([f"(a.stage IN {in_stages} AND a.outcome IS NULL)"] if stages else []) + (
            [f"a.outcome IN {in_outcomes}"] if outcomes else [])
        where.append("(" + " OR ".join(parts) + ")" if parts else "1 = 0")
        params.update(p1, **p2)
    if q.live_only:
        where.append("a.outcome IS NULL AND a.stage NOT IN ('saved', 'accepted')")
    if q.company:
        where.append("lower(c.name) LIKE '%' || :company || '%'")
        params["company"] = q.company.lower()
    if q.tag:
        where.append("a.id IN (SELECT application_id FROM application_tags WHERE tag = :tag)")
        params["tag"] = q.tag.lower()
    if q.since:
        where.append("a.date_applied >= :since")
        params["since"] = q.since
    if q.until:
        where.append("a.date_applied <= :until")
        params["until"] = q.until
    if q.text:  # role, company, notes or location, whatever the case and accents, by index
        condition, found = search.matching(r, q.text)
        where.append(condition)
        params.update(found)
    if q.source:
        where.append("a.source = :source")
        params["source"] = q.source
    return (" WHERE " + " AND ".join(where) if where else ""), params


_FROM = " FROM applications a JOIN companies c ON c.id = a.company_id"


def applications(r: Reader, q: ApplicationQuery | None = None) -> list[Application]:
    """Applications matching the filters, newest first (as `list` and the board show them)."""
    q = q or ApplicationQuery()
    where, params = _where(r, q)
    sql = f"SELECT {_APP_COLUMNS}{_FROM}{where} ORDER BY a.date_applied DESC, a.id DESC"
    if q.limit:
        sql += " LIMIT :limit"
        params["limit"] = q.limit
        if q.offset:
            sql += " OFFSET :offset"
            params["offset"] = q.offset
    rows = r.all(sql, plan_each_time=bool(q.text), **params)  # a text: see `Reader.all`
    tags = tags_of(r, [row[0] for row in rows] if q.limit or len(rows) < 500 else None)
    return [_application(row, tags.get(row[0], [])) for row in rows]


def shared_pipeline(r: Reader) -> list[dict[str, Any]]:
    """A seeker's pipeline as their coach sees it (services/sharing.py `view`): each
    application's company, role, stage, outcome and day applied, in `applications`' order
    (newest first); not the rest of each application, nor its tags."""
    return [{"company": company, "role": role, "stage": stage,
             "outcome": outcome or None, "applied": as_date(applied)}
            for company, role, stage, outcome, applied in r.all(
                f"SELECT c.name, a.role, a.stage, a.outcome, a.date_applied{_FROM} "
                "ORDER BY a.date_applied DESC, a.id DESC")]


#: Applications sent, per furthest stage and outcome: (stage, outcome, how many, how many since a
#: day); the last day one was sent; the days from sending to each outcome of an offer or beyond.
SentSummary = tuple[list[tuple[Stage, Outcome | None, int, int]], date | None, list[int]]


def sent_summary(r: Reader, since: date) -> SentSummary:
    """What a coach's flags and cohort figures need of a seeker's applications sent
    (services/sharing.py), counted by the database in one statement: a few rows, not one per
    application."""
    offered, params = r.in_list("st", [s.value for s in Stage if s.rank >= Stage.OFFER.rank])
    rows = r.all(
        "SELECT 0, furthest_stage, outcome, count(*), "
        "sum(CASE WHEN date_applied >= :since THEN 1 ELSE 0 END), max(date_applied), NULL "
        "FROM applications WHERE date_applied IS NOT NULL GROUP BY furthest_stage, outcome "
        "UNION ALL SELECT 1, furthest_stage, outcome, 0, 0, date_applied, outcome_date "
        "FROM applications WHERE date_applied IS NOT NULL AND outcome_date IS NOT NULL "
        f"AND furthest_stage IN {offered}", since=since, **params)
    groups, last, to_offer = [], None, []
    for part, furthest, outcome, n, recent, day, ended in rows:
        applied = as_date(day)
        if part:
            to_offer.append((as_date(ended) - applied).days)  # type: ignore[operator]
            continue
        groups.append((Stage(furthest), Outcome(outcome) if outcome else None, int(n),
                       int(recent or 0)))
        last = applied if last is None or (applied is not None and applied > last) else last
    return groups, last, to_offer


def matching_ids(r: Reader, q: ApplicationQuery, limit: int | None = None
                 ) -> list[tuple[int, str, str | None]]:
    """(id, stage, outcome) of the applications matching (the newest `limit`, or all), newest
    first: one pass for a board whose columns share a text or tag filter."""
    where, params = _where(r, q)
    sql = f"SELECT a.id, a.stage, a.outcome{_FROM}{where} ORDER BY a.date_applied DESC, a.id DESC"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [tuple(row) for row in r.all(sql, **params)]  # type: ignore[misc]


def by_ids(r: Reader, ids: list[int]) -> dict[int, Application]:
    if not ids:
        return {}
    clause, params = r.in_list("id", ids)
    rows = r.all(f"SELECT {_APP_COLUMNS}{_FROM} WHERE a.id IN {clause}", **params)
    tags = tags_of(r, ids)
    return {row[0]: _application(row, tags.get(row[0], [])) for row in rows}


def count_applications(r: Reader, q: ApplicationQuery) -> int:
    where, params = _where(r, q)
    return int(r.scalar(f"SELECT count(*){_FROM}{where}", **params) or 0)


def application(r: Reader, app_id: int) -> Application | None:
    row = r.one(f"SELECT {_APP_COLUMNS} FROM applications a JOIN companies c "
                "ON c.id = a.company_id WHERE a.id = :id", id=app_id)
    return None if row is None else _application(row, tags_of(r, [app_id]).get(app_id, []))


def titles(r: Reader, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(company, role) of these applications, from the read model."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    clause, params = r.in_list("id", wanted)
    return {app_id: (company, role) for app_id, company, role in r.all(
        f"SELECT application_id, company, role FROM rm_applications WHERE application_id IN {clause}",
        **params)}


# ---- the search's totals -----------------------------------------------------------------------


def totals(r: Reader, *names: str) -> dict[tuple[str, str], int]:
    clause, params = r.in_list("n", list(names))
    return {(n, k): v for n, k, v in r.all(
        f"SELECT name, key, value FROM rm_tallies WHERE name IN {clause}", **params)}


def transition_counts(found: dict[tuple[str, str], int]) -> TransitionCounts:
    counts = TransitionCounts()
    for (name, key), value in found.items():
        if name in (st.PASSED, st.STOPPED):
            kind, step = key.split(":")
            (counts.passed if name == st.PASSED else counts.stopped)[(Kind(kind), int(step))] = value
    return counts


def answer_times(found: dict[tuple[str, str], int]) -> AnswerTimes:
    times = AnswerTimes()
    for (name, key), value in found.items():
        if name == st.ADVANCE_N:
            times.advance[Stage(key)].n = value
        elif name == st.ADVANCE_SUM:
            times.advance[Stage(key)].total = value
        elif name == st.COMPANY_N:
            times.by_company[key].n = value
        elif name == st.COMPANY_SUM:
            times.by_company[key].total = value
    return times


def waiting_groups(found: dict[tuple[str, str], int]) -> list[tuple[Kind, Stage, date | None, int]]:
    return [(*st.parse_waiting_key(key), value)
            for (name, key), value in sorted(found.items()) if name == st.WAITING]


#: An intention of the weekly plan: (id, weekday, "HH:MM", place, count).
IntentionRow = tuple[int, int, str, str, int]


def intentions(r: Reader) -> list[IntentionRow]:
    """The weekly plan's intentions: (id, weekday, "HH:MM", place, count)."""
    return [tuple(row) for row in r.all(  # type: ignore[misc]
        "SELECT id, weekday, at, place, count FROM plan_intentions ORDER BY weekday, at, id")]


#: An application revived by a late answer: (id, company, title, when, the stage it came back at).
Revival = tuple[int, str, str, datetime, Stage]


def tallies_plan_and_revivals(
    r: Reader, on_or_before: date, names: list[str], since: datetime
) -> tuple[dict[date, int], date | None, dict[tuple[str, str], int],
           list[IntentionRow], list[Revival]]:
    """The weeks' applications (keyed by the week's Monday) and the last day one went out, up to
    a day (as `days.applied_weeks_and_last`), the totals of `names` (as `totals`), the weekly
    plan's intentions (as `intentions`), and the live applications revived by a late answer
    since a moment, (id, company, title, when, the stage they came back at), oldest first: in
    one statement, as `/`, `today` and the outlook read them all (three round trips before
    round 19, two before round 24). The weeks before this one are the kept weekly totals (a
    row a week; round 25: the database grouped every day's before), this week its days."""
    monday = on_or_before - timedelta(days=on_or_before.weekday())
    clause, params = r.in_list("n", names)
    weeks: dict[date, int] = {}
    last = None
    found: dict[tuple[str, str], int] = {}
    plan, revivals = [], []
    # columns: part, then (id, weekday, at, place, count) of an intention, (id, -, company,
    # role, -, revived at, revived stage, stage, live) of a revival, (-, -, name, key, value)
    # of a tally
    for part, i, day, at, place, n, when, revived, stage, live in r.all(
            "SELECT 0, id, weekday, at, place, count, NULL, NULL, NULL, NULL FROM plan_intentions "
            "UNION ALL SELECT 1, application_id, NULL, company, role, NULL, revived_at, "
            "revived_stage, stage, live FROM rm_applications WHERE revived_at >= :since "
            "UNION ALL SELECT 2, NULL, NULL, NULL, key, value, NULL, NULL, NULL, NULL "
            "FROM rm_tallies WHERE name = :week AND key < :monday UNION ALL SELECT 5, NULL, "
            "NULL, NULL, NULL, sum(value), NULL, NULL, NULL, NULL FROM rm_tallies "
            "WHERE name = :name AND key >= :monday AND key <= :day "
            "UNION ALL SELECT 3, NULL, NULL, NULL, max(key), NULL, NULL, NULL, NULL, NULL "
            "FROM rm_tallies WHERE name = :name AND key <= :day "
            "UNION ALL SELECT 4, NULL, NULL, name, key, value, NULL, NULL, NULL, NULL "
            f"FROM rm_tallies WHERE name IN {clause}",
            since=since, name=st.APPLIED_DAY, day=on_or_before.isoformat(), week=st.APPLIED_WEEK,
            monday=monday.isoformat(), **params):
        if part == 0:
            plan.append((i, day, at, place, n))
        elif part == 1:
            # live or not is checked here, not in SQL: with both in the WHERE clause SQLite
            # walked every live application by the index on `live` (revivals are few)
            if live:
                revivals.append((i, at, f"{place} at {at}", as_datetime(when),
                                 Stage(revived or stage)))
        elif part == 4:
            found[(at, place)] = n
        elif part == 3:
            last = as_date(place)
        elif n is not None:  # a past week (part 2), or this week's days summed (5)
            weeks[monday if part == 5 else date.fromisoformat(str(place))] = int(n)
    plan.sort(key=lambda row: (row[1], row[2], row[0]))
    revivals.sort(key=lambda row: row[3])  # type: ignore[arg-type, return-value]
    return weeks, last, found, plan, revivals  # type: ignore[return-value]
