"""Connecting to a database: the engine for a URL, SQLite's pragmas, PostgreSQL's listeners (text
without NUL, a store pinned on each connection, a ping only after idling) and the user's errors a
driver raises (a number too large). storage/engine.py's Database opens its engine here."""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import DatabaseUnavailable, InvalidValue

if TYPE_CHECKING:  # SQLAlchemy is imported on first use: the lean read path never needs it
    from sqlalchemy.engine import Engine


def scrub_marker(database: str | None) -> Path | None:
    """The file that says a delete for good is not finished: the WAL still holds old pages
    (a reader kept an older snapshot open; storage/maintenance.py)."""
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser().with_name(Path(database).name + "-scrub")


def _sqlite_pragmas(marker: Path | None, dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted journal entries are overwritten, not left readable in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    if marker is not None and marker.exists():
        # A delete for good could not empty the WAL while someone was reading: finish it now,
        # if nobody reads any more (no waiting: a reader still there means next time).
        cursor.execute("PRAGMA busy_timeout=0")
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy == 0:
            marker.unlink(missing_ok=True)
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


# SQLite and PostgreSQL keep whole numbers in 64 bits.
LARGEST_INTEGER = 2**63 - 1


def _user_errors(context: Any) -> None:
    """A number too large to store (an id of 20 digits typed by hand): a user's error, not a
    crash. SQLite refuses to bind it (OverflowError); PostgreSQL says a value is out of range."""
    original = context.original_exception
    numeric = getattr(getattr(original, "diag", None), "sqlstate", None) == "22003"
    if isinstance(original, OverflowError) or numeric:
        raise InvalidValue(
            f"a number given is too large; bounceback keeps whole numbers up to "
            f"{LARGEST_INTEGER:,} (an id is the number `bounceback list` shows)"
        ) from None


def describe_url(url: str) -> str:
    """The URL as it may be shown to the user: the password hidden."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def build_engine(url: str, store: str | None = None) -> Engine:
    """An engine for `url`; with `store` on PostgreSQL, every connection is pinned to that
    account's store when it is made (storage/stores.py)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(
            f"cannot read database URL {url!r}; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/DB"
        ) from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            from bounceback.storage.folders import sqlite_folder

            # a person's store lives in a folder of ours beside the main file (stores.py)
            sqlite_folder(Path(database).expanduser(), store=store not in (None, "main"))
        # hide_parameters: a failing query's values (journal text) never reach an error log.
        engine = create_engine(parsed, hide_parameters=True)
        event.listen(engine, "connect", partial(_sqlite_pragmas, scrub_marker(database)))
        event.listen(engine, "handle_error", _user_errors)
        return engine
    # A shared server keeps one engine per person recently seen: each holds one idle
    # connection, so hundreds of people do not hold thousands of them. The accounts are read
    # by every request (the login session): their pool is the server's widest.
    pool: dict[str, int] = {}
    if store == "accounts":
        pool = {"pool_size": 10, "max_overflow": 30}
    elif store not in (None, "main"):
        pool = {"pool_size": 1, "max_overflow": 4}
    try:
        # use_native_hstore=False: no hstore column anywhere, and the dialect otherwise looks
        # the type up on every new connection (a catalogue query: a person's services made
        # again, as a coach's look does for thirty seekers, open one each).
        engine = create_engine(
            parsed, hide_parameters=True, connect_args={"connect_timeout": 5},
            use_native_hstore=False, **pool,
        )
    except ModuleNotFoundError as exc:  # PostgreSQL's driver is an extra: say how to add it
        raise DatabaseUnavailable(
            f"cannot open database {describe_url(url)}: its driver ({exc.name}) is not installed; "
            "install bounceback with PostgreSQL support: pip install 'bounceback[postgres]'"
        ) from None
    except Exception as exc:  # bad options: a user-facing message
        raise DatabaseUnavailable(f"cannot open database {describe_url(url)}: {exc}") from None
    event.listen(engine, "connect", _postgres_text)
    event.listen(engine, "handle_error", _user_errors)
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", partial(_ping_if_idle, engine.dialect))
    if store is not None:
        from bounceback.storage.stores import pin_connection

        def pin(dbapi_connection: Any, _record: Any) -> None:
            pin_connection(dbapi_connection, store)

        event.listen(engine, "connect", pin, insert=True)
    return engine


#: A pooled connection unused for this long is checked before it is handed out (the server
#: may have restarted meanwhile); one in steady use is not: a ping on every checkout (pool
#: pre-ping) cost a round trip to the server on each of a page's three or four checkouts.
PING_AFTER_IDLE_SECONDS = 10.0


def _checked_in(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info["bb_idle_since"] = time.monotonic()


def _ping_if_idle(dialect: Any, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    from sqlalchemy.exc import DisconnectionError

    since = record.info.get("bb_idle_since")
    if since is None or time.monotonic() - since < PING_AFTER_IDLE_SECONDS:
        return  # just made, or in steady use
    try:
        alive = dialect.do_ping(dbapi_connection)
    except Exception:
        alive = False
    if not alive:  # the pool drops it and hands out a new connection instead
        raise DisconnectionError("a pooled connection was closed by the server")


def _postgres_text(dbapi_connection: Any, _record: Any) -> None:
    """PostgreSQL text cannot hold a NUL character (SQLite can): it is stored as U+FFFD, the
    way bytes that are not UTF-8 are, instead of failing the whole write."""
    from bounceback.storage.pg_text import register

    register(dbapi_connection)
