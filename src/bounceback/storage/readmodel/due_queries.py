"""What Today lists as due, read from the read model and the records with plain SQL on a
`Reader`: open tasks, interviews booked, feedback follow-ups, practice cards and mail waiting
(services/today.py). Split from readmodel/queries.py (round 26), which reads the applications,
the settings and the tallies.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime


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


def booked_and_tasks(r: Reader, first: datetime, last: datetime, by: date,
                     booked_limit: int | None, tasks_limit: int | None
                     ) -> tuple[list[tuple[Any, ...]], list[tuple[int, str, date, int | None, str | None]],
                                int, int]:
    """`booked_between` and `tasks_due` in one statement (`today` reads both: one round trip
    fewer, round 19), each part's rows as its own function gives them; and how many there are
    in all of each (`count_booked_between`, `count_tasks_due`: the line counting those not
    listed), in the same statement since round 24 (two round trips fewer when both lists are
    longer than `today` shows). `first` and `last`: midnights, as `today` asks."""
    from bounceback.storage.readmodel import days

    cut_b = "" if booked_limit is None else f" LIMIT {int(booked_limit)}"
    cut_t = "" if tasks_limit is None else f" LIMIT {int(tasks_limit)}"
    booked, tasks = [], []
    booked_total = tasks_total = 0
    for part, at, row_id, app_id, company, role, round_, title in r.all(
            "SELECT * FROM (SELECT 0 AS part, CAST(b.at AS TEXT) AS at, b.id AS id, "
            "b.application_id AS app, a.company AS company, a.role AS role, b.round AS round, "
            f"NULL AS title {_BOOKED} ORDER BY b.at, b.id{cut_b}) x UNION ALL "
            "SELECT * FROM (SELECT 1, CAST(t.due AS TEXT), t.id, t.application_id, a.company, "
            "a.role, CAST(NULL AS INTEGER), t.title FROM tasks t LEFT JOIN rm_applications a "
            "ON a.application_id = t.application_id WHERE t.done = :no AND t.due <= :by "
            f"ORDER BY t.due, t.id{cut_t}) y UNION ALL "
            "SELECT 2, NULL, (SELECT count(*) FROM tasks WHERE done = :no AND due <= :by), "
            "(SELECT sum(value) FROM rm_days WHERE name = :name AND day >= :day0 "
            "AND day <= :day1), NULL, NULL, NULL, NULL ORDER BY 1, 2, 3",
            first=first, last=last, no=False, by=by, name=days.BOOKED, day0=first.date(),
            day1=last.date() - timedelta(days=1)):
        if part == 0:
            booked.append((as_datetime(at), app_id, company, role, round_))
        elif part == 1:
            tasks.append((row_id, title, as_date(at) or by, app_id,
                          f"{role} at {company}" if role else None))
        else:
            tasks_total, booked_total = int(row_id or 0), int(app_id or 0)
    return booked, tasks, booked_total, tasks_total


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
                        ) -> tuple[list[tuple[Any, ...]], int, int]:
    """Feedback requests whose one follow-up is due, then those followed up long enough ago to
    let go, each oldest first (the first `limit`): (kind "due" or "let_go", recipient,
    application id, company, follow-up due); and, in the same statement (`today` needs all
    three: a round trip fewer on PostgreSQL), the practice cards due by `on` and the imported
    emails waiting."""
    cut = "" if limit is None else f" LIMIT {int(limit)}"
    rows = r.all(
        "SELECT * FROM (SELECT 0 AS part, CASE WHEN f.follow_up_sent_on IS NULL THEN 'due' "
        "ELSE 'let_go' END AS kind, f.recipient_name AS name, f.application_id AS app, "
        "a.company AS company, f.follow_up_due AS due, f.created_on AS made, f.id AS n "
        + _FOLLOW_UPS.replace("FROM feedback_requests f ", "FROM feedback_requests f "
                              "LEFT JOIN rm_applications a ON a.application_id = f.application_id ")
        + f" ORDER BY kind, f.created_on, f.id{cut}) listed UNION ALL SELECT 1, NULL, NULL, "
        "(SELECT count(*) FROM practice_cards WHERE due <= :on), NULL, NULL, NULL, "
        "(SELECT count(*) FROM mail_review WHERE status = 'open') ORDER BY 1, 2, 7, 8",
        on=on, let_go=let_go_before)
    *listed, (_, _, _, cards, _, _, _, mail) = rows
    return ([(kind, name, app_id, company, as_date(due))
             for _, kind, name, app_id, company, due, _, _ in listed], int(cards), int(mail))


def count_feedback_follow_ups(r: Reader, on: date, let_go_before: date) -> int:
    return int(r.scalar(f"SELECT count(*) {_FOLLOW_UPS}", on=on, let_go=let_go_before) or 0)


def mail_waiting(r: Reader) -> int:
    return int(r.scalar("SELECT count(*) FROM mail_review WHERE status = 'open'") or 0)
