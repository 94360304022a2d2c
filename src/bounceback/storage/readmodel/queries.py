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
    rows = r.all(sql, **params)
    tags = tags_of(r, [row[0] for row in rows] if q.limit or len(rows) < 500 else None)
    return [_application(row, tags.get(row[0], [])) for row in rows]


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


# ---- live applications -------------------------------------------------------------------------

#: The order applications are listed in (newest first), which ties keep.
LIVE_ORDER = "date_applied DESC, application_id DESC"
_MEMBER = "application_id, company, role, kind, stage, silent_since"

Member = tuple[int, str, Kind, Stage, "date | None"]


def _member(row: tuple[Any, ...]) -> Member:
    app_id, company, role, kind, stage, since = row[:6]
    return app_id, f"{role} at {company}", Kind(kind), Stage(stage), as_date(since)


def offers(r: Reader) -> list[tuple[int, str]]:
    return [(app_id, f"{role} at {company}") for app_id, company, role in r.all(
        "SELECT application_id, company, role FROM rm_applications "
        f"WHERE live = :yes AND stage = 'offer' ORDER BY {LIVE_ORDER}", yes=True)]


def waiting_members(r: Reader) -> list[Member]:
    """Every live application waiting at a stage: (id, title, kind, stage, silent since)."""
    return [_member(row) for row in r.all(
        f"SELECT {_MEMBER} FROM rm_applications WHERE live = :yes AND stage IN "
        f"('applied', 'screening', 'interviewing') ORDER BY {LIVE_ORDER}", yes=True)]


def ranked_members(
    r: Reader, groups: list[tuple[int, Kind, Stage, date | None]], limit: int
) -> list[Member]:
    """The first `limit` live applications of these groups (rank, kind, stage, silent since):
    a lower rank first, then in listing order. One query for them all, not one per group."""
    if not groups or limit <= 0:
        return []
    params: dict[str, Any] = {"yes": True, "limit": limit}
    whens, ors = [], []
    for i, (rank, kind, stage, since) in enumerate(groups):
        params.update({f"s{i}": stage.value, f"k{i}": kind.value, f"r{i}": rank})
        same = "silent_since IS NULL" if since is None else f"silent_since = :d{i}"
        if since is not None:
            params[f"d{i}"] = since
        whens.append(f"WHEN stage = :s{i} AND kind = :k{i} AND {same} THEN :r{i}")
        # each group a term the (live, stage, silent since) index answers on its own
        ors.append(f"(live = :yes AND stage = :s{i} AND {same} AND kind = :k{i})")
    ranking = f"CASE {' '.join(whens)} END"
    return [_member(row) for row in r.all(
        f"SELECT {_MEMBER} FROM (SELECT {_MEMBER}, date_applied, {ranking} AS grp_rank "
        f"FROM rm_applications WHERE {' OR '.join(ors)}) ranked "
        f"ORDER BY grp_rank, {LIVE_ORDER} LIMIT :limit", **params)]


def top_hope(r: Reader) -> tuple[int, str, int] | None:
    """The live application (not an offer) with the most excitement: (id, title, excitement)."""
    row = r.one(
        "SELECT application_id, company, role, excitement FROM rm_applications "
        "WHERE live = :yes AND excitement > 0 AND stage != 'offer' "
        f"ORDER BY excitement DESC, {LIVE_ORDER} LIMIT 1", yes=True)
    return None if row is None else (row[0], f"{row[2]} at {row[1]}", row[3])


def interviewing(r: Reader, limit: int = 2) -> list[tuple[int, str]]:
    return [(app_id, f"{role} at {company}") for app_id, company, role in r.all(
        "SELECT application_id, company, role FROM rm_applications WHERE live = :yes "
        f"AND stage = 'interviewing' ORDER BY {LIVE_ORDER} LIMIT :limit", yes=True, limit=limit)]


def others_moving(r: Reader, besides: int, since_after: date) -> bool:
    """Whether a live application other than `besides` heard something after the given day."""
    return r.one(
        "SELECT 1 FROM rm_applications WHERE live = :yes AND stage != 'offer' "
        "AND application_id != :besides AND silent_since > :after LIMIT 1",
        yes=True, besides=besides, after=since_after) is not None


