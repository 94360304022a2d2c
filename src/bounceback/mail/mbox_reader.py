"""A fast streaming mbox splitter over a binary stream: big reads, split on envelope lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

CHUNK_SIZE = 8 << 20
MAX_MESSAGE = 32 << 20

_TIME = re.compile(rb"\d{1,2}:\d\d")
_YEAR = re.compile(rb"(?<!\d)\d{4}(?!\d)")
_LEADING_BLANK = re.compile(rb"[ \t\r\n]*")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class NotAnMbox(ValueError):
    """The stream does not start with an mbox envelope line ("From ... date")."""


@dataclass(slots=True)
class MboxPiece:
    """One message of an mbox: its bytes without the envelope line, and where it lies."""

    offset: int
    end: int
    data: bytes
    truncated: bool


def is_envelope(line: bytes) -> bool:
    """True for an mbox "From " separator line: a sender word, then a date with a time.

    Stricter than Python's mailbox module (which splits on any "From " line), so a body
    line such as "From what I heard..." that a writer forgot to quote does not cut a message.
    """
    if not line.startswith(b"From "):
        return False
    rest = line[5:]
    return b" " in rest.strip() and bool(_TIME.search(rest)) and bool(_YEAR.search(rest))


def split_mbox(
    stream: Readable,
    start: int = 0,
    chunk_size: int = CHUNK_SIZE,
    max_message: int = MAX_MESSAGE,
) -> Iterator[MboxPiece]:
    """Yield the messages of an mbox stream positioned at byte `start`, in order.

    Memory stays bounded: a message longer than `max_message` keeps only its first
    `max_message` bytes (marked truncated) while the rest is read past.
    Raises NotAnMbox when the stream does not begin with an envelope line.
    """
    buf = stream.read(chunk_size)
    base = start  # absolute offset of buf[0]
    lead = _LEADING_BLANK.match(buf)
    first = lead.end() if lead else 0
    if first >= len(buf):
        if buf.strip():
            raise NotAnMbox("no envelope line")
        return
    eol = _line_end(buf, first)
    while eol < 0:
        more = stream.read(chunk_size)
        if not more:
            eol = len(buf)
            break
        buf += more
        eol = _line_end(buf, first)
    if not is_envelope(buf[first:eol].rstrip(b"\r")):
        raise NotAnMbox("the first line is not an mbox envelope line")
    msg_offset = base + first
    content = min(eol + 1, len(buf))
    search = content
    parts: list[bytes] = []
    kept = 0
    truncated = False
    eof = False
    while True:
        while True:
            i = buf.find(b"\nFrom ", search)
            if i < 0:
                search = max(content, len(buf) - 5)
                break
            line_end = _line_end(buf, i + 1)
            if line_end < 0 and not eof:
                search = i
                break
            if line_end < 0:
                line_end = len(buf)
            if not is_envelope(buf[i + 1 : line_end].rstrip(b"\r")):
                search = i + 1
                continue
            data = buf[content : i + 1]
            if parts:
                data, truncated = _join(parts, kept, data, max_message, truncated)
            yield MboxPiece(msg_offset, base + i + 1, data, truncated)
            parts, kept, truncated = [], 0, False
            msg_offset = base + i + 1
            content = search = min(line_end + 1, len(buf))
        if eof:
            break
        chunk = stream.read(chunk_size)
        if not chunk:
            eof = True
            continue
        keep = min(search, len(buf))
        if keep - content > chunk_size:
            # A long message: park what cannot hold a boundary, up to the cap.
            if not truncated:
                room = max_message - kept
                piece = buf[content:keep]
                if len(piece) > room:
                    piece, truncated = piece[:room], True
                parts.append(piece)
                kept += len(piece)
            content = keep
        buf = buf[content:] + chunk
        base += content
        search -= content
        content = 0
    data = buf[content:]
    if parts:
        data, truncated = _join(parts, kept, data, max_message, truncated)
    if data or msg_offset < base + len(buf):
        yield MboxPiece(msg_offset, base + len(buf), data, truncated)


def _line_end(buf: bytes, at: int) -> int:
    return buf.find(b"\n", at)


def _join(
    parts: list[bytes], kept: int, tail: bytes, cap: int, truncated: bool
) -> tuple[bytes, bool]:
    if truncated:
        return b"".join(parts), True
    if kept + len(tail) > cap:
        return b"".join(parts) + tail[: cap - kept], True
    return b"".join([*parts, tail]), False


_MBOXRD_QUOTE = re.compile(rb"(?m)^>(>*From )")


def unquote_from(data: bytes) -> bytes:
    """Undo mboxrd quoting (">From " back to "From ") in a message body."""
    if b">From " not in data:
        return data
    return _MBOXRD_QUOTE.sub(rb"\1", data)
