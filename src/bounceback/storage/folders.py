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


#: A database that is nowhere: what a read command reads on a fresh install (`first_run`).
EMPTY_URL = "sqlite://"
#: What a read command says on a fresh install, instead of its table (its --json is an empty
#: search's: the same JSON a new, empty database gives).
NOTHING_YET = ("Nothing here yet: no search is saved on this computer. Start with `bounceback "
               "add COMPANY ROLE` or `bounceback import FILE`; `make run` in a checkout opens "
               "the demo search in the browser.")


def first_run(url: str | None) -> bool:
    """Whether a read command meets a fresh install: no database named (`url` None: no --db,
    no BOUNCEBACK_DATABASE_URL) and the data folder's own file not made yet. Such a read
    answers as an empty search, from a database in memory, and makes no file or folder; a
    file named by the user that is not there is refused instead (`refuse_missing`: most
    likely a typo)."""
    if url is not None:
        return False
    from bounceback.config import default_database_url
    from bounceback.storage.readmodel.reader import sqlite_path

    path = sqlite_path(default_database_url())
    return path is not None and not path.exists()
