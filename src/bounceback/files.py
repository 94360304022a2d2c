"""Files the user names: written so that a crash or a full disk never leaves half of one behind;
read only when they are regular files (a FIFO would wait forever, /dev/zero never ends)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISLNK, "a symbolic link"),
          (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


class NotARegularFile(OSError):
    """The target exists and is not a regular file (a folder, link, pipe, device)."""


def _kind(mode: int) -> str | None:
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None


def readable_file(path: Path) -> Path:
    """`path` when it is a regular file (or a link to one) that can be opened; otherwise
    ImportFailed saying what it is: a folder, a FIFO that would wait for a writer forever, a
    device such as /dev/zero that never ends, a name too long, no permission."""
    from bounceback.domain.errors import ImportFailed

    if str(path) == "-":
        raise ImportFailed("'-' means standard input, which this command does not read; give a file")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read it ({exc.strerror})") from None
    except ValueError:  # a NUL character in the name
        raise ImportFailed(f"{path!r}: no file has a name like that") from None
    kind = _kind(mode)
    if kind is not None:
        raise ImportFailed(f"{path} is {kind}, not a regular file; give a file to read")
    return path


def read_file(path: Path, *, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` of them (ImportFailed beyond, or when the
    file cannot be read at all, with the reason)."""
    from bounceback.domain.errors import ImportFailed

    readable_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(-1 if limit is None else limit + 1)
    except OSError as exc:
        raise ImportFailed(f"cannot read {path}: {exc.strerror or exc}") from None
    if limit is not None and len(data) > limit:
        raise ImportFailed(f"{path} is larger than {limit // (1 << 20)} MB; nothing was read")
    return data


def check_target(path: Path) -> Path:
    """`path` when it is a regular file or does not exist yet. Writing renames a new file over
    the target, which would replace a symbolic link, a pipe or a device with a plain file (or,
    as root, /dev/full): those are refused with a message that says what the target is. A
    path of `-` (standard output to most tools) is refused too, rather than made a file."""
    if str(path) == "-":
        raise NotARegularFile(errno.EINVAL, "'-' means standard output, not a file here; give a file name")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return path
    except (OSError, ValueError):
        return path  # a name too long, a NUL in it: the write itself reports the reason
    kind = _kind(mode)
    if kind is not None:
        raise NotARegularFile(errno.EINVAL, f"it is {kind}, not a regular file; give a file name")
    return path


def write_atomic(path: Path, data: bytes | str, *, mode: int = 0o644) -> Path:
    """Write through a temporary file in the same folder, flushed to disk, then renamed over
    `path`. On any failure the temporary file is removed and `path` is untouched. A target that
    exists and is not a regular file is refused (NotARegularFile, an OSError)."""
    check_target(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
