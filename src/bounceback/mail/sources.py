"""Where mail comes from: mbox files, Takeout archives, Maildir, .eml files; batches to import."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bounceback.mail.mbox_reader import MAX_MESSAGE, MboxPiece, NotAnMbox, split_mbox
from bounceback.mail.records import ImportReport, RawMessage

BATCH_MESSAGES = 2000
BATCH_BYTES = 32 << 20
HEAD_BYTES = 64 << 10
READ_ERRORS = (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError)


class Stream(Protocol):
    """A readable byte stream: a file, or a member of an archive."""

    def read(self, size: int = -1, /) -> bytes: ...

    def seekable(self) -> bool: ...

    def seek(self, offset: int, whence: int = 0, /) -> int: ...

    def close(self) -> None: ...


@dataclass(slots=True)
class Batch:
    """Messages read together; `checkpoint` resumes right after them, `done` is progress."""

    messages: list[RawMessage]
    checkpoint: str | None
    done: int


class MailSource(ABC):
    """A stream of messages with a stable identity for its checkpoint."""

    kind = "source"

    def __init__(self, id: str, label: str, total: int | None, unit: str) -> None:
        self.id = id
        self.label = label
        self.total = total
        self.unit = unit

    @abstractmethod
    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        """Messages in batches from after `checkpoint`; each batch carries its new checkpoint."""

    def load_bodies(self, messages: list[RawMessage], report: ImportReport) -> None:  # noqa: B027 - a hook; most sources need nothing
        """Fetch the full bytes of messages read headers-only (a no-op for most sources)."""

    def close(self) -> None:  # noqa: B027 - a hook; only IMAP holds something open
        """Release what the source holds open (an IMAP connection)."""


Opener = Callable[[], Stream]


class MboxSource(MailSource):
    """An mbox file, or an mbox inside a zip or tar archive, read as one stream."""

    kind = "mbox"

    def __init__(self, id: str, label: str, opener: Opener, size: int | None) -> None:
        super().__init__(id, label, size, "bytes")
        self._open = opener

    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        head: str | None = None
        pieces: Iterator[MboxPiece] | None = None
        stream: Stream | None = None
        try:
            if checkpoint:
                resumed = self._resume(checkpoint)
                if resumed is not None:
                    stream, pieces, head = resumed
                    offset = json.loads(checkpoint)["offset"]
                    report.resumed_from = f"byte {offset:,}"
            if pieces is None:
                stream = self._open()
                pieces = split_mbox(stream)
            yield from self._batch(pieces, head, report)
        except NotAnMbox:
            report.skip(self.label, "not an mbox file: it does not start with a 'From ' line")
        except READ_ERRORS as error:
            report.skip(self.label, f"the file could not be read ({describe_error(error)})")
        finally:
            if stream is not None:
                stream.close()

    def _batch(
        self, pieces: Iterator[MboxPiece], head: str | None, report: ImportReport
    ) -> Iterator[Batch]:
        batch: list[RawMessage] = []
        size = 0
        last: MboxPiece | None = None
        try:
            for piece in pieces:
                if head is None:
                    head = _digest(piece.data[:HEAD_BYTES])
                batch.append(
                    RawMessage(
                        locator=f"{self.label}, message at byte {piece.offset:,}",
                        data=piece.data,
                        size=piece.end - piece.offset,
                        truncated=piece.truncated,
                    )
                )
                size += len(piece.data)
                last = piece
                if len(batch) >= BATCH_MESSAGES or size >= BATCH_BYTES:
                    yield Batch(batch, _mbox_checkpoint(head, last), last.end)
                    batch, size = [], 0
        except READ_ERRORS as error:
            where = f"{self.label} after byte {last.end:,}" if last else self.label
            report.skip(where, f"the file could not be read to its end ({describe_error(error)})")
        if batch and last is not None and head is not None:
            yield Batch(batch, _mbox_checkpoint(head, last), last.end)

    def _resume(
        self, checkpoint: str
    ) -> tuple[Stream, Iterator[MboxPiece], str] | None:
        """Continue after the checkpoint when the file still holds what was imported."""
        try:
            saved = json.loads(checkpoint)
            stream = self._open()
            try:
                first = next(split_mbox(stream), None)
            finally:
                stream.close()
            if first is None or _digest(first.data[:HEAD_BYTES]) != saved["head"]:
                return None
            stream = self._open()
            _skip_to(stream, int(saved["tail_start"]))
            pieces = split_mbox(stream, start=int(saved["tail_start"]))
            tail = next(pieces, None)
            if tail is None or tail.end != saved["offset"] or _tail(tail) != saved["tail"]:
                stream.close()
                return None
            return stream, pieces, str(saved["head"])
        except (*READ_ERRORS, NotAnMbox, ValueError, KeyError, TypeError):
            return None


def _mbox_checkpoint(head: str, last: MboxPiece) -> str:
    return json.dumps(
        {"offset": last.end, "tail_start": last.offset, "tail": _tail(last), "head": head}
    )


def _tail(piece: MboxPiece) -> str:
    return _digest(piece.data[-4096:] + str(len(piece.data)).encode())


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def _skip_to(stream: Stream, offset: int) -> None:
    if stream.seekable():
        stream.seek(offset)
        return
    remaining = offset
    while remaining > 0:
        chunk = stream.read(min(remaining, 8 << 20))
        if not chunk:
            raise EOFError("the file is shorter than the saved position")
        remaining -= len(chunk)


def describe_error(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text[:160]


class FileSetSource(MailSource):
    """Single-message files (a Maildir, a folder of .eml files, one .eml), in name order.

    Only the first 64 KB of each file is read at first; the rest only for job-search
    candidates. No checkpoint is needed: known messages are skipped by their Message-ID.
    """

    kind = "files"

    def __init__(self, id: str, label: str, paths: list[Path], root: Path) -> None:
        super().__init__(id, label, len(paths), "messages")
        self._paths = paths
        self._root = root

    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        batch: list[RawMessage] = []
        for number, path in enumerate(self._paths, start=1):
            where = self._where(path)
            try:
                with path.open("rb") as handle:
                    head = handle.read(HEAD_BYTES)
                    size = os.fstat(handle.fileno()).st_size
            except OSError as error:
                report.skip(where, f"the file could not be read ({describe_error(error)})")
                continue
            if not head.strip():
                report.skip(where, "the file is empty")
                continue
            batch.append(
                RawMessage(
                    locator=where,
                    data=head,
                    size=size,
                    headers_only=size > len(head),
                    handle=path,
                )
            )
            if len(batch) >= BATCH_MESSAGES:
                yield Batch(batch, None, number)
                batch = []
        if batch:
            yield Batch(batch, None, len(self._paths))

    def load_bodies(self, messages: list[RawMessage], report: ImportReport) -> None:  # noqa: B027 - a hook; most sources need nothing
        for raw in messages:
            if not raw.headers_only:
                continue
            try:
                with Path(raw.handle).open("rb") as handle:
                    raw.data = handle.read(MAX_MESSAGE)
                raw.truncated = raw.size > len(raw.data)
            except OSError as error:
                report.skip(raw.locator, f"the file could not be read ({describe_error(error)})")
            raw.headers_only = False

    def _where(self, path: Path) -> str:
        try:
            return str(path.relative_to(self._root))
        except ValueError:
            return str(path)
