"""Connecting to a database: the engine for a URL, SQLite's pragmas, PostgreSQL's listeners (text
without NUL, a store pinned on each connection, a ping only after idling or when the server wrote unasked) and the user's errors a
driver raises (a number too large). storage/engine.py's Database opens its engine here."""

from __future__ import annotations

import contextlib
import threading
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
    # The accounts are read by every request (the login session): their pool is the server's
    # widest. A person's store has its own engine here only when asked for outright (tests,
    # tools): the app opens stores through `store_engine`, one pool for them all.
    pool: dict[str, int] = {}
    if store == "accounts":
        pool = {"pool_size": 10, "max_overflow": 30}
    elif store not in (None, "main"):
        pool = {"pool_size": 1, "max_overflow": 4}
    engine = _postgres_engine(url, parsed, pool)
    if store is not None:
        from bounceback.storage.stores import pin_connection

        def pin(dbapi_connection: Any, _record: Any) -> None:
            pin_connection(dbapi_connection, store)

        event.listen(engine, "connect", pin, insert=True)
    return engine


def _postgres_engine(url: str, parsed: Any, pool: dict[str, int]) -> Engine:
    from sqlalchemy import create_engine, event

    try:
        # use_native_hstore=False: no hstore column anywhere, and the dialect otherwise looks
        # the type up on every new connection (a catalogue query).
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
    return engine


#: The process's one pool of connections for every person's store, by database URL
#: (`store_engine`).
_SHARED: dict[str, Engine] = {}
_SHARED_LOCK = threading.Lock()
#: Where a pooled connection notes the store it is selected for (None: no store).
_SELECTED = "bb_store"
#: The shared pool's size: a server process runs its database calls in a few threads (a page
#: and a coach's look hold one connection at a time), whoever's they are.
SHARED_POOL = {"pool_size": 8, "max_overflow": 24}


def store_engine(url: str, store: str) -> Engine:
    """PostgreSQL: an engine for one person's store over the process's one pool for all the
    stores of `url` (no engine and idle connection per person: a server keeps hundreds of
    people's services, and a coach's look opens thirty). Every Connection it makes selects the
    store on the connection it checks out (its schema first in the search path, its name in
    the setting row-level security checks; `raw_connection()` and the pool's own checkouts hand
    out a connection with no store, which sees nothing: their callers select it, as
    `Database.reader` does), and every connection given back is reset to no store at all
    (`stores.unpin_connection`), so that what one person's request leaves on a connection,
    even after an error, never reaches the next. Disposing the returned engine would end the
    shared pool: `Database.dispose` leaves it."""
    from sqlalchemy import event

    engine = _shared_for(url).execution_options(bb_store=store)

    def chosen(connection: Any) -> None:
        select_store(connection.connection, store)

    event.listen(engine, "engine_connect", chosen)
    return engine


def _shared_for(url: str) -> Engine:
    with _SHARED_LOCK:
        shared = _SHARED.get(url)
        if shared is None:
            shared = _SHARED[url] = _shared_engine(url)
    return shared


def select_store(pooled: Any, store: str) -> None:
    """A connection of the shared pool (`store_engine`) selected for `store`, once a checkout."""
    if pooled.info.get(_SELECTED) != store:
        from bounceback.storage.stores import pin_connection

        pin_connection(pooled.dbapi_connection, store)
        pooled.info[_SELECTED] = store


def _shared_engine(url: str) -> Engine:
    from sqlalchemy import event
    from sqlalchemy.engine import make_url

    from bounceback.storage.stores import PREPARE_AFTER, unpin_connection

    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = _postgres_engine(url, parsed, SHARED_POOL)

    def made(dbapi_connection: Any, record: Any) -> None:  # a new connection: no store yet
        dbapi_connection.prepare_threshold = PREPARE_AFTER
        unpin_connection(dbapi_connection)
        record.info[_SELECTED] = None

    def given_back(dbapi_connection: Any, record: Any) -> None:
        if record is None or record.info.get(_SELECTED) is None:
            return
        record.info[_SELECTED] = None
        if dbapi_connection is None:
            return  # closed already (invalidated): the pool connects again
        try:
            unpin_connection(dbapi_connection)
        except Exception as exc:  # not reset: never handed out again
            record.invalidate(exc)

    event.listen(engine, "connect", made, insert=True)
    event.listen(engine, "checkin", given_back)
    return engine


