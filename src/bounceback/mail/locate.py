"""Finding the mail at a path: mbox and .eml files, Maildirs, folders, Takeout zip and tgz."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path
from typing import IO

from bounceback.mail.records import Skip
from bounceback.mail.sources import (
    READ_ERRORS,
    FileSetSource,
    MailSource,
    MboxSource,
    Opener,
    Stream,
    describe_error,
)


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
        return [], [Skip(str(path), f"the file could not be read ({describe_error(error)})")]
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
        return [], [Skip(str(path), f"not a readable zip archive ({describe_error(error)})")]
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
    def opener() -> Stream:
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
            return [], [Skip(str(path), f"not a readable tar archive ({describe_error(error)})")]
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
    def opener() -> Stream:
        archive = tarfile.open(path, "r:*")  # noqa: SIM115 - closed with the stream
        found = next((m for m in archive if m.name == member), None)
        stream = archive.extractfile(found) if found is not None else None
        if stream is None:
            archive.close()
            raise OSError(f"{member} is not a file")
        return _Owned(stream, archive)

    return opener


class _Owned:
    """A member stream that closes its archive with it (and is never seekable)."""

    def __init__(self, stream: IO[bytes], owner: zipfile.ZipFile | tarfile.TarFile) -> None:
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

    def seek(self, offset: int, whence: int = 0, /) -> int:
        raise io.UnsupportedOperation("an archive member is read straight through")

    def close(self) -> None:
        self._stream.close()
        self._owner.close()
