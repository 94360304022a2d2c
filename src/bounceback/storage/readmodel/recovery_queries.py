"""Recovery's reads with plain SQL on a `Reader`: recent windows, check-ins, resilience records,
and the few rows of other capabilities the re-invest plan mentions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bounceback.domain.vocabulary import Stage
from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime


def windows_between(r: Reader, first: date, last: date,
                    ended_after: date | None = None) -> list[tuple[Any, ...]]:
    """Rejections whose window starts between two days: (rejection id, application id, company,
    role, stage reached, received on, hurt, stored start, stored days, closed on). The stored columns
    are None for a rejection with no window of its own (its default one starts on received).

    `ended_after`: of the stored windows, only those that end (or were closed) after that day,
    and those that ended last by `last` (all that `today` and the recovery page ask of the older
    ones: which ended last): the rows asked for, not every window of the weeks read."""
    params: dict[str, Any] = {"first": first, "last": last}
    recent = ""
    if ended_after is not None:
        if r.is_sqlite:
            end = "date(w.starts_on, '+' || w.days || ' days')"
        else:
            end = "(w.starts_on + w.days)"
        recent = (f"WITH s AS (SELECT w.*, CASE WHEN w.closed_on IS NOT NULL AND w.closed_on < "
                  f"{end} THEN w.closed_on ELSE {end} END AS ends FROM recovery_windows w "
                  "WHERE w.starts_on >= :first AND w.starts_on <= :last) ")
        params["after"] = ended_after
    stored = ("FROM s w JOIN rejections j ON j.id = w.rejection_id "
              "JOIN rm_applications a ON a.application_id = j.application_id "
              "WHERE w.ends > :after OR w.ends = (SELECT max(ends) FROM s WHERE ends <= :last) "
              if recent else
              "FROM recovery_windows w JOIN rejections j ON j.id = w.rejection_id "
              "JOIN rm_applications a ON a.application_id = j.application_id "
              "WHERE w.starts_on >= :first AND w.starts_on <= :last ")
    rows = r.all(
        recent + "SELECT j.id, j.application_id, a.role, a.company, j.stage_reached, "
        "j.received_on, w.hurt, w.starts_on, w.days, w.closed_on " + stored +
        "UNION ALL "
        "SELECT j.id, j.application_id, a.role, a.company, j.stage_reached, j.received_on, "
        "j.hurt, NULL, NULL, NULL "
        "FROM rm_rejections x JOIN rejections j ON j.id = x.rejection_id "
        "JOIN rm_applications a ON a.application_id = j.application_id "
        "WHERE x.received_on >= :first AND x.received_on <= :last "
        "AND NOT EXISTS (SELECT 1 FROM recovery_windows w WHERE w.rejection_id = j.id)",
        **params)
    return [(rid, app_id, company, role, Stage(stage), as_date(received), hurt,
             as_date(starts), days, as_date(closed))
            for rid, app_id, role, company, stage, received, hurt, starts, days, closed in rows]


def latest_window_start(r: Reader, on: date) -> date | None:
    row = r.one("SELECT (SELECT max(starts_on) FROM recovery_windows WHERE starts_on <= :on), "
                "(SELECT max(received_on) FROM rm_rejections WHERE received_on <= :on)", on=on)
    found = [d for d in (as_date(v) for v in row or ()) if d is not None]  # one round trip
    return max(found) if found else None


def glance(r: Reader, on: date, since: datetime
           ) -> tuple[set[str], datetime | None, date | None, date | None]:
    """What `today` asks of recovery first, in one statement (one round trip on PostgreSQL):
    the crisis levels of check-ins and journal entries since a moment, the last check-in, the
    latest window start by `on` (as `latest_window_start`) and the last search activity (as
    `last_search_activity`: the wallowing nudge's, round 19; a statement of its own before).
    Values as text on both engines."""
    levels: set[str] = set()
    last = None
    starts: list[date] = []
    active: list[date] = []
    for part, value in r.all(
            "SELECT 'level', crisis_level FROM check_ins WHERE recorded_at >= :since UNION "
            "SELECT 'level', crisis_level FROM journal_entries WHERE written_at >= :since "
            "UNION ALL SELECT 'check_in', CAST((SELECT max(recorded_at) FROM check_ins) AS TEXT) "
            "UNION ALL SELECT 'start', CAST((SELECT max(starts_on) FROM recovery_windows "
            "WHERE starts_on <= :on) AS TEXT) "
            "UNION ALL SELECT 'start', CAST((SELECT max(received_on) FROM rm_rejections "
            "WHERE received_on <= :on) AS TEXT) "
            "UNION ALL SELECT 'active', CAST((SELECT max(date_applied) FROM applications) "
            "AS TEXT) UNION ALL SELECT 'active', CAST((SELECT max(last_activity) FROM "
            "rm_applications WHERE outcome IS NULL) AS TEXT)", since=since, on=on):
        if value is None:
            continue
        if part == "level":
            levels.add(value)
        elif part == "check_in":
            last = as_datetime(value)
        elif part == "start":
            starts.append(as_date(value))  # type: ignore[arg-type]
        else:
            active.append(as_date(value))  # type: ignore[arg-type]
    return levels, last, max(starts) if starts else None, max(active) if active else None


def last_check_in(r: Reader) -> datetime | None:
    return as_datetime(r.scalar("SELECT max(recorded_at) FROM check_ins"))


def check_ins_since(r: Reader, since: datetime) -> list[tuple[datetime, int]]:
    return [(as_datetime(at), mood) for at, mood in r.all(  # type: ignore[misc]
        "SELECT recorded_at, mood FROM check_ins WHERE recorded_at >= :since "
        "ORDER BY recorded_at, id", since=since)]


def crisis_levels_since(r: Reader, since: datetime) -> set[str]:
    return set(r.column(
        "SELECT crisis_level FROM check_ins WHERE recorded_at >= :since UNION "
        "SELECT crisis_level FROM journal_entries WHERE written_at >= :since", since=since))


def entry_days(r: Reader, rejection_ids: list[int]) -> list[tuple[int, datetime]]:
    """(rejection id, written at) of the journal entries about these rejections."""
    clause, params = r.in_list("id", rejection_ids)
    return [(rid, as_datetime(at)) for rid, at in r.all(  # type: ignore[misc]
        f"SELECT rejection_id, written_at FROM journal_entries WHERE rejection_id IN {clause}",
        **params)]


def last_search_activity(r: Reader) -> date | None:
    """The latest day an application went out, or an open one moved."""
    row = r.one("SELECT (SELECT max(date_applied) FROM applications), "
                "(SELECT max(last_activity) FROM rm_applications WHERE outcome IS NULL)")
    found = [d for d in (as_date(v) for v in row or ()) if d is not None]  # one round trip
    return max(found) if found else None


def resilience_records(
    r: Reader, limit: int | None, known: int | None = None
) -> tuple[int, list[tuple[int, int, date, int | None, int | None, str]]]:
    """(how many in all, the records oldest first: the latest `limit` or all), each
    (rejection id, application id, received on, days to mood, days to next application, title).
    `known`: how many in all, when read already (`trends`)."""
    total = int(r.scalar("SELECT count(*) FROM rm_rejections") or 0) if known is None else known
    sql = ("SELECT x.rejection_id, x.application_id, x.received_on, x.mood_days, x.next_days, "
           "a.role, a.company FROM rm_rejections x LEFT JOIN rm_applications a "
           "ON a.application_id = x.application_id "
           "ORDER BY x.received_on DESC, x.rejection_id DESC")
    params: dict[str, Any] = {}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    rows = [(rid, app_id, as_date(received), mood, nxt, f"{role} at {company}" if role else "")
            for rid, app_id, received, mood, nxt, role, company in r.all(sql, **params)]
    return total, rows[::-1]  # type: ignore[return-value]


def trend_means(r: Reader, column: str) -> tuple[float, float] | None:
    """(first, latest) of a trend over the known values of `column`, oldest first: with four or
    more, the means of the first and last halves; with two or three, the first and last."""
    assert column in ("mood_days", "next_days")
    n = int(r.scalar(f"SELECT count({column}) FROM rm_rejections") or 0)
    if n < 2:
        return None
    half = n // 2 if n >= 4 else 1
    order = "received_on, rejection_id"
    back = "received_on DESC, rejection_id DESC"
    first = r.scalar(f"SELECT avg({column}) FROM (SELECT {column} FROM rm_rejections WHERE "
                     f"{column} IS NOT NULL ORDER BY {order} LIMIT :half) t", half=half)
    latest = r.scalar(f"SELECT avg({column}) FROM (SELECT {column} FROM rm_rejections WHERE "
                      f"{column} IS NOT NULL ORDER BY {back} LIMIT :half) t", half=half)
    return float(first), float(latest)


def trends(r: Reader) -> tuple[int, dict[str, tuple[float, float] | None]]:
    """How many records in all, and `trend_means` of both columns, in two statements however
    many records there are: the records' totals by day (a row per day and name,
    readmodel/days.py), which place each half's end on a day; then, of the day each half ends
    on, its first (or last) few records."""
    from bounceback.storage.readmodel import days

    names = {"mood_days": (days.R_MOOD_N, days.R_MOOD_SUM),
             "next_days": (days.R_NEXT_N, days.R_NEXT_SUM)}
    clause, params = r.in_list("n", list(days.RECORDS[1:]))
    # the days as the database gives them (ISO text or dates: either sorts in date order, and
    # goes back as a parameter as it came), the records in all summed by the database
    per_day: dict[str, dict[Any, int]] = {name: {} for name in days.RECORDS}
    total = 0
    for name, day, value in r.all(
            f"SELECT name, day, value FROM rm_days WHERE name IN {clause} UNION ALL "
            f"SELECT '{days.R_N}', NULL, sum(value) FROM rm_days WHERE name = :every",
            every=days.R_N, **params):
        if name == days.R_N:
            total = int(value or 0)
        else:
            per_day[name][day] = int(value)
    halves: dict[str, list[tuple[int, int]]] = {}  # column -> [(sum, records)] of each half
    ends: list[tuple[str, int, str, Any, int]] = []  # (column, half, order, day, how many)
    for column, (count_name, sum_name) in names.items():
        counts, sums = per_day[count_name], per_day[sum_name]
        n = sum(counts.values())
        if n < 2:
            continue
        half = n // 2 if n >= 4 else 1
        halves[column] = []
        for which, (order, ordered) in enumerate((("", sorted(counts)),
                                                  (" DESC", sorted(counts, reverse=True)))):
            got = summed = 0
            for day in ordered:
                if got + counts[day] > half:
                    ends.append((column, which, order, day, half - got))
                    break
                got += counts[day]
                summed += sums.get(day, 0)
                if got == half:
                    break
            halves[column].append((summed, half))
    if ends:
        parts, more = [], {}
        for i, (column, _, order, day, take) in enumerate(ends):
            more.update({f"d{i}": day, f"k{i}": take})
            parts.append(f"SELECT {i}, sum({column}) FROM (SELECT {column} FROM rm_rejections "
                         f"WHERE received_on = :d{i} AND {column} IS NOT NULL "
                         f"ORDER BY rejection_id{order} LIMIT :k{i}) t{i}")
        for i, value in r.all(" UNION ALL ".join(parts), **more):
            column, which = ends[int(i)][0], ends[int(i)][1]
            summed, half = halves[column][which]
            halves[column][which] = (summed + int(value or 0), half)
    found: dict[str, tuple[float, float] | None] = dict.fromkeys(names)
    for column, (first, latest) in halves.items():
        found[column] = (first[0] / first[1], latest[0] / latest[1])
    return total, found


def mood_by_day(r: Reader) -> list[tuple[date, float]]:
    day = "substr(recorded_at, 1, 10)" if r.is_sqlite else "CAST(recorded_at AS DATE)"
    return [(as_date(d), float(m)) for d, m in r.all(  # type: ignore[misc]
        f"SELECT {day} AS day, avg(mood) FROM check_ins GROUP BY {day} ORDER BY day")]


def rejection_marks(r: Reader) -> list[tuple[date, int, str]]:
    return [(as_date(d), rid, f"{role} at {company}" if role else "rejection")  # type: ignore[misc]
            for d, rid, role, company in r.all(
                "SELECT x.received_on, x.rejection_id, a.role, a.company FROM rm_rejections x "
                "LEFT JOIN rm_applications a ON a.application_id = x.application_id "
                "ORDER BY x.received_on, x.rejection_id")]


def has_feedback_request(r: Reader, app_id: int) -> bool:
    return r.one("SELECT 1 FROM feedback_requests WHERE application_id = :id LIMIT 1",
                 id=app_id) is not None


def task_titles_due(r: Reader, on: date, limit: int) -> list[str]:
    return r.column("SELECT title FROM tasks WHERE done = :no AND due <= :on ORDER BY due, id "
                    "LIMIT :limit", no=False, on=on, limit=limit)


def lessons_of(r: Reader, app_id: int, limit: int) -> list[str]:
    return r.column("SELECT text FROM lessons WHERE application_id = :id "
                    "ORDER BY created_on DESC, id LIMIT :limit", id=app_id, limit=limit)