#: Not waiting any more: past the usual time, no snooze running, and no follow-up still being
#: given time (the rule of ghosting's `_status`, in SQL, so lists and counts need no rows).
#: {n}: the stage's number among the stages asked for at once.
_OVERDUE = (
    "live = :yes AND stage = :stage{n} AND silent_since < :before{n} "
    "AND (snoozed_until IS NULL OR snoozed_until <= :today) "
    "AND (last_follow_up IS NULL OR last_follow_up < silent_since "
    "     OR (last_follow_up <= :waited AND silent_since <= :ghost{n}))"
)
_OVERDUE_ORDER = "silent_since, date_applied DESC NULLS LAST, application_id DESC"


def overdue(
    r: Reader, stages: list[tuple[Stage, date, date]], today: date, waited: date,
    limit: int | None,
) -> tuple[list[tuple[Any, ...]], int]:
    """Live applications past the usual answer time at any of these stages (stage, silent
    since before this day, the latest silence start long enough to stop waiting after a
    follow-up given by `waited` at the latest), longest silence first, and how many there
    are in all: (id, company, role, silent since, last follow-up, snoozed until, date applied,
    stage). One statement: each stage's first rows and its count read through the (live,
    stage, silent since) index, as a query per stage would."""
    if not stages:
        return [], 0
    params: dict[str, Any] = {"yes": True, "today": today, "waited": waited}
    cut = "" if limit is None else " LIMIT :limit"
    if limit is not None:
        params["limit"] = limit = max(0, limit)
    parts, counts = [], []
    for i, (stage, before, ghost) in enumerate(stages):
        params.update({f"stage{i}": stage.value, f"before{i}": before, f"ghost{i}": ghost})
        where = _OVERDUE.format(n=i)
        parts.append(
            f"SELECT * FROM (SELECT application_id, company, role, silent_since, last_follow_up, "
            f"snoozed_until, date_applied, stage FROM rm_applications WHERE {where} "
            f"ORDER BY {_OVERDUE_ORDER}{cut}) s{i}")
        counts.append(f"(SELECT count(*) FROM rm_applications WHERE {where})")
    if limit == 0:  # the count alone (no row to carry it)
        return [], int(r.all(f"SELECT {' + '.join(counts)}", **params)[0][0])
    rows = r.all(
        f"SELECT u.*, t.total FROM ({' UNION ALL '.join(parts)}) u, "
        f"(SELECT {' + '.join(counts)} AS total) t ORDER BY {_OVERDUE_ORDER}{cut}", **params)
    return ([(a, c, ro, as_date(since), as_date(f), as_date(z), as_date(d), Stage(st))
             for a, c, ro, since, f, z, d, st, _ in rows], int(rows[0][-1]) if rows else 0)


def waiting_rows(r: Reader) -> list[tuple[Any, ...]]:
    """Every live application waiting at a stage, for the whole ghosting list:
    (id, company, role, stage, silent since, last follow-up, snoozed until)."""
    return [(a, c, ro, Stage(s), as_date(since), as_date(f), as_date(z))
            for a, c, ro, s, since, f, z in r.all(
                "SELECT application_id, company, role, stage, silent_since, last_follow_up, "
                "snoozed_until FROM rm_applications WHERE live = :yes AND stage IN "
                f"('applied', 'screening', 'interviewing') ORDER BY {LIVE_ORDER}", yes=True)]


def intentions(r: Reader) -> list[tuple[int, int, str, str, int]]:
    """The weekly plan's intentions: (id, weekday, "HH:MM", place, count)."""
    return [tuple(row) for row in r.all(  # type: ignore[misc]
        "SELECT id, weekday, at, place, count FROM plan_intentions ORDER BY weekday, at, id")]


def revived_since(r: Reader, since: datetime) -> list[tuple[int, str, str, datetime, Stage]]:
    """Live applications revived by a late answer since a moment:
    (id, company, title, when, the stage they came back at)."""
    # Live or not is checked here, not in SQL: with both in the WHERE clause SQLite walked
    # every live application by the index on `live` (revivals are few; live ones are not).
    return [(a, c, f"{ro} at {c}", as_datetime(at), Stage(rs or s))  # type: ignore[misc]
            for a, c, ro, at, rs, s, live in r.all(
                "SELECT application_id, company, role, revived_at, revived_stage, stage, live "
                "FROM rm_applications WHERE revived_at >= :since "
                "ORDER BY revived_at", since=since) if live]


# ---- today's other lines -----------------------------------------------------------------------


