"""The records an import passes between its steps: raw messages, headers, results, skips."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

SNIPPET_CHARS = 240


@dataclass(slots=True)
class RawMessage:
    """One message as a source found it: bytes, where it is, and how to resume after it.

    `data` may hold only the header block (IMAP fetches bodies of candidates later, then sets
    `headers_only` to False). `size` is the size in the source; `truncated` says `data` was cut
    short to keep memory bounded (a huge attachment).
    """

    locator: str
    data: bytes
    size: int
    truncated: bool = False
    headers_only: bool = False
    handle: Any = None


@dataclass(slots=True)
class Headers:
    """What the fast header pass reads: enough to rule a message out or skip it as known."""

    key: str
    message_id: str | None
    sender: str
    sender_address: str
    subject: str
    date: datetime | None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()

    @property
    def sender_domain(self) -> str:
        _, _, domain = self.sender_address.rpartition("@")
        return domain.lower()

    @property
    def thread_ids(self) -> tuple[str, ...]:
        ids = list(self.references)
        if self.in_reply_to and self.in_reply_to not in ids:
            ids.append(self.in_reply_to)
        return tuple(ids)


@dataclass(slots=True)
class Body:
    """The readable text of a fully parsed message, and what was wrong with it."""

    text: str
    html: bool = False
    attachments: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(slots=True)
class Processed:
    """A job-search candidate after classification, ready to link and store."""

    locator: str
    headers: Headers
    body: Body
    classification: Any

    @property
    def kind(self) -> str:
        return str(self.classification.kind)

    @property
    def snippet(self) -> str:
        text = " ".join(self.body.text.split())
        if len(text) <= SNIPPET_CHARS:
            return text
        return text[: SNIPPET_CHARS - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Skip:
    """A message or file left out, and why, in words a user can act on."""

    where: str
    reason: str


@dataclass
class ImportReport:
    """What one import did: the summary printed at the end."""

    source: str = ""
    messages: int = 0
    bytes_read: int = 0
    ruled_out: int = 0
    already_imported: int = 0
    resumed_from: str | None = None
    up_to_date: bool = False
    by_kind: Counter[str] = field(default_factory=Counter)
    new_applications: int = 0
    updated_applications: int = 0
    for_review: int = 0
    skipped: list[Skip] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def job_emails(self) -> int:
        return sum(n for kind, n in self.by_kind.items() if kind != "other")

    def skip(self, where: str, reason: str) -> None:
        self.skipped.append(Skip(where, reason))
