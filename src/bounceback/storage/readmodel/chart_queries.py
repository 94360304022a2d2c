"""What the calendar feed and the charts read, with plain SQL on a `Reader`: only the rows in
their window of time (indexed), never the whole history."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime


def _details(r: Reader, raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    value = json.loads(raw) if isinstance(raw, str) else raw
    return value if isinstance(value, dict) else {}


def interview_events(r: Reader, since: datetime) -> list[tuple[Any, ...]]:
    """Interviews booked since a moment and not held since then (the same round), on
    applications still open: (application id, company, role, event id, occurred at, round,
    interview type, details), in the order they were booked."""
    rows = r.all(
        "SELECT e.application_id, a.company, a.role, e.id, e.occurred_at, e.round, "
        "e.interview_type, e.details FROM events e "
        "JOIN rm_applications a ON a.application_id = e.application_id "
        "WHERE e.kind = 'interview_scheduled' AND e.occurred_at >= :since "
        "AND a.outcome IS NULL AND NOT EXISTS (SELECT 1 FROM events h "
        # `|| ''`: look the application's timeline up (by its index), not every held interview;
        # `a.`: only for the open applications
        "WHERE h.application_id = a.application_id AND h.kind || '' = 'interview_held' "
        "AND h.occurred_at >= :since "
        "AND (h.round = e.round OR (h.round IS NULL AND e.round IS NULL))) "
        "ORDER BY e.occurred_at, e.id", since=since)
    return [(app_id, company, role, event_id, as_datetime(at), round_, itype,
             _details(r, details))
            for app_id, company, role, event_id, at, round_, itype, details in rows]


def tasks_between(r: Reader, first: date, last: date) -> list[tuple[Any, ...]]:
    """Open tasks due between two days: (id, title, due, kind, notes, application id,
    company, role)."""
    return [(tid, title, as_date(due), kind, notes, app_id, company, role)
            for tid, title, due, kind, notes, app_id, company, role in r.all(
                "SELECT t.id, t.title, t.due, t.kind, t.notes, t.application_id, a.company, "
                "a.role FROM tasks t LEFT JOIN rm_applications a "
                "ON a.application_id = t.application_id "
                "WHERE t.done = :no AND t.due >= :first AND t.due <= :last ORDER BY t.due, t.id",
                no=False, first=first, last=last)]


def feedback_reminders(r: Reader, first: date, last: date) -> list[tuple[Any, ...]]:
    """Sent feedback requests whose one follow-up falls between two days:
    (id, application id, recipient, created on, sent on, follow-up due, company, role)."""
    return [(rid, app_id, name, as_date(created), as_date(sent), as_date(due), company, role)
            for rid, app_id, name, created, sent, due, company, role in r.all(
                "SELECT f.id, f.application_id, f.recipient_name, f.created_on, f.sent_on, "
                "f.follow_up_due, a.company, a.role FROM feedback_requests f "
                "JOIN rm_applications a ON a.application_id = f.application_id "
                "WHERE f.follow_up_due >= :first AND f.follow_up_due <= :last "
                "AND f.answered_on IS NULL AND f.closed_on IS NULL "
                "AND f.follow_up_sent_on IS NULL ORDER BY f.created_on, f.id",
                first=first, last=last)]


def database_id(r: Reader) -> str:
    """The id the database was given when it was created (see migration 0011)."""
    found = r.scalar("SELECT id FROM database_identity LIMIT 1")
    return str(found) if found else "0" * 32  # the row removed by hand: a fixed stand-in
