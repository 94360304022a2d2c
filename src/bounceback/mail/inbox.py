"""The stored side of imported mail: messages as kept, review items, label corrections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class StoredMessage:
    """A job-search email as the app keeps it (no body unless it needs one)."""

    id: int
    key: str
    received_at: datetime | None
    sender: str
    sender_address: str
    subject: str
    kind: str
    confidence: float
    kind_by: str = "model"
    company: str | None = None
    role: str | None = None
    platform: str | None = None
    snippet: str = ""
    body: str | None = None
    application_id: int | None = None
    link: str = "none"
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReviewItem:
    """An email waiting for the user's decision, with the app's best guess."""

    id: int
    message: StoredMessage
    reason: str
    candidates: list[int] = field(default_factory=list)
    proposal: dict[str, str] = field(default_factory=dict)
    status: str = "open"
    resolution: str | None = None


@dataclass(frozen=True)
class LabelCorrection:
    """The user's kind for a message: training data for the classifier."""

    message_key: str
    sender: str
    subject: str
    text: str
    old_kind: str
    kind: str
    created_at: datetime | None = None
