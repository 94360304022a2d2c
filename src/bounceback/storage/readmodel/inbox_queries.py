"""The inbox's review items read with plain SQL on a `Reader` (no ORM): the same ReviewItem and
StoredMessage objects, in the same order, as storage/repos/mail.py `reviews` builds (the inbox
page reads them here; tests/web/test_lean_recovery_pages.py holds the page equal both ways)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bounceback.mail.inbox import ReviewItem, StoredMessage
from bounceback.storage.readmodel.reader import Reader, as_datetime


def _json(value: Any, empty: Any) -> Any:
    """A JSON column's value (PostgreSQL hands it over read, SQLite as text)."""
    if value is None:
        return empty
    return json.loads(value) if isinstance(value, str) else value


_REVIEWS = (
    "SELECT v.id, v.reason, v.candidates, v.proposal, v.status, v.resolution, m.id, m.key, "
    "m.received_at, m.sender, m.sender_address, m.subject, m.kind, m.confidence, m.kind_by, "
    "m.company, m.role, m.platform, m.snippet, m.body, m.application_id, m.link, m.details "
    "FROM mail_review v JOIN mail_messages m ON m.id = v.message_id{where} "
    "ORDER BY m.received_at, v.id")


def review_items(r: Reader, status: str | None = "open") -> list[ReviewItem]:
    """The review items (of one status), by the day their email came."""
    where = "" if status is None else " WHERE v.status = :status"
    out = []
    for row in r.all(_REVIEWS.format(where=where), status=status):
        (rid, reason, candidates, proposal, state, resolution, mid, key, received, sender,
         address, subject, kind, confidence, kind_by, company, role, platform, snippet, body,
         app_id, link, details) = row
        message = StoredMessage(
            id=mid, key=key, received_at=as_datetime(received), sender=sender,
            sender_address=address, subject=subject, kind=kind, confidence=confidence,
            kind_by=kind_by, company=company, role=role, platform=platform, snippet=snippet,
            body=body, application_id=app_id, link=link, details=dict(_json(details, {}) or {}))
        out.append(ReviewItem(id=rid, message=message, reason=reason,
                              candidates=list(_json(candidates, []) or []),
                              proposal=dict(_json(proposal, {}) or {}), status=state,
                              resolution=resolution))
    return out


def email_text(r: Reader, message_id: int) -> tuple[str, datetime | None] | None:
    """An imported email's text (its body, else its snippet, else its subject) and when it came;
    None when there is no such email (`reject --from-email`)."""
    row = r.one("SELECT body, snippet, subject, received_at FROM mail_messages WHERE id = :id",
                id=message_id)
    if row is None:
        return None
    return (row[0] or row[1] or row[2] or ""), as_datetime(row[3])
