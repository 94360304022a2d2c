"""Imported mail: sources and checkpoints, messages, the review queue, ignored senders, labels."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from bounceback.mail.inbox import LabelCorrection, ReviewItem, StoredMessage
from bounceback.storage.tables.mail import (
    IgnoredSenderRow,
    LabelCorrectionRow,
    MailMessageRow,
    MailReviewRow,
    MailSourceRow,
)

CHUNK = 500


def source(session: Session, key: str, label: str) -> MailSourceRow:
    """The source row for this key, created on first use."""
    row = session.scalar(select(MailSourceRow).where(MailSourceRow.key == key))
    if row is None:
        row = MailSourceRow(key=key, label=label[:500], messages=0)
        session.add(row)
        session.flush()
    return row


def checkpoint(session: Session, key: str) -> str | None:
    return session.scalar(select(MailSourceRow.checkpoint).where(MailSourceRow.key == key))


def save_checkpoint(
    session: Session, source_id: int, value: str | None, messages: int, when: datetime
) -> None:
    changes: dict[str, Any] = {
        "messages": MailSourceRow.messages + messages, "last_import_at": when,
    }
    if value is not None:
        changes["checkpoint"] = value
    session.execute(update(MailSourceRow).where(MailSourceRow.id == source_id).values(**changes))


def known_keys(session: Session, keys: Collection[str]) -> set[str]:
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(session.scalars(select(MailMessageRow.key).where(MailMessageRow.key.in_(chunk))))
    return found


def thread_map(session: Session, keys: Collection[str]) -> dict[str, int | None]:
    """For stored messages with these keys (earlier emails of threads): their application."""
    found: dict[str, int | None] = {}
    wanted = list(keys)
    for start in range(0, len(wanted), CHUNK):
        query = select(MailMessageRow.key, MailMessageRow.application_id).where(
            MailMessageRow.key.in_(wanted[start : start + CHUNK])
        )
        found.update((key, app_id) for key, app_id in session.execute(query))
    return found


def add_messages(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert a batch of messages in one statement."""
    if rows:
        session.execute(insert(MailMessageRow), rows)


def add_reviews(session: Session, reviews: list[tuple[str, Any]]) -> None:
    """Queue (message key, decision) pairs for review; the messages are stored already."""
    if not reviews:
        return
    query = select(MailMessageRow.key, MailMessageRow.id).where(
        MailMessageRow.key.in_([key for key, _ in reviews])
    )
    ids = {key: message_id for key, message_id in session.execute(query)}
    session.execute(
        insert(MailReviewRow),
        [
            {
                "message_id": ids[key], "reason": decision.reason[:300],
                "candidates": list(decision.candidates), "proposal": dict(decision.proposal),
                "status": "open",
            }
            for key, decision in reviews
        ],
    )


def update_message(session: Session, message_id: int, **changes: Any) -> None:
    session.execute(update(MailMessageRow).where(MailMessageRow.id == message_id).values(**changes))


def get_message(session: Session, message_id: int) -> StoredMessage | None:
    row = session.get(MailMessageRow, message_id)
    return _message(row) if row is not None else None


def messages(
    session: Session, application_id: int | None = None, limit: int | None = None
) -> list[StoredMessage]:
    query = select(MailMessageRow).order_by(MailMessageRow.received_at, MailMessageRow.id)
    if application_id is not None:
        query = query.where(MailMessageRow.application_id == application_id)
    if limit:
        query = query.limit(limit)
    return [_message(row) for row in session.scalars(query)]


def _message(row: MailMessageRow) -> StoredMessage:
    return StoredMessage(
        id=row.id, key=row.key, received_at=row.received_at, sender=row.sender,
        sender_address=row.sender_address, subject=row.subject, kind=row.kind,
        confidence=row.confidence, kind_by=row.kind_by, company=row.company, role=row.role,
        platform=row.platform, snippet=row.snippet, body=row.body,
        application_id=row.application_id, link=row.link, details=dict(row.details or {}),
    )


def reviews(session: Session, status: str | None = "open") -> list[ReviewItem]:
    query = (
        select(MailReviewRow, MailMessageRow)
        .join(MailMessageRow, MailMessageRow.id == MailReviewRow.message_id)
        .order_by(MailMessageRow.received_at, MailReviewRow.id)
    )
    if status is not None:
        query = query.where(MailReviewRow.status == status)
    return [_review(review, message) for review, message in session.execute(query)]


def get_review(session: Session, review_id: int) -> ReviewItem | None:
    review = session.get(MailReviewRow, review_id)
    if review is None:
        return None
    message = session.get(MailMessageRow, review.message_id)
    assert message is not None
    return _review(review, message)


def _review(review: MailReviewRow, message: MailMessageRow) -> ReviewItem:
    return ReviewItem(
        id=review.id, message=_message(message), reason=review.reason,
        candidates=list(review.candidates or []), proposal=dict(review.proposal or {}),
        status=review.status, resolution=review.resolution,
    )


def count_reviews(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(MailReviewRow).where(MailReviewRow.status == "open")
    ) or 0


def resolve_review(session: Session, review_id: int, resolution: str, when: datetime) -> None:
    session.execute(
        update(MailReviewRow)
        .where(MailReviewRow.id == review_id)
        .values(status="done", resolution=resolution[:200], resolved_at=when)
    )


def open_reviews_from(session: Session, address: str) -> list[int]:
    query = (
        select(MailReviewRow.id)
        .join(MailMessageRow, MailMessageRow.id == MailReviewRow.message_id)
        .where(MailReviewRow.status == "open", MailMessageRow.sender_address == address)
    )
    return list(session.scalars(query))


def ignored_senders(session: Session) -> set[str]:
    return set(session.scalars(select(IgnoredSenderRow.address)))


def ignore_sender(session: Session, address: str) -> None:
    address = address.strip().lower()
    if address and address not in ignored_senders(session):
        session.add(IgnoredSenderRow(address=address[:320]))
        session.flush()


def save_correction(session: Session, correction: LabelCorrection) -> None:
    """Keep the user's kind for a message (the latest word wins; the first old kind stays)."""
    row = session.scalar(
        select(LabelCorrectionRow).where(LabelCorrectionRow.message_key == correction.message_key)
    )
    if row is None:
        session.add(
            LabelCorrectionRow(
                message_key=correction.message_key, sender=correction.sender[:500],
                subject=correction.subject[:1000], text=correction.text,
                old_kind=correction.old_kind, kind=correction.kind,
            )
        )
    else:
        row.kind = correction.kind
        row.text = correction.text or row.text
    session.flush()


def corrections(session: Session) -> list[LabelCorrection]:
    rows: Iterable[LabelCorrectionRow] = session.scalars(
        select(LabelCorrectionRow).order_by(LabelCorrectionRow.id)
    )
    return [
        LabelCorrection(
            message_key=r.message_key, sender=r.sender, subject=r.subject, text=r.text,
            old_kind=r.old_kind, kind=r.kind, created_at=r.created_at,
        )
        for r in rows
    ]