def tasks_due(r: Reader, by: date, limit: int | None = None
              ) -> list[tuple[int, str, date, int | None, str | None]]:
    """Open tasks due by a day, the earliest `limit` (or all): (id, title, due, application
    id, application title)."""
    sql = ("SELECT t.id, t.title, t.due, t.application_id, a.role, a.company FROM tasks t "
           "LEFT JOIN rm_applications a ON a.application_id = t.application_id "
           "WHERE t.done = :no AND t.due <= :by ORDER BY t.due, t.id")
    return [(tid, title, as_date(due) or by, app_id, f"{role} at {company}" if role else None)
            for tid, title, due, app_id, role, company in r.all(
                sql + (" LIMIT :limit" if limit is not None else ""), no=False, by=by,
                limit=limit)]


def count_tasks_due(r: Reader, by: date) -> int:
    return int(r.scalar("SELECT count(*) FROM tasks WHERE done = :no AND due <= :by",
                        no=False, by=by) or 0)


_BOOKED = ("FROM rm_bookings b JOIN rm_applications a ON a.application_id = b.application_id "
           "WHERE b.at >= :first AND b.at < :last AND a.outcome IS NULL")


def booked_between(r: Reader, first: datetime, last: datetime, limit: int | None = None
                   ) -> list[tuple[Any, ...]]:
    """Interviews booked between two moments on applications still open, the first `limit`
    (or all): (when, application id, company, role, round)."""
    sql = f"SELECT b.at, b.application_id, a.company, a.role, b.round {_BOOKED} ORDER BY b.at, b.id"
    return [(as_datetime(at), app_id, company, role, round_)
            for at, app_id, company, role, round_ in r.all(
                sql + (" LIMIT :limit" if limit is not None else ""), first=first, last=last,
                limit=limit)]


def count_booked_between(r: Reader, first: datetime, last: datetime) -> int:
    """How many interviews are booked between two moments on applications still open: from
    the counts kept by day (readmodel/days.py) when both are midnights, as the pages ask."""
    from bounceback.storage.readmodel import days

    if first.time() == last.time() == datetime.min.time() and last > first:
        return days.count(r, days.BOOKED, first.date(), last.date() - timedelta(days=1))
    return int(r.scalar(f"SELECT count(*) {_BOOKED}", first=first, last=last) or 0)


_FOLLOW_UPS = (
    "FROM feedback_requests f WHERE f.answered_on IS NULL AND f.closed_on IS NULL AND ("
    "(f.follow_up_sent_on IS NULL AND f.sent_on IS NOT NULL AND f.follow_up_due <= :on) OR "
    "(f.follow_up_sent_on IS NOT NULL AND f.follow_up_sent_on <= :let_go))")


def feedback_follow_ups(r: Reader, on: date, let_go_before: date, limit: int | None = None
                        ) -> list[tuple[Any, ...]]:
    """Feedback requests whose one follow-up is due, then those followed up long enough ago to
    let go, each oldest first (the first `limit`): (kind "due" or "let_go", recipient,
    application id, company, follow-up due)."""
    cut = "" if limit is None else f" LIMIT {int(limit)}"
    rows = r.all(
        "SELECT CASE WHEN f.follow_up_sent_on IS NULL THEN 'due' ELSE 'let_go' END AS kind, "
        "f.recipient_name, f.application_id, a.company, f.follow_up_due "
        + _FOLLOW_UPS.replace("FROM feedback_requests f ", "FROM feedback_requests f "
                              "LEFT JOIN rm_applications a ON a.application_id = f.application_id ")
        + f" ORDER BY kind, f.created_on, f.id{cut}", on=on, let_go=let_go_before)
    return [(kind, name, app_id, company, as_date(due)) for kind, name, app_id, company, due in rows]


def count_feedback_follow_ups(r: Reader, on: date, let_go_before: date) -> int:
    return int(r.scalar(f"SELECT count(*) {_FOLLOW_UPS}", on=on, let_go=let_go_before) or 0)


def cards_and_mail(r: Reader, on: date) -> tuple[int, int]:
    """Practice cards due by a day and imported emails waiting, in one statement."""
    cards, mail = r.one(
        "SELECT (SELECT count(*) FROM practice_cards WHERE due <= :on), "
        "(SELECT count(*) FROM mail_review WHERE status = 'open')", on=on) or (0, 0)
    return int(cards or 0), int(mail or 0)


def cards_due(r: Reader, on: date) -> int:
    return int(r.scalar("SELECT count(*) FROM practice_cards WHERE due <= :on", on=on) or 0)


def mail_waiting(r: Reader) -> int:
    return int(r.scalar("SELECT count(*) FROM mail_review WHERE status = 'open'") or 0)