#: A pooled connection unused for this long is checked before it is handed out (the server
#: may have gone away without a word meanwhile); one in steady use is checked only when the
#: server wrote to it unasked (`_server_spoke`): a ping on every checkout (pool pre-ping) cost
#: a round trip to the server on each of a page's three or four checkouts.
PING_AFTER_IDLE_SECONDS = 10.0


def _checked_in(_dbapi_connection: Any, record: Any) -> None:
    if record is not None:
        record.info["bb_idle_since"] = time.monotonic()


def _server_spoke(dbapi_connection: Any) -> bool:
    """Whether PostgreSQL wrote to a connection at rest, which nobody asked anything: it does
    when it ends the connection (a restart, `pg_terminate_backend`: a last message, then the
    socket closed). A look at the socket, no round trip; a connection known broken counts."""
    import select

    if getattr(dbapi_connection, "closed", False) or getattr(dbapi_connection, "broken", False):
        return True
    try:
        socket = dbapi_connection.fileno()
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(socket, select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([socket], [], [], 0)[0])
    except Exception:  # no socket any more
        return True


def _ping_if_idle(dialect: Any, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    from sqlalchemy.exc import DisconnectionError

    since = record.info.get("bb_idle_since")
    if since is None:
        return  # just made
    if time.monotonic() - since < PING_AFTER_IDLE_SECONDS and not _server_spoke(dbapi_connection):
        return  # in steady use, and the server said nothing
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


def stamps_of_stores(url: str, store_names: list[str], key: str) -> dict[str, str]:
    """PostgreSQL: the stamp `key` of each store, all read on ONE connection of the stores'
    shared pool (`store_engine`), in one round trip (one script, in autocommit its own
    transaction; only when a store is missing, one statement asks which exist and the script
    runs again for those): each store's row is read by its schema's name, after the
    store is claimed for that transaction alone (`set_config(..., true)`), so row-level security
    lets each statement see that store only and the connection goes back to the pool with no
    store. A store without a schema of its own (the main store) or missing (dropped, or not made
    yet) is left out of the answer: it is then read the ordinary way."""
    from bounceback.storage.stores import pg_schema

    schemas = {store: schema for store in store_names if (schema := pg_schema(store))}
    if not schemas:
        return {}
    pooled = _shared_for(url).raw_connection()  # at rest: no store
    try:
        driver = pooled.driver_connection
        assert driver is not None
        # In autocommit the script is one round trip and its own transaction (PostgreSQL runs
        # a query string of several statements as one): each claim ends with it.
        was_autocommit = driver.autocommit
        driver.autocommit = True
        try:
            with driver.cursor() as cursor:
                found = _read_stamps(cursor, schemas, key)
                if found is None:  # a store is missing: ask which exist, read those
                    cursor.execute("SELECT s FROM unnest(%s::text[]) AS s"
                                   " WHERE to_regclass(quote_ident(s) || '.rm_meta') IS NOT NULL",
                                   (list(schemas.values()),))
                    present = {row[0] for row in cursor.fetchall()}
                    found = _read_stamps(cursor, {store: schema for store, schema
                                                  in schemas.items() if schema in present}, key)
        finally:
            with contextlib.suppress(Exception):  # a lost connection: its own error tells
                driver.autocommit = was_autocommit
    finally:
        pooled.close()
    return found or {}


def _read_stamps(cursor: Any, schemas: dict[str, str], key: str) -> dict[str, str] | None:
    """`stamps_of_stores`'s one script: each store claimed (`set_config(..., true)`) and its
    stamp read by its schema's name; None when it failed (a store missing)."""
    from bounceback.storage.stores import STORE_SETTING, check_key

    if not schemas:
        return {}
    script = ";\n".join(
        f"SELECT set_config('{STORE_SETTING}', '{check_key(store)}', true);\n"
        f"SELECT value FROM \"{schema}\".rm_meta WHERE key = '{check_key(key)}'"
        for store, schema in schemas.items())
    try:
        cursor.execute(script, prepare=False)
    except Exception as error:
        # Only a store missing (dropped, or not made yet) is worth asking again for the
        # others; a timeout, a cancel or a lock wait would only wait again: those stores are
        # then read the ordinary way.
        missing = getattr(error, "sqlstate", None) in {"42P01", "3F000"}  # no table, no schema
        return None if missing else {}
    found: dict[str, str] = {}
    for index, store in enumerate(schemas):  # each store: its claim, its row
        if index:
            cursor.nextset()  # past the previous store's row, to this one's claim
        cursor.nextset()
        row = cursor.fetchone()
        if row is not None and row[0] is not None:
            found[store] = str(row[0])
    return found
