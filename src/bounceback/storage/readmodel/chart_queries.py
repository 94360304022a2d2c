"""What the calendar feed and the charts read, with plain SQL on a `Reader`: only the rows in
their window of time (indexed), never the whole history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime

_TO_HOLD = ("FROM rm_interviews i JOIN rm_applications a ON a.application_id = i.application_id "
            "WHERE i.at >= :since AND a.outcome IS NULL")
#: The same on PostgreSQL, each interview's application looked up by its key: joined, its
#: planner read every open application (a scan of the read model's table, linear in the
#: applications) to hash them; at 5,000 applications 2.3 -> 0.3 ms of its time for the feed's
#: first 101 interviews. `OFFSET 0` keeps the lookup apart (not flattened back into a join).
_TO_HOLD_PG = ("FROM rm_interviews i CROSS JOIN LATERAL (SELECT a.company, a.role FROM "
               "rm_applications a WHERE a.application_id = i.application_id AND a.outcome IS "
               "NULL OFFSET 0) a WHERE i.at >= :since")


def interviews_to_hold(r: Reader, since: datetime, limit: int | None = None
                       ) -> list[tuple[Any, ...]]:
    """Interviews booked and not held yet, from a moment on, on applications still open (the
    read model's list, through its time index), the first `limit` (or all): (application id,
    company, role, event id, when, round, interview type, location), in time order."""
    return [(app_id, company, role, event_id, as_datetime(at), round_, itype, location)
            for app_id, company, role, event_id, at, round_, itype, location in r.all(
                "SELECT i.application_id, a.company, a.role, i.event_id, i.at, i.round, "
                f"i.interview_type, i.location {_to_hold(r)} ORDER BY i.at, i.event_id"
                + (" LIMIT :limit" if limit is not None else ""), since=since, limit=limit)]


def count_interviews_to_hold(r: Reader, since: datetime) -> int:
    """How many interviews are to hold from a moment on, on applications still open: from the
    counts kept by day (readmodel/days.py) when it is a midnight, as the feed asks."""
    from bounceback.storage.readmodel import days

    if since.time() == datetime.min.time():
        return days.count(r, days.TO_HOLD, since.date())
    return int(r.scalar(f"SELECT count(*) {_to_hold(r)}", since=since) or 0)


def _to_hold(r: Reader) -> str:
    return _TO_HOLD if r.is_sqlite else _TO_HOLD_PG


_OPEN_DUE = "WHERE t.done = :no AND t.due >= :first AND t.due <= :last"


def tasks_between(r: Reader, first: date, last: date, limit: int | None = None
                  ) -> list[tuple[Any, ...]]:
    """Open tasks due between two days, the soonest `limit` (or all): (id, title, due, kind,
    notes, application id, company, role)."""
    return [(tid, title, as_date(due), kind, notes, app_id, company, role)
            for tid, title, due, kind, notes, app_id, company, role in r.all(
                "SELECT t.id, t.title, t.due, t.kind, t.notes, t.application_id, a.company, "
                "a.role FROM tasks t LEFT JOIN rm_applications a "
                f"ON a.application_id = t.application_id {_OPEN_DUE} ORDER BY t.due, t.id"
                + (" LIMIT :limit" if limit is not None else ""),
                no=False, first=first, last=last, limit=limit)]


def count_tasks_between(r: Reader, first: date, last: date) -> int:
    """How many open tasks are due between two days (from the (due, done) index alone)."""
    return int(r.scalar(f"SELECT count(*) FROM tasks t {_OPEN_DUE}", no=False, first=first,
                        last=last) or 0)


def held_and_due(r: Reader, horizon: date, last: date, limit: int
                 ) -> tuple[list[tuple[Any, ...]], int, list[tuple[Any, ...]], int]:
    """What the calendar feed lists first, in one statement (three before round 25, four when
    both lists were longer than the feed carries): the interviews to hold from the midnight of
    `horizon` (as `interviews_to_hold`) and the open tasks due from `horizon` to `last` (as
    `tasks_between`), the first `limit` of each, each with how many there are in all (as
    `count_interviews_to_hold` and `count_tasks_between`)."""
    from bounceback.storage.readmodel import days

    held: list[tuple[Any, ...]] = []
    due: list[tuple[Any, ...]] = []
    held_n = due_n = 0
    # a task's day as a time of day (its midnight) beside the interviews' on PostgreSQL, not
    # both as text (each row formatted, then parsed again: round 25); SQLite keeps text
    day = "t.due" if r.is_sqlite else "CAST(t.due AS TIMESTAMP)"
    # columns: part, when, then the interview's (event id, application id, company, role,
    # round, type, location) or the task's (id, application id, company, role, -, kind,
    # notes, title); the last row the two counts. Sorted here, not by the database (a sort of
    # every row there: round 25)
    for part, when, key, app_id, company, role, round_, kind, notes, title in sorted(r.all(
            "SELECT * FROM (SELECT 0 AS part, i.at AS at, i.event_id AS id, "
            "i.application_id AS app, a.company AS company, a.role AS role, i.round AS round, "
            "i.interview_type AS kind, i.location AS notes, CAST(NULL AS TEXT) AS title "
            f"{_to_hold(r)} ORDER BY i.at, i.event_id LIMIT {int(limit)}) x UNION ALL "
            f"SELECT * FROM (SELECT 1, {day}, t.id, t.application_id, a.company, "
            "a.role, CAST(NULL AS INTEGER), t.kind, t.notes, t.title FROM tasks t LEFT JOIN "
            f"rm_applications a ON a.application_id = t.application_id {_OPEN_DUE} "
            f"ORDER BY t.due, t.id LIMIT {int(limit)}) y UNION ALL SELECT 2, NULL, "
            "(SELECT sum(value) FROM rm_days WHERE name = :name AND day >= :first), "
            f"(SELECT count(*) FROM tasks t {_OPEN_DUE}), NULL, NULL, NULL, NULL, NULL, NULL",
            since=datetime.combine(horizon, datetime.min.time()), name=days.TO_HOLD,
            first=horizon, last=last, no=False), key=lambda row: (row[0], row[1] or "", row[2] or 0)):
        if part == 0:
            held.append((app_id, company, role, key, as_datetime(when), round_, kind, notes))
        elif part == 1:
            due.append((key, title, as_date(when), kind, notes, app_id, company, role))
        else:
            held_n, due_n = int(key or 0), int(app_id or 0)
    return held, held_n, due, due_n


_REMINDERS = ("FROM feedback_requests f WHERE f.follow_up_due >= :first AND f.follow_up_due <= "
              ":last AND f.answered_on IS NULL AND f.closed_on IS NULL "
              "AND f.follow_up_sent_on IS NULL")


def feedback_reminders(r: Reader, first: date, last: date, limit: int | None = None
                       ) -> list[tuple[Any, ...]]:
    """Sent feedback requests whose one follow-up falls between two days, the soonest `limit`
    (or all): (id, application id, recipient, created on, sent on, follow-up due, company,
    role)."""
    return [(rid, app_id, name, as_date(created), as_date(sent), as_date(due), company, role)
            for rid, app_id, name, created, sent, due, company, role in r.all(
                "SELECT f.id, f.application_id, f.recipient_name, f.created_on, f.sent_on, "
                "f.follow_up_due, a.company, a.role FROM feedback_requests f "
                "JOIN rm_applications a ON a.application_id = f.application_id "
                + _REMINDERS.removeprefix("FROM feedback_requests f ")
                + " ORDER BY f.follow_up_due, f.id" + (" LIMIT :limit" if limit is not None else ""),
                first=first, last=last, limit=limit)]


def count_feedback_reminders(r: Reader, first: date, last: date) -> int:
    return int(r.scalar(f"SELECT count(*) {_REMINDERS}", first=first, last=last) or 0)


def database_id(r: Reader) -> str:
    """The id the database was given when it was created (see migration 0011)."""
    return _identity(r.scalar("SELECT id FROM database_identity LIMIT 1"))


def _identity(found: Any) -> str:
    return str(found) if found else "0" * 32  # the row removed by hand: a fixed stand-in


def intentions_and_database_id(r: Reader) -> tuple[list[tuple[Any, ...]], str]:
    """The weekly plan's intentions (as `queries.intentions`) and `database_id`, in one
    statement (the calendar feed reads both: a round trip fewer, round 25)."""
    rows = r.all("SELECT 0, id, weekday, at, place, count FROM plan_intentions UNION ALL "
                 "SELECT 1, NULL, NULL, NULL, CAST((SELECT id FROM database_identity LIMIT 1) "
                 "AS TEXT), NULL ORDER BY 1, 3, 4, 2")
    *plan, (_, _, _, _, found, _) = rows
    return [tuple(row[1:]) for row in plan], _identity(found)


# --- the charts' counts: rows per kind of application or rejection, never one per record ---


def flow_counts(r: Reader) -> dict[tuple[str, str, str | None], int]:
    """Applications by (stage, furthest stage, outcome): a few dozen rows at any size."""
    return {(stage, top, outcome): n for stage, top, outcome, n in r.all(
        "SELECT stage, furthest_stage, outcome, count(*) FROM rm_applications "
        "GROUP BY stage, furthest_stage, outcome")}


def applied_days(r: Reader) -> dict[date, int]:
    """Applications sent on each day (one row per day of the search)."""
    return {as_date(day): n for day, n in r.all(  # type: ignore[misc]
        "SELECT date_applied, count(*) FROM rm_applications WHERE date_applied IS NOT NULL "
        "GROUP BY date_applied")}


def reason_counts(r: Reader) -> dict[tuple[str | None, str], int]:
    """Rejections by (main reason, stage reached): the main reason is the one marked primary,
    else the first given (as `Rejection.primary_reason`); None when none was given."""
    return {(reason, stage): n for reason, stage, n in r.all(
        "SELECT reason, stage_reached, count(*) FROM (SELECT j.stage_reached, "
        "(SELECT rr.reason FROM rejection_reasons rr WHERE rr.rejection_id = j.id "
        "ORDER BY rr.is_primary DESC, rr.id LIMIT 1) AS reason FROM rejections j) x "
        "GROUP BY reason, stage_reached")}


def rejection_marks(r: Reader) -> list[tuple[Any, ...]]:
    """Every rejection for the mood chart, oldest first: (received on, role, company, stage
    reached, days until mood was back, the days the user gave, rejection id)."""
    return [(as_date(day), role, company, stage, mood_days, given, rid)
            for day, role, company, stage, mood_days, given, rid in r.all(
                "SELECT x.received_on, a.role, a.company, j.stage_reached, x.mood_days, "
                "j.recovery_days, x.rejection_id FROM rm_rejections x JOIN rejections j ON j.id = x.rejection_id "
                "LEFT JOIN rm_applications a ON a.application_id = x.application_id "
                "ORDER BY x.received_on, x.rejection_id")]


def mood_check_ins(r: Reader) -> list[tuple[datetime, int]]:
    """(when, mood) of every check-in: the mood chart's line."""
    return [(as_datetime(at), mood) for at, mood in r.all(  # type: ignore[misc]
        "SELECT recorded_at, mood FROM check_ins ORDER BY recorded_at, id")]


