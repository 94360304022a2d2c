"""Finding the mail at a path: mbox and .eml files, Maildirs, folders, Takeout zip and tgz.

Only regular files are read: a FIFO would wait forever, a device never ends. In a folder, a
link is followed only when it stays inside the folder (a Maildir link to /etc/passwd is not
mail), and every entry left out is named in the report with the reason.
"""

from __future__ import annotations

import io
import os
import stat
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
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return [], [Skip(str(path), "there is no file or folder here")]
    except OSError as error:
        return [], [Skip(str(path), f"it could not be read ({describe_error(error)})")]
    if stat.S_ISDIR(mode):
        return _folder_sources(path.resolve())
    if not stat.S_ISREG(mode):
        return [], [Skip(str(path), f"it is {_kind(mode)}, not a mailbox file")]
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


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _walk(root: Path) -> tuple[list[Path], list[Path], list[Skip]]:
    """Every folder and regular file under `root`, links followed only inside it, and the
    entries left out with the reason (never silently)."""
    folders: list[Path] = [root]
    found: list[Path] = []
    skips: list[Skip] = []

    def unreadable(error: OSError) -> None:
        skips.append(Skip(str(error.filename or root), f"the folder could not be read "
                                                       f"({describe_error(error)})"))

    for top, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(top)
        for name in list(dirs):
            entry = here / name
            if entry.is_symlink():
                dirs.remove(name)
                skips.append(Skip(str(entry), _link_reason(entry, root)))
            else:
                folders.append(entry)
        for name in files:
            entry = here / name
            try:
                mode = os.lstat(entry).st_mode
                if stat.S_ISLNK(mode):
                    target = entry.resolve()
                    if root != target and root not in target.parents:
                        skips.append(Skip(str(entry), _link_reason(entry, root)))
                        continue
                    mode = os.stat(entry).st_mode
            except (OSError, RuntimeError) as error:
                skips.append(Skip(str(entry), f"it could not be read ({describe_error(error)})"))
                continue
            if stat.S_ISREG(mode):
                found.append(entry)
            else:
                skips.append(Skip(str(entry), f"it is {_kind(mode)}, not a mail file"))
    return folders, found, skips


def _link_reason(entry: Path, root: Path) -> str:
    try:
        target = entry.resolve()
    except (OSError, RuntimeError):
        return "a link that leads nowhere readable; not followed"
    if entry.is_dir() and (root == target or root in target.parents):
        return "a link to a folder inside the mailbox (read where it is); not followed"
    return f"a link to {target}, outside the mailbox folder; not followed"


def _folder_sources(root: Path) -> tuple[list[MailSource], list[Skip]]:
    folders, files, skips = _walk(root)
    known = set(folders)
    maildirs = sorted({f.parent for f in folders if f.name == "cur" and f.parent / "new" in known})
    sources: list[MailSource] = []
    boxes: dict[Path, list[Path]] = {m / sub: [] for m in maildirs for sub in ("cur", "new")}
    for path in files:
        if path.parent in boxes:
            boxes[path.parent].append(path)
    for maildir in maildirs:
        messages = sorted(boxes[maildir / "cur"] + boxes[maildir / "new"], key=lambda p: p.name)
        label = str(maildir.relative_to(root)) if maildir != root else root.name
        sources.append(FileSetSource(f"maildir:{maildir}", f"Maildir {label}", messages, maildir))
    inside = tuple(maildirs)
    emls = sorted(p for p in files if p.suffix.lower() == ".eml" and not _under(p, inside))
    if emls:
        sources.append(FileSetSource(f"emls:{root}", f"{root.name} (.eml files)", emls, root))
    for mbox in sorted(p for p in files if p.suffix.lower() == ".mbox"):
        found, skipped = _file_source(mbox)
        sources.extend(found)
        skips.extend(skipped)
    if not sources:
        return [], [*skips, Skip(str(root), "no mail in this folder: no Maildir, .eml or .mbox "
                                            "file")]
    return sources, skips


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
