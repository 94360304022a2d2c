"""Where mail comes from: mbox files, Takeout archives, Maildir, .eml files; batches to import."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bounceback.mail.mbox_reader import MAX_MESSAGE, MboxPiece, NotAnMbox, split_mbox
from bounceback.mail.records import ImportReport, RawMessage, Skip

BATCH_MESSAGES = 2000
BATCH_BYTES = 32 << 20
HEAD_BYTES = 64 << 10
READ_ERRORS = (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError)


@dataclass(slots=True)
class Batch:
    """Messages read together; `checkpoint` resumes right after them, `done` is progress."""

    messages: list[RawMessage]
    checkpoint: str | None
    done: int


class MailSource:
    """A stream of messages with a stable identity for its checkpoint."""

    kind = "source"

    def __init__(self, id: str, label: str, total: int | None, unit: str) -> None:
        self.id = id
        self.label = label
        self.total = total
        self.unit = unit

    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        raise NotImplementedError

    def load_bodies(self, messages: list[RawMessage], report: ImportReport) -> None:
        """Fetch the full bytes of messages read headers-only (a no-op for most sources)."""

    def close(self) -> None:
        """Release what the source holds open (an IMAP connection)."""


Opener = Callable[[], BinaryIO]


class MboxSource(MailSource):
    """An mbox file, or an mbox inside a zip or tar archive, read as one stream."""

    kind = "mbox"

    def __init__(self, id: str, label: str, opener: Opener, size: int | None) -> None:
        super().__init__(id, label, size, "bytes")
        self._open = opener

    def batches(self, checkpoint: str | None, report: ImportReport) -> Iterator[Batch]:
        head: str | None = None
        pieces: Iterator[MboxPiece] | None = None
        stream: BinaryIO | None = None
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
            report.skip(self.label, f"the file could not be read ({_why(error)})")
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
            report.skip(where, f"the file could not be read to its end ({_why(error)})")
        if batch and last is not None and head is not None:
            yield Batch(batch, _mbox_checkpoint(head, last), last.end)

    def _resume(
        self, checkpoint: str
    ) -> tuple[BinaryIO, Iterator[MboxPiece], str] | None:
        """Continue after the checkpoint when the file still holds what was imported."""
        try:
            saved = json.loads(checkpoint)
            with self._open() as stream:
                first = next(split_mbox(stream), None)
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


def _skip_to(stream: BinaryIO, offset: int) -> None:
    if stream.seekable():
        stream.seek(offset)
        return
    remaining = offset
    while remaining > 0:
        chunk = stream.read(min(remaining, 8 << 20))
        if not chunk:
            raise EOFError("the file is shorter than the saved position")
        remaining -= len(chunk)


def _why(error: BaseException) -> str:
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
                report.skip(where, f"the file could not be read ({_why(error)})")
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

    def load_bodies(self, messages: list[RawMessage], report: ImportReport) -> None:
        for raw in messages:
            if not raw.headers_only:
                continue
            try:
                with Path(raw.handle).open("rb") as handle:
                    raw.data = handle.read(MAX_MESSAGE)
                raw.truncated = raw.size > len(raw.data)
            except OSError as error:
                report.skip(raw.locator, f"the file could not be read ({_why(error)})")
            raw.headers_only = False

    def _where(self, path: Path) -> str:
        try:
            return str(path.relative_to(self._root))
        except ValueError:
            return str(path)


def open_sources(path: Path) -> tuple[list[MailSource], list[Skip]]:
    """The mail sources found at a path, and what there was left out and why."""
    path = path.expanduser()
    if not path.exists():
        return [], [Skip(str(path), "there is no file or folder here")]
    if path.is_dir():
        return _folder_sources(path.resolve())
    resolved = path.resolve()
    name = resolved.name.lower()
    if name.endswith(".zip"):
        return _zip_sources(resolved)
    if name.endswith((".tgz", ".tar.gz", ".tar")):
        return _tar_sources(resolved)
    return _file_source(resolved)


def _file_source(path: Path) -> tuple[list[MailSource], list[Skip]]:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        return [], [Skip(str(path), f"the file could not be read ({_why(error)})")]
    if head.lstrip().startswith(b"From "):
        size = path.stat().st_size
        return [MboxSource(f"mbox:{path}", path.name, lambda: path.open("rb"), size)], []
    if path.suffix.lower() == ".eml" or _looks_like_message(head):
        return [FileSetSource(f"eml:{path}", path.name, [path], path.parent)], []
    return [], [Skip(str(path), "not a mailbox: neither an mbox file nor an email (.eml)")]


def _looks_like_message(head: bytes) -> bool:
    first = head.lstrip().split(b"\n", 1)[0]
    name, colon, _ = first.partition(b":")
    return bool(colon) and 0 < len(name) < 80 and name.replace(b"-", b"").isalnum()


def _folder_sources(root: Path) -> tuple[list[MailSource], list[Skip]]:
    maildirs = sorted(
        {p.parent for p in root.rglob("cur") if p.is_dir() and (p.parent / "new").is_dir()}
    )
    sources: list[MailSource] = []
    for maildir in maildirs:
        files = sorted(
            (p for sub in ("cur", "new") for p in (maildir / sub).iterdir() if p.is_file()),
            key=lambda p: p.name,
        )
        label = str(maildir.relative_to(root)) if maildir != root else root.name
        sources.append(FileSetSource(f"maildir:{maildir}", f"Maildir {label}", files, maildir))
    inside = tuple(maildirs)
    emls = sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() == ".eml" and not _under(p, inside)
    )
    if emls:
        sources.append(FileSetSource(f"emls:{root}", f"{root.name} (.eml files)", emls, root))
    for mbox in sorted(p for p in root.rglob("*.mbox") if p.is_file()):
        found, _ = _file_source(mbox)
        sources.extend(found)
    if not sources:
        return [], [Skip(str(root), "no mail in this folder: no Maildir, .eml or .mbox file")]
    return sources, []


def _under(path: Path, folders: tuple[Path, ...]) -> bool:
    return any(folder in path.parents for folder in folders)


def _zip_sources(path: Path) -> tuple[list[MailSource], list[Skip]]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [i for i in archive.infolist() if i.filename.lower().endswith(".mbox")]
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        return [], [Skip(str(path), f"not a readable zip archive ({_why(error)})")]
    if not members:
        return [], [Skip(str(path), "no mailbox (.mbox file) inside this archive")]
    sources: list[MailSource] = []
    for info in members:
        sources.append(
            MboxSource(
                f"zip:{path}!{info.filename}",
                f"{path.name}: {Path(info.filename).name}",
                _zip_opener(path, info.filename),
                info.file_size,
            )
        )
    return sources, []


def _zip_opener(path: Path, member: str) -> Opener:
    def opener() -> BinaryIO:
        archive = zipfile.ZipFile(path)
        stream = archive.open(member)
        return _Owned(stream, archive)

    return opener


def _tar_sources(path: Path) -> tuple[list[MailSource], list[Skip]]:
    members: list[tarfile.TarInfo] = []
    try:
        with tarfile.open(path, "r:*") as archive:
            for member in archive:  # a cut-short archive still gives the members before the cut
                if member.isfile() and member.name.lower().endswith(".mbox"):
                    members.append(member)
    except READ_ERRORS as error:
        if not members:
            return [], [Skip(str(path), f"not a readable tar archive ({_why(error)})")]
    if not members:
        return [], [Skip(str(path), "no mailbox (.mbox file) inside this archive")]
    return [
        MboxSource(
            f"tar:{path}!{m.name}",
            f"{path.name}: {Path(m.name).name}",
            _tar_opener(path, m.name),
            m.size,
        )
        for m in members
    ], []


def _tar_opener(path: Path, member: str) -> Opener:
    def opener() -> BinaryIO:
        archive = tarfile.open(path, "r:*")
        found = next((m for m in archive if m.name == member), None)
        stream = archive.extractfile(found) if found is not None else None
        if stream is None:
            archive.close()
            raise OSError(f"{member} is not a file")
        return _Owned(stream, archive)

    return opener


class _Owned:
    """A member stream that closes its archive with it (and is never seekable)."""

    def __init__(self, stream: BinaryIO, owner: zipfile.ZipFile | tarfile.TarFile) -> None:
        self._stream = stream
        self._owner = owner
        self._error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        """Read in 256 KB steps so a cut-short archive still gives what comes before the cut."""
        if self._error is not None:
            raise self._error
        if size < 0:
            return self._stream.read()
        pieces: list[bytes] = []
        got = 0
        while got < size:
            try:
                piece = self._stream.read(min(size - got, 256 << 10))
            except READ_ERRORS as error:
                if not pieces:
                    raise
                self._error = error
                break
            if not piece:
                break
            pieces.append(piece)
            got += len(piece)
        return b"".join(pieces)

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self._stream.close()
        self._owner.close()

    def __enter__(self) -> _Owned:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
