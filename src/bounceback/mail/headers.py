"""The fast header pass: read the few headers an import needs without parsing the message."""

from __future__ import annotations

import hashlib
import re
from contextlib import suppress
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime

from bounceback.mail.records import Headers

MAX_HEADER_BLOCK = 256 << 10

_WANTED = (b"from", b"subject", b"message-id", b"date", b"in-reply-to", b"references")
_FOLD = re.compile(r"\r?\n[ \t]+")
_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>")
_BARE_ADDRESS = re.compile(r"([^<>\s@\"',;:()]+@[^<>\s@\"',;:()]+)")
_MSGID = re.compile(r"<([^<>\s]{1,500})>")


def header_block(data: bytes) -> bytes:
    """The bytes before the first empty line (all of it when there is none)."""
    end = data.find(b"\n\n", 0, MAX_HEADER_BLOCK)
    crlf = data.find(b"\n\r\n", 0, end if end >= 0 else MAX_HEADER_BLOCK)
    if crlf >= 0:
        return data[: crlf + 1]
    if end < 0:
        return data[:MAX_HEADER_BLOCK]
    return data[: end + 1]


def read_headers(data: bytes) -> Headers:
    """Read sender, subject, date, ids and thread references from a message's header block."""
    block = header_block(data)
    found = _find_headers(block)
    sender = _text(found.get(b"from", b""))
    subject = _text(found.get(b"subject", b""))
    message_id = _first_id(_raw(found.get(b"message-id", b"")))
    in_reply_to = _first_id(_raw(found.get(b"in-reply-to", b"")))
    references = tuple(_MSGID.findall(_raw(found.get(b"references", b""))))[-20:]
    address = _address(sender)
    key = message_key(message_id, block)
    return Headers(
        key=key,
        message_id=message_id,
        sender=sender,
        sender_address=address,
        subject=subject,
        date=_date(_raw(found.get(b"date", b""))),
        in_reply_to=in_reply_to,
        references=references,
    )


def _find_headers(block: bytes) -> dict[bytes, bytes]:
    """The first value of each wanted header, folded lines included (found with bytes.find)."""
    lower = b"\n" + block.lower()
    found: dict[bytes, bytes] = {}
    for name in _WANTED:
        at = lower.find(b"\n" + name + b":")
        if at < 0:
            continue
        start = at + len(name) + 1  # index in block (lower has one extra leading byte)
        end = block.find(b"\n", start)
        while end >= 0 and block[end + 1 : end + 2] in (b" ", b"\t"):
            end = block.find(b"\n", end + 1)
        found[name] = block[start : end if end >= 0 else len(block)].strip()
    return found


def message_key(message_id: str | None, block: bytes) -> str:
    """The identity used to skip a known message: its Message-ID, else a hash of its headers."""
    if message_id:
        return "id:" + message_id.lower()[:300]
    return "h:" + hashlib.blake2b(block, digest_size=16).hexdigest()


def _raw(value: bytes) -> str:
    text = _FOLD.sub(" ", value.decode("latin-1")).strip()
    if not text.isprintable():  # control characters (NUL...) have no place in an id or a date
        text = "".join(ch for ch in text if ch.isprintable())
    return text


def _text(value: bytes) -> str:
    """Decode a header: RFC 2047 words, else UTF-8 (many mailers send it raw), else Latin-1."""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        text = value.decode("latin-1")
    text = _FOLD.sub(" ", text).strip()
    if "=?" in text:
        with suppress(ValueError, LookupError, UnicodeError, AssertionError):
            text = str(make_header(decode_header(text)))
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    return text[:1000]


def _first_id(value: str) -> str | None:
    match = _MSGID.search(value)
    if match:
        return match.group(1)
    value = value.strip()
    return value[:500] if value and " " not in value else None


def _address(sender: str) -> str:
    match = _ANGLE_ADDRESS.search(sender) or _BARE_ADDRESS.search(sender)
    return match.group(1).lower() if match else ""


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
