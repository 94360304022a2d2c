"""Where a SQLite database may be opened: its folder is there, or is bounceback's own; and a
read command opens only a file that is there (a command that saves makes it)."""

from __future__ import annotations

from pathlib import Path

from bounceback.domain.errors import DatabaseUnavailable, NoDatabase


def _ours(folder: Path) -> bool:
    """bounceback's own data folder, or a folder in it."""
    from bounceback.config import data_home

    home = data_home()
    return folder == home or home in folder.parents


def sqlite_folder(path: Path, *, store: bool = False) -> None:
    """The folder of a SQLite file, there before anything opens it. bounceback's own data
    folder is made on first use, and so is a person's store's folder (`store`: the
    `NAME-stores/` beside a main database, storage/stores.py); any other must exist: a path
    typed wrong (`--db sqlite:////nonexistent/x.db`) is refused, with no folder or empty
    database left behind."""
    folder = path.parent
    if folder.is_dir():
        return
    ours = _ours(folder) or (store and folder.parent.is_dir())
    if not ours:
        what = "is not a folder" if folder.exists() else "does not exist"
        raise DatabaseUnavailable(f"cannot open the database at {path}: the folder {folder} "
                                  f"{what}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"cannot create the data folder {folder}: {exc.strerror}"
        ) from None


def refuse_missing(url: str) -> None:
    """A read command given a SQLite file that is not there says so, and makes nothing (it
    made an empty, migrated database there: `bounceback list` on a typo'd path said "no
    applications" and left a file). Other URLs (PostgreSQL, memory, options) are not looked at."""
    from bounceback.storage.readmodel.reader import sqlite_path

    path = sqlite_path(url)
    if path is not None and not path.exists():
        folder = path.parent
        if not folder.is_dir() and (folder.exists() or not _ours(folder)):
            sqlite_folder(path)  # the folder's own refusal: it says what is wrong with it
        raise NoDatabase(
            f"there is no bounceback database at {path}: nothing was saved there yet, and "
            "reading makes none. A command that saves starts it (`bounceback add COMPANY "
            "ROLE`, `bounceback import FILE`); `bounceback demo --db URL` builds the demo "
            "search to explore (`make run` in a checkout opens it in the browser)")
