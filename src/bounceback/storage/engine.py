"""Opening a database: sessions (ORM) and Core transactions as transactions, readers (plain
DB-API), migrations on first use; the engine itself is made in storage/connect.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.clock import SYSTEM
from bounceback.domain.errors import DatabaseUnavailable
from bounceback.storage.busy import WriteTurns
from bounceback.storage.clock import CLOCK
from bounceback.storage.connect import (
    build_engine,
    describe_url,
    scrub_marker,
    select_store,
    store_engine,
)

if TYPE_CHECKING:  # SQLAlchemy is imported on first use: the lean read path never needs it
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from bounceback.storage.readmodel.reader import Reader

__all__ = ["Database", "build_engine", "describe_url", "scrub_marker"]

#: PostgreSQL stores (by database URL and store) this process has checked
#: (`Database.ensure_ready`), with what they were then: their identity, migrations and read
#: model's version (`_store_marks`).
_CHECKED: dict[tuple[str, str], tuple[str, frozenset[str], object]] = {}

_MARKS = ("SELECT (SELECT id FROM database_identity LIMIT 1), "
          "(SELECT string_agg(version_num, ' ') FROM alembic_version), "
          "(SELECT value FROM rm_meta WHERE key = 'version')")


def _store_marks(engine: Engine) -> tuple[str, frozenset[str], object] | None:
    """A store's identity, migrations and read model's version in one statement; None when it
    has no such tables (dropped, or not made yet) or no identity."""
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    try:
        with engine.connect() as connection:
            identity, revisions, version = connection.execute(text(_MARKS)).one()
    except ProgrammingError:
        return None
    if identity is None:
        return None
    return str(identity), frozenset((revisions or "").split()), version


def _current(marks: tuple[str, frozenset[str], object]) -> bool:
    from bounceback.storage import readmodel
    from bounceback.storage.heads import known_heads

    return marks[1] == frozenset(known_heads()) and marks[2] == readmodel.VERSION


class Database:
    """One database, opened lazily; `session()` is one transaction, rolled back on any error."""

    def __init__(self, url: str, clock: Callable[[], datetime] = SYSTEM, *,
                 store: str = "main") -> None:
        from bounceback.storage.stores import store_url

        self.base_url = url
        self.store = store
        self.url = store_url(url, store)
        self.clock = clock
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._ready = False
        self._active: ContextVar[Session | None] = ContextVar(f"session-{id(self)}", default=None)
        # Whether the session of this context wrote anything (only then has the read model
        # anything to follow: a session that only read skips that look, a round trip).
        self._wrote: ContextVar[bool] = ContextVar(f"wrote-{id(self)}", default=False)
        # The Core transaction of this context (`writing`), when it is in one.
        self._core: ContextVar[Connection | None] = ContextVar(f"core-{id(self)}", default=None)
        self._scrub: Path | None = None
        self.commits = 0  # transactions that changed something (an honest crash report)
        self._writes = 0
        self.on_busy: Callable[[str], None] | None = None  # told once when a write must wait
        self.create_missing = True  # False: a read command's missing SQLite file is refused
        self._turns: WriteTurns | None = None
        # A person's store on PostgreSQL is opened through the process's one pool for every
        # store (storage/connect.py `store_engine`), the store selected on each checkout.
        self._shared = not self.url.startswith("sqlite") and store not in ("main", "accounts")

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self._shared:
                self._engine = store_engine(self.url, self.store)
            else:
                self._engine = build_engine(self.url, self.store)
            from sqlalchemy import event

            event.listen(self._engine, "before_cursor_execute", self._before_statement)
            database = self._engine.url.database
            if self._engine.dialect.name == "sqlite" and database and database != ":memory:":
                self._scrub = scrub_marker(database)
                self._turns = WriteTurns(database, self._tell_busy)
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def ensure_ready(self) -> None:
        """Migrate to the newest schema on first use (and check that the server answers)."""
        if self._ready:
            return
        if not self.create_missing:  # reading never makes a database (storage/folders.py)
            from bounceback.storage.folders import refuse_missing
            refuse_missing(self.url)
        from sqlalchemy.exc import OperationalError

        from bounceback.storage.migrate import upgrade

        try:
            if self.is_sqlite:
                upgrade(self.engine)
            else:
                self._upgrade_store()
        except OperationalError as exc:
            raise DatabaseUnavailable(
                f"cannot connect to database {describe_url(self.url)}: {_first_line(exc)}"
            ) from None
        self._ready = True

    def _upgrade_store(self) -> None:
        """PostgreSQL: the store's schema made, migrated, and walled by row-level security
        when the database has accounts (every store, the main one included)."""
        from bounceback.storage import stores
        from bounceback.storage.migrate import upgrade

        if self.store != stores.MAIN and self._checked_before():
            return
        if self.store != stores.MAIN and self._make_store():
            self._remember_checked()
            return
        upgrade(self.engine)
        with self.engine.begin() as connection:
            if self.store != stores.MAIN or stores.multi_user(connection):
                stores.protect(connection, self.store)
        if self.store != stores.MAIN:
            self._remember_checked()

    def _checked_before(self) -> bool:
        """Whether this process has checked this very store already (made, migrated and walled
        it, or found it so) and it is still that store at this version: its identity (drawn
        again whenever a store is made, so a store dropped and made again is checked again),
        its migrations and its read model's version, read in one statement. A person's
        services made again (a server keeps a few) then open their store with one round trip
        instead of three transactions and two scans of the catalogue."""
        seen = _CHECKED.get((self.url, self.store))
        if seen is None:
            return False
        found = _store_marks(self.engine)
        return found is not None and found == seen and _current(found)

    def _remember_checked(self) -> None:
        found = _store_marks(self.engine)
        if found is not None and _current(found):
            _CHECKED[self.url, self.store] = found

    def _make_store(self) -> bool:
        """A new account's store made in one transaction from the script the first store of
        this process left (storage/store_script.py), walled at once. False when the store is
        there already, or when this process has no script yet: then it is made (and its
        script recorded) or upgraded the ordinary way."""
        from sqlalchemy.exc import DBAPIError

        from bounceback.storage import store_script, stores
        from bounceback.storage.migrate import upgrade

        script = store_script.kept()
        try:
            with self.engine.begin() as connection:
                if not store_script.is_new(connection):
                    return False  # made already: no CREATE SCHEMA (a right the server may lack)
                stores.create_schema(connection, self.store)
                if script is not None:
                    store_script.replay(connection, script)
                    stores.protect(connection, self.store)
                    return True
        except DBAPIError:
            if script is None:
                raise
            store_script.forget()  # rolled back whole: made the ordinary way below instead
            with self.engine.begin() as connection:
                stores.create_schema(connection, self.store)
        with store_script.recording(self.engine) as made:
            upgrade(self.engine)
        if made.usable:
            store_script.keep(made.script)
        return False

    def forget_schema(self) -> None:
        """The file changed under us (a restore), or a full check is asked for: check and
        migrate again on next use, whatever this process remembers of the store."""
        self._ready = False
        _CHECKED.pop((self.url, self.store), None)

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """One consistent snapshot for reading, through plain DB-API (no ORM).

        A SQLite file not yet opened through SQLAlchemy is read with `sqlite3` alone, after a
        cheap look that its schema and read model are this version's (else the full path
        migrates and rebuilds first); otherwise a connection comes from the engine's pool.
        Nothing read this way writes: on SQLite the connection is query-only."""
        from bounceback.storage.readmodel import reader as lean

        active = self._active.get()
        core = self._core.get()
        if active is not None or core is not None:  # inside a write: read what it has written
            if active is not None:
                active.flush()
            connection = active.connection() if active is not None else core
            assert connection is not None
            inside = lean.Reader(connection.connection.driver_connection,
                                 self.engine.dialect.name)
            try:
                yield inside
            finally:
                inside.close()
            return
        # A delete for good not finished yet (a reader held on): any next look finishes it, on
        # the engine's connection (its pragmas see the marker), never on the query-only one.
        path = lean.sqlite_path(self.url) if self._engine is None else None
        if path is not None and (marker := scrub_marker(str(path))) is not None and marker.exists():
            path = None
        if path is not None:
            connection = self._lean_connection(path)
            if connection is not None:
                with lean.reading(connection, "sqlite", connection.close) as found:
                    yield found
                return
        self.ensure_ready()
        if self._scrub is not None and self._scrub.exists():
            self._finish_scrub()
        raw = self.engine.raw_connection()
        if self._shared:  # no Connection made: its checkout's selection is done here
            select_store(raw, self.store)
        driver = raw.driver_connection
        with lean.reading(driver, self.engine.dialect.name, raw.close) as found:
            yield found

    def _lean_connection(self, path: Path) -> Any:
        from bounceback.storage import readmodel
        from bounceback.storage.heads import known_heads
        from bounceback.storage.readmodel import reader as lean

        if not path.exists():
            return None
        connection = lean.open_sqlite(path)
        if not self._ready:
            revisions, version = lean.lean_state(connection)
            if revisions != set(known_heads()) or version != readmodel.VERSION:
                connection.close()
                return None
            self._ready = True
        return connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction. Called inside another one, it joins it: a service method that calls
        another commits once, at the outermost level, or rolls everything back."""
        active = self._active.get()
        if active is not None:
            yield active
            return
        core = self._core.get()
        if core is not None:  # inside a Core transaction: a session on its connection joins it
            from sqlalchemy.orm import Session as OrmSession

            joined = OrmSession(bind=core, expire_on_commit=False)
            token = self._active.set(joined)
            try:
                yield joined
                joined.flush()
            finally:
                self._active.reset(token)
                joined.close()
            return
        self.ensure_ready()
        if self._sessions is None:  # the ORM is loaded by the first write, never by a read
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self._scrub is not None and self._scrub.exists():
            self._finish_scrub()
        session = self._sessions()
        token = self._active.set(session)
        clock_token = CLOCK.set(self.clock)
        writes = self._writes
        wrote_token = self._wrote.set(False)
        try:
            yield session
            from bounceback.storage.readmodel.sync import process

            session.flush()  # what the ORM holds is written now, and counted
            if self._wrote.get():
                process(session)  # the read model follows this transaction's writes, before it commits
            session.commit()
            if self._writes > writes:
                self.commits += 1
        except BaseException:
            session.rollback()
            raise
        finally:
            CLOCK.reset(clock_token)
            self._wrote.reset(wrote_token)
            self._active.reset(token)
            session.close()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction through SQLAlchemy Core, no ORM session (the CLI's common writes,
        services/lean_writes.py): what it writes is followed by the read model before it
        commits, as a session's is (readmodel/sync.py runs on Core tables), and it is rolled
        back whole on any error. Inside a session or another such transaction it joins it."""
        active = self._active.get()
        if active is not None:
            active.flush()
            yield active.connection()
            return
        joined = self._core.get()
        if joined is not None:
            yield joined
            return
        self.ensure_ready()
        if self._scrub is not None and self._scrub.exists():
            self._finish_scrub()
        clock_token = CLOCK.set(self.clock)
        wrote_token = self._wrote.set(False)
        writes = self._writes
        try:
            with self.engine.connect() as connection:
                token = self._core.set(connection)
                try:
                    with connection.begin():
                        yield connection
                        if self._wrote.get():
                            from bounceback.storage.readmodel.sync import process

                            process(connection)  # before the commit, in the same transaction
                finally:
                    self._core.reset(token)
            if self._writes > writes:
                self.commits += 1
        finally:
            CLOCK.reset(clock_token)
            self._wrote.reset(wrote_token)

    def _tell_busy(self, message: str) -> None:
        if self.on_busy is not None:
            self.on_busy(message)

    def unwritten(self) -> Session | None:
        """The transaction this call runs in while it has written nothing (nor holds a change
        not yet sent): what it read holds until it ends, so it may be kept in its `info` for
        the rest of it. None outside a transaction, or once it wrote."""
        active = self._active.get()
        if active is None or self._wrote.get() or active.new or active.dirty or active.deleted:
            return None
        return active

    def in_transaction(self) -> bool:
        """True inside a session or a Core transaction (a call here joins it rather than
        committing on its own)."""
        return self._active.get() is not None or self._core.get() is not None

    @contextmanager
    def import_running(self) -> Iterator[None]:
        """Marks a long import: a writer that must wait says it waits for an import."""
        self.engine  # noqa: B018 - opened, so that the SQLite side is known
        if self._turns is None:
            yield
            return
        with self._turns.import_running():
            yield

    def commit_batch(self, session: Session) -> None:
        """Inside a long import's outermost session: keep what was loaded so far, and give a
        waiting writer its turn before the next batch. The read model follows at the import's
        end, so each batch first checks that no newer bounceback upgraded the store meanwhile
        (one row read): a refusal then leaves nothing of this import saved, as it says."""
        from bounceback.storage.readmodel.stamp import is_newer, stored_version, upgraded_since

        stored = stored_version(session.connection())
        if is_newer(stored):
            raise upgraded_since(stored, opening=False)
        session.commit()
        if self._turns is not None:
            self._turns.give_way()

    def give_way(self) -> None:
        """Between two committed batches: let a waiting writer in (SQLite only)."""
        if self._turns is not None:
            self._turns.give_way()

    def _before_statement(self, _conn: Any, cursor: Any, statement: str, *_rest: Any) -> None:
        """Every statement: a change is counted (an honest crash report), and on SQLite the
        first change of a transaction takes the write lock, waiting its turn (storage/busy.py)."""
        if statement.lstrip()[:6].upper() not in _WRITES:
            return
        self._writes += 1
        self._wrote.set(True)
        if self._turns is not None:
            self._turns.before_write(cursor.connection)

    def _finish_scrub(self) -> None:
        """A delete for good left old pages in the WAL (a reader held on): try once more."""
        with self.engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("PRAGMA busy_timeout=0")
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
            connection.exec_driver_sql("PRAGMA busy_timeout=5000")
        if busy == 0 and self._scrub is not None:
            self._scrub.unlink(missing_ok=True)

    def dispose(self) -> None:
        if self._engine is not None and not self._shared:  # the shared pool is the process's
            self._engine.dispose()


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLAC")


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
