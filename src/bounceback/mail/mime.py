"""Full MIME parsing of a candidate message into readable text, whatever state the MIME is in."""

from __future__ import annotations

from collections.abc import Callable
from email import policy
from email.message import Message
from email.parser import BytesParser

from bounceback.mail.mbox_reader import unquote_from
from bounceback.mail.records import Body

MAX_PARSE_BYTES = 4 << 20
MAX_TEXT_CHARS = 200_000
# compat32 is the lenient legacy policy: it never raises on odd headers and is about 15 times
# faster than policy.default on real mail (whose header objects parse every header in full);
# the import reads only the parts' types, charsets and payloads, which it handles the same way.
_PARSER = BytesParser(policy=policy.compat32)

HtmlToText = Callable[[str], str]


def parse_body(data: bytes, html_to_text: HtmlToText | None = None) -> Body:
    """The message's text: its text/plain part, else its HTML part turned into text.

    Never raises on bad input: malformed MIME, unknown or wrong charsets, broken base64 or
    quoted-printable all give the best text that can be read, and a note in `problems`.
    Attachments are named, never decoded; a message over 4 MB is read from its first 4 MB.
    """
    problems: list[str] = []
    if len(data) > MAX_PARSE_BYTES:
        data = data[:MAX_PARSE_BYTES]
        problems.append("message over 4 MB: read its first 4 MB")
    data = unquote_from(data)
    try:
        message = _PARSER.parsebytes(data)
    except Exception as error:  # the parser is meant to be lenient; this is a last resort
        problems.append(f"unreadable MIME ({type(error).__name__})")
        return Body(_fallback_text(data), problems=tuple(problems))
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    for part in _walk(message, problems):
        _read_part(part, plain, html, attachments, problems)
    for defect in getattr(message, "defects", []):
        problems.append(type(defect).__name__)
    text = "\n\n".join(t for t in plain if t.strip())
    is_html = False
    if not text.strip() and html:
        is_html = True
        convert = html_to_text or _default_html_to_text
        try:
            text = convert("\n".join(html))
        except Exception:  # untrusted HTML must never stop an import
            problems.append("HTML could not be turned into text")
            text = ""
    return Body(
        text[:MAX_TEXT_CHARS],
        html=is_html,
        attachments=tuple(attachments[:50]),
        problems=tuple(dict.fromkeys(problems))[:20],
    )


def _walk(message: Message, problems: list[str]) -> list[Message]:
    try:
        return [part for part in message.walk() if not part.is_multipart()][:200]
    except Exception as error:
        problems.append(f"MIME structure broken ({type(error).__name__})")
        return [message] if not message.is_multipart() else []


def _read_part(
    part: Message,
    plain: list[str],
    html: list[str],
    attachments: list[str],
    problems: list[str],
) -> None:
    try:
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename() if disposition or not ctype.startswith("text/") else None
    except Exception:
        problems.append("unreadable part headers")
        return
    if disposition == "attachment" or filename or not ctype.startswith("text/"):
        if filename or disposition == "attachment":
            attachments.append(str(filename or ctype)[:200])
        return
    if ctype not in ("text/plain", "text/html"):
        return
    text = _decode(part, problems)
    (plain if ctype == "text/plain" else html).append(text)
    for defect in getattr(part, "defects", []):
        problems.append(type(defect).__name__)


def _decode(part: Message, problems: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        problems.append("undecodable transfer encoding")
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    try:
        charset = part.get_content_charset() or ""
    except Exception:
        charset = ""
    return decode_bytes(payload, charset, problems)


def decode_bytes(payload: bytes, charset: str, problems: list[str] | None = None) -> str:
    """Text from bytes in a declared charset, falling back to UTF-8 then Windows-1252."""
    tried: list[str] = []
    for candidate in (charset.strip().strip('"').lower(), "utf-8", "cp1252"):
        if not candidate or candidate in tried:
            continue
        tried.append(candidate)
        try:
            text = payload.decode(candidate)
        except LookupError:
            if problems is not None:
                problems.append(f"unknown charset {candidate[:40]!r}")
            continue
        except UnicodeDecodeError:
            if problems is not None and candidate == charset.strip().lower():
                problems.append(f"text is not valid {candidate[:40]}")
            continue
        return text
    return payload.decode("utf-8", errors="replace")


def _fallback_text(data: bytes) -> str:
    """When the parser gives up (MIME nested thousands deep): the text/plain parts read
    straight from the lines, else the whole body after the headers."""
    plain = _plain_parts(data)
    if plain:
        return decode_bytes(plain[:MAX_TEXT_CHARS], "utf-8")
    body = data.replace(b"\r\n", b"\n").partition(b"\n\n")[2]
    return decode_bytes(body[:MAX_TEXT_CHARS], "utf-8")


def _plain_parts(data: bytes) -> bytes:
    """The bodies of `Content-Type: text/plain` parts, found line by line (linear time)."""
    found: list[bytes] = []
    state = "seek"  # seek a text/plain header, skip the rest of its headers, then read its body
    for line in data.replace(b"\r\n", b"\n").split(b"\n"):
        if state == "seek":
            if line.lower().startswith(b"content-type:") and b"text/plain" in line.lower():
                state = "headers"
        elif state == "headers":
            if not line.strip():
                state = "body"
        elif line.startswith(b"--"):
            state = "seek"
        else:
            found.append(line)
    return b"\n".join(found).strip()


def _default_html_to_text(html: str) -> str:
    from bounceback.mail.text import mail_html_to_text

    return mail_html_to_text(html)