# ---- one week, for the review: only that week's rows, through the indexes ---------------------

#: Events that are an answer, in the review's words (the screening call is said apart).
REPLY_KINDS = ("interview_scheduled", "assessment", "offer", "feedback_received")


def week_sent(r: Reader, start: date, end: date) -> list[tuple[date, str]]:
    """(day, title) of the applications sent from `start` to before `end`."""
    return [(as_date(day), f"{role} at {company}") for day, role, company in r.all(  # type: ignore[misc]
        "SELECT date_applied, role, company FROM rm_applications WHERE date_applied >= :start "
        "AND date_applied < :end", start=start, end=end)]


def week_answers(r: Reader, start: date, end: date) -> list[tuple[Any, ...]]:
    """(day, title, event kind, stage) of the answers on a timeline from `start` to before
    `end`."""
    kinds, params = r.in_list("kind", REPLY_KINDS)
    return [(as_datetime(at).date(), f"{role} at {company}", kind, stage)  # type: ignore[union-attr]
            for at, role, company, kind, stage in r.all(
                "SELECT e.occurred_at, a.role, a.company, e.kind, e.stage FROM events e "
                "JOIN rm_applications a ON a.application_id = e.application_id "
                f"WHERE e.kind IN {kinds} AND e.occurred_at >= :start AND e.occurred_at < :end",
                start=datetime.combine(start, datetime.min.time()),
                end=datetime.combine(end, datetime.min.time()), **params)]


