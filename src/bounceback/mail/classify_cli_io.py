"""The `bounceback emails classify` contract: read messages (JSON lines, .eml, mbox), write
one JSON line per message in input order, report bad input on stderr and keep going."""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import IO, Any

from bounceback.domain.errors import BouncebackError
from bounceback.files import readable_file
from bounceback.mail.classify import Classifier

CHUNK_LINES = 500
_FIELDS = ("from", "subject", "body")


@dataclass(slots=True)
class Message:
    """One message to classify; `id` is echoed back as given (any JSON value)."""

    id: Any
    sender: str
    subject: str
    body: str


Warn = Callable[[str], None]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def parse_json_line(line: bytes | str, where: str, warn: Warn) -> Message | None:
    """A message from one JSON line; None (with a warning) when the line is not a JSON object."""
    try:
        row = json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        warn(f"{where}: not valid JSON ({_short(error)}); skipped")
        return None
    except RecursionError:  # [[[[... 100,000 deep: not a message
        warn(f"{where}: JSON nested too deeply to be a message; skipped")
        return None
    if not isinstance(row, dict):
        warn(f"{where}: expected a JSON object with id, from, subject, body; skipped")
        return None
    get = row.get
    return Message(get("id"), _text(get("from")), _text(get("subject")), _text(get("body")))


def _short(error: Exception) -> str:
    return str(error).split("\n", 1)[0][:120]


@dataclass(slots=True)
class Chunk:
    """A batch of input: raw JSON lines (parsed where they are classified, maybe in a worker
    process) or messages already read from .eml or mbox files."""

    name: str
    lines: list[tuple[int, bytes]] | None = None
    messages: list[Message] | None = None

    def __len__(self) -> int:
        return len(self.lines if self.lines is not None else self.messages or ())


def json_lines(stream: IO[bytes], name: str) -> Iterator[Chunk]:
    """Chunks of numbered non-blank lines from a JSON-lines byte stream."""
    lines: list[tuple[int, bytes]] = []
    for number, line in enumerate(stream, 1):
        if line.strip():
            lines.append((number, line))
            if len(lines) >= CHUNK_LINES:
                yield Chunk(name, lines=lines)
                lines = []
    if lines:
        yield Chunk(name, lines=lines)


def messages_of(chunk: Chunk, warn: Warn) -> list[Message]:
    if chunk.lines is None:
        return chunk.messages or []
    found = (parse_json_line(line, f"{chunk.name}:{n}", warn) for n, line in chunk.lines)
    return [m for m in found if m is not None]


def _is_mbox(head: bytes) -> bool:
    return head.lstrip(b"\r\n\t ").startswith(b"From ")


def _is_eml(path: Path, head: bytes) -> bool:
    if path.suffix.lower() == ".eml":
        return True
    first = head.lstrip().split(b"\n", 1)[0]
    return b":" in first and not first.startswith((b"{", b"[")) and first[:1].isalpha()


def message_from_bytes(data: bytes, fallback_id: str) -> Message:
    """A message from raw RFC 822 bytes (the mail package's parser when present)."""
    try:
        from bounceback.mail.headers import read_headers
        from bounceback.mail.mime import parse_body
        from bounceback.mail.text import mail_html_to_text
    except ImportError:  # the import half of the mail package is not installed
        return _stdlib_message(data, fallback_id)
    headers = read_headers(data)
    body = parse_body(data, mail_html_to_text)
    return Message(headers.message_id or fallback_id, headers.sender, headers.subject, body.text)


def _stdlib_message(data: bytes, fallback_id: str) -> Message:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(data)
    part = msg.get_body(preferencelist=("plain", "html"))
    text = ""
    if part is not None:
        try:
            text = part.get_content()
        except (LookupError, ValueError):
            raw = part.get_payload(decode=True)
            text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    mid = str(msg.get("message-id", "")).strip().strip("<>")
    return Message(mid or fallback_id, str(msg.get("from", "")), str(msg.get("subject", "")),
                   text)


def mbox_messages(path: Path, warn: Warn) -> Iterator[Chunk]:
    """Chunks of messages from an mbox file (split by the mail package's streaming reader)."""
    try:
        from bounceback.mail.mbox_reader import split_mbox
    except ImportError:
        yield from _stdlib_mbox(path)
        return
    chunk: list[Message] = []
    with path.open("rb") as stream:
        for index, piece in enumerate(split_mbox(stream), 1):
            try:
                chunk.append(message_from_bytes(piece.data, f"{path.name}:{index}"))
            except Exception as error:  # a broken message must not stop the others
                warn(f"{path}: message {index} could not be read ({_short(error)}); skipped")
            if len(chunk) >= CHUNK_LINES:
                yield Chunk(str(path), messages=chunk)
                chunk = []
    if chunk:
        yield Chunk(str(path), messages=chunk)


def _stdlib_mbox(path: Path) -> Iterator[Chunk]:
    import mailbox

    box = mailbox.mbox(str(path), create=False)
    yield Chunk(str(path), messages=[message_from_bytes(box.get_bytes(key), f"{path.name}:{n}")
                                     for n, key in enumerate(box.keys(), 1)])


