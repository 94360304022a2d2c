"""Writing files so that a crash or a full disk never leaves half of one behind."""

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


def check_target(path: Path) -> Path:
    """`path` when it is a regular file or does not exist yet. Writing renames a new file over
    the target, which would replace a symbolic link, a pipe or a device with a plain file (or,
    as root, /dev/full): those are refused with a message that says what the target is."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError:
        return path  # unreadable: the write itself reports the real reason
    for test, kind in _KINDS:
        if test(mode):
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