def week_rejections(r: Reader, start: date, end: date) -> list[tuple[Any, ...]]:
    """(day, title, stage reached, days until mood was back) of the rejections received from
    `start` to before `end`, in the order received (the days: the read model's, else the
    ones recorded with the rejection)."""
    return [(as_date(day), f"{role} at {company}", stage, mood if mood is not None else kept)
            for day, role, company, stage, mood, kept in r.all(
                "SELECT j.received_on, a.role, a.company, j.stage_reached, j.mood_days, "
                "x.recovery_days FROM rm_rejections j "
                "JOIN rm_applications a ON a.application_id = j.application_id "
                "JOIN rejections x ON x.id = j.rejection_id "
                "WHERE j.received_on >= :start AND j.received_on < :end "
                "ORDER BY j.received_on, j.rejection_id", start=start, end=end)]


def live_count(r: Reader) -> int:
    return int(r.scalar("SELECT count(*) FROM rm_applications WHERE live = :yes", yes=True) or 0)


def waiting_at(r: Reader, sunday: date) -> dict[str, int]:
    """The waiting groups ("kind:stage:since" -> how many) at the end of the week ending on
    `sunday`: the running sum of the weekly changes up to it (pipeline/weekly.py)."""
    from bounceback.pipeline.weekly import WEEKLY

    counts: dict[str, int] = {}
    upto = sunday.isoformat()
    for key, value in r.all("SELECT key, value FROM rm_tallies WHERE name = :name", name=WEEKLY):
        ends, group = key.split("|", 1)
        if ends <= upto:  # ISO days: in order as text, whatever the database's collation
            counts[group] = counts.get(group, 0) + int(value)
    return {group: n for group, n in counts.items() if n > 0}