def read_source(name: str, warn: Warn, stdin: IO[bytes] | None = None) -> Iterator[Chunk]:
    """Chunks of messages from a path ("-" is standard input): JSON lines, .eml or mbox."""
    if name == "-":
        if stdin is None:
            raise ValueError("no standard input")
        yield from json_lines(stdin, "<stdin>")
        return
    path = Path(name).expanduser()
    try:
        readable_file(path)  # not a FIFO (it would wait forever) nor a device
        with path.open("rb") as fh:
            head = fh.read(4096)
    except BouncebackError as error:  # the message names the path and what it is
        warn(f"{error}; skipped")
        return
    except OSError as error:
        warn(f"{name}: cannot read it ({error.strerror or error}); skipped")
        return
    if _is_mbox(head):
        yield from mbox_messages(path, warn)
    elif _is_eml(path, head):
        yield Chunk(name, messages=[message_from_bytes(path.read_bytes(), path.name)])
    else:
        with path.open("rb") as fh:
            yield from json_lines(fh, name)


_DUMPS = json.JSONEncoder().encode  # ASCII: no raw U+2028 or U+0085 to split lines


def _string(value: str | None) -> str:
    return "null" if value is None else encode_basestring_ascii(value)


def output_line(id_: Any, kind: str, confidence: float, company: str | None,
                role: str | None, lang: str, platform: str | None) -> str:
    """One output line, exactly as `json.JSONEncoder().encode` writes the dict {"id", "kind",
    "confidence" (rounded to 4 places), "company", "role", "lang", "platform"}, written
    directly (a fifth of the encoder's time; tests/mail/test_classify_output_same.py)."""
    confidence = round(confidence, 4)
    if not (type(confidence) is float and math.isfinite(confidence) and type(kind) is str
            and type(lang) is str and (company is None or type(company) is str)
            and (role is None or type(role) is str)
            and (platform is None or type(platform) is str)):
        return _DUMPS({"id": id_, "kind": kind, "confidence": confidence, "company": company,
                       "role": role, "lang": lang, "platform": platform})
    return (f'{{"id": {_DUMPS(id_)}, "kind": {encode_basestring_ascii(kind)}, '
            f'"confidence": {confidence!r}, "company": {_string(company)}, '
            f'"role": {_string(role)}, "lang": {encode_basestring_ascii(lang)}, '
            f'"platform": {_string(platform)}}}')


LABEL_BATCH = 100  # messages labelled a step at a time (Classifier.label_many)


def classify_chunk(classifier: Classifier, chunk: Chunk) -> tuple[str, int, list[str]]:
    """(output lines joined, each ending with a newline; messages written; warnings)."""
    warnings: list[str] = []
    out = []
    messages = messages_of(chunk, warnings.append)
    for at in range(0, len(messages), LABEL_BATCH):
        batch = messages[at: at + LABEL_BATCH]
        labels = classifier.label_many([(m.sender, m.subject, m.body) for m in batch])
        out += [output_line(m.id, *found) for m, found in zip(batch, labels, strict=True)]
    out.append("")
    return "\n".join(out), len(out) - 1, warnings


WORKER_LINES = 200  # a worker's share at a time: the last share leaves the other CPU idle


def pieces(chunks: Iterable[Chunk], size: int = WORKER_LINES) -> Iterator[Chunk]:
    """The chunks cut into pieces of at most `size` lines or messages, in order."""
    for chunk in chunks:
        if len(chunk) <= size:
            yield chunk
        elif chunk.lines is not None:
            for at in range(0, len(chunk.lines), size):
                yield Chunk(chunk.name, lines=chunk.lines[at: at + size])
        else:
            found = chunk.messages or []
            for at in range(0, len(found), size):
                yield Chunk(chunk.name, messages=found[at: at + size])


AUTO_PARALLEL_CHUNKS = 4  # below this much input (2,000 lines), forking costs more than it saves


def auto_workers() -> int:
    """Processes worth using for a large input: the CPUs this process may run on (taskset
    included), at most 4. (The load average was tried as a guide and lags too much: it counts
    the previous run of this very command.)"""
    import os

    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


def run(
    sources: Iterable[str], out: IO[str], warn: Warn, stdin: IO[bytes] | None = None,
    classifier: Classifier | None = None, workers: int | None = 1,
) -> int:
    """Classify every message of every source, writing to `out`; returns the number written.

    Input is read in chunks; with `workers` > 1 and more than one chunk, worker processes
    classify them while the results are written in input order. `workers=None` decides:
    one process unless the input runs to several chunks and more than one CPU is idle."""
    from bounceback.mail.classify import default_classifier

    clf = classifier or default_classifier()
    chunks = (chunk for name in sources for chunk in read_source(name, warn, stdin))
    wanted = AUTO_PARALLEL_CHUNKS if workers is None else 2
    head = list(itertools.islice(chunks, wanted))
    if not head:
        return 0
    if workers is None:
        workers = auto_workers() if len(head) >= wanted else 1
    pending = itertools.chain(head, chunks)
    results: Iterable[tuple[str, int, list[str]]]
    if workers > 1 and len(head) > 1:
        from bounceback.mail.parallel import map_ordered

        clf.warm()  # once here, not once per worker
        results = map_ordered(clf, pieces(pending), workers)
    else:
        results = (classify_chunk(clf, chunk) for chunk in pending)
    written = 0
    for text, count, warnings in results:
        out.write(text)
        written += count
        for warning in warnings:
            warn(warning)
    out.flush()
    return written
