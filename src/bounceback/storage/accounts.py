"""The accounts of a multi-user server: users, login sessions, login attempts, shares with
coaches, the audit of coach views, coaches' notes and calendar feed addresses. They live apart
from every user's data (schema bb_accounts on PostgreSQL, `NAME-accounts.db` beside a SQLite
file), walled like a store: a user's own connections cannot read them. Their tables are made
and changed by their own migrations (storage/accounts_migrations/); the tables below say how
the code reads them. The rows of users, sessions, attempts and feeds are read and written
here; those of shares, looks and notes in storage/shares.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from bounceback.storage import stores

metadata = MetaData(schema=stores.ACCOUNTS_SCHEMA)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("role", String(10), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("store", String(42), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)
sessions = Table(
    "sessions", metadata,
    # Only a hash of the cookie's token is kept: a copy of this table opens no session.
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ForeignKey(users.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)
attempts = Table(
    "login_attempts", metadata,
    Column("id", Integer, primary_key=True),
    Column("account", String(320), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_login_attempts_account", "account", "at"),
    Index("ix_login_attempts_address", "address", "at"),
)
shares = Table(
    "shares", metadata,
    Column("seeker_id", ForeignKey(users.c.id, ondelete="CASCADE"), primary_key=True),
    Column("coach_id", ForeignKey(users.c.id, ondelete="CASCADE"), primary_key=True),
    Column("what", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
)
audit = Table(
    "coach_views", metadata,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", ForeignKey(users.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("coach_email", String(320), nullable=False),
    Column("what", String(200), nullable=False),
    Column("at", DateTime, nullable=False),
)
notes = Table(
    "coach_notes", metadata,
    Column("id", Integer, primary_key=True),
    Column("seeker_id", ForeignKey(users.c.id, ondelete="CASCADE"), nullable=False, index=True),
    Column("coach_email", String(320), nullable=False),
    Column("text", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)
feeds = Table(
    "calendar_feeds", metadata,
    # A calendar app cannot log in: the token in its address stands for the login. Only a
    # hash is kept, one per account.
    Column("user_id", ForeignKey(users.c.id, ondelete="CASCADE"), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)


class AccountsStore:
    """The accounts tables of one database, reached through their own walled connections."""

    def __init__(self, base_url: str) -> None:
        from bounceback.storage.engine import build_engine

        self.base_url = base_url
        self.url = stores.store_url(base_url, stores.ACCOUNTS)
        self.engine: Engine = build_engine(self.url, stores.ACCOUNTS)
        self._ready = False
        # PostgreSQL: each thread's connection for the login check (_pg_session_user)
        self._checks = threading.local()
        # each thread's detached connection, by thread: a thread the server's pool retired
        # (after ten idle seconds) gives its connection back when the next one is made
        self._kept: dict[int, tuple[threading.Thread, Any]] = {}
        self._lock = threading.Lock()
        if self.engine.dialect.name == "sqlite":  # no schemas: the file is the wall
            self.engine = self.engine.execution_options(
                schema_translate_map={stores.ACCOUNTS_SCHEMA: None})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def exists(self) -> bool:
        """Whether accounts were ever made here (without making anything)."""
        if self.is_sqlite:
            from pathlib import Path

            return Path(self.url[len("sqlite:///"):]).exists()
        with self.engine.connect() as c:
            return bool(stores.multi_user(c))

    def ensure(self) -> None:
        """The accounts' schema made or migrated to this version (once per process)."""
        if self._ready:
            return
        from bounceback.storage.accounts_schema import upgrade

        upgrade(self.engine)
        self._ready = True

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        self.ensure()
        with self.engine.begin() as c:
            yield c

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One statement's read, with no transaction around it: the login session that every
        request looks up costs one round trip to the server, not three (BEGIN, it, COMMIT)."""
        self.ensure()
        with self.engine.connect() as c:
            yield c.execution_options(isolation_level="AUTOCOMMIT")

    def session_user(self, token_hash: str, at: datetime) -> dict[str, Any] | None:
        """The user of a live login session (every request of a shared server asks). On
        PostgreSQL one statement on a pooled connection through the driver itself, with no
        transaction: SQLAlchemy's statement machinery was half of the check's processor time."""
        self.ensure()
        if self.is_sqlite:
            with self.read() as c:
                row = session_user(c, token_hash, at)
            return dict(row) if row is not None else None
        try:
            found = self._pg_session_user(token_hash, at)
        except _Disconnected:
            # The server restarted (or ended its connections): every pooled connection is
            # dead, not just this one. A fresh pool, and the check once more, so that no page
            # fails if the server is back.
            self.engine.dispose()
            found = self._pg_session_user(token_hash, at, retry=False)
        return dict(zip(_SESSION_USER_COLUMNS, found, strict=True)) if found else None

    def _pg_session_user(self, token_hash: str, at: datetime, *, retry: bool = True) -> Any:
        """The check's one statement (a row, or None) on this thread's own connection: made
        once from the pool (so pinned to the accounts' store and its wall like every other),
        then kept out of it in autocommit, so that the check pays neither a pool checkout nor
        two autocommit switches (a third of its processor time). A connection that fails is
        closed and forgotten; a lost one raises _Disconnected when `retry`."""
        driver = getattr(self._checks, "connection", None)
        if driver is None or driver.closed:
            driver = self._check_connection()
        cursor: Any = None
        try:
            with driver.cursor() as cursor:
                cursor.execute(_SESSION_USER_SQL, (token_hash, at))
                return cursor.fetchone()
        except Exception as exc:
            # asked before the connection is closed (the dialect asks whether it is the
            # driver's error itself)
            error: Any = exc
            lost = self.engine.dialect.is_disconnect(error, driver, cursor)
            self._checks.connection = None
            with self._lock:
                self._kept.pop(threading.get_ident(), None)
            driver.close()
            if lost and retry:
                raise _Disconnected from exc
            raise

    def _check_connection(self) -> Any:
        pooled = self.engine.raw_connection()
        try:
            driver: Any = pooled.driver_connection
            driver.autocommit = True  # one statement a check: no BEGIN, no ROLLBACK around it
        except Exception:
            pooled.invalidate()
            pooled.close()
            raise
        pooled.detach()  # this thread's from now on: never handed to anyone else by the pool
        self._checks.connection = driver
        me = threading.current_thread()
        with self._lock:
            ended = [key for key, (thread, _) in self._kept.items() if not thread.is_alive()]
            retired = [self._kept.pop(key)[1] for key in ended]
            self._kept[me.ident or 0] = (me, pooled)
        for old in retired:
            old.close()  # detached: closes the connection itself
        return driver

    def kept_connections(self) -> int:
        """How many login-check connections are held (one per live thread that checked)."""
        with self._lock:
            return len(self._kept)

    def dispose(self) -> None:
        with self._lock:
            kept, self._kept = [pooled for _, pooled in self._kept.values()], {}
        for pooled in kept:
            pooled.close()  # detached: closes the connection itself
        self.engine.dispose()


class _Disconnected(Exception):
    """The login check's connection was lost (the server restarted or ended it)."""


_SESSION_USER_COLUMNS = ("id", "email", "role", "store", "disabled", "created_at")
_SESSION_USER_SQL = (
    f"SELECT {', '.join('u.' + c for c in _SESSION_USER_COLUMNS)} "
    f"FROM {stores.ACCOUNTS_SCHEMA}.users u "
    f"JOIN {stores.ACCOUNTS_SCHEMA}.sessions s ON s.user_id = u.id "
    "WHERE s.token_hash = %s AND s.expires_at > %s AND NOT u.disabled")


# Users


def user_row(c: Connection, *, email: str | None = None, user_id: int | None = None) -> Any:
    query = select(users)
    query = query.where(users.c.email == email) if email is not None else \
        query.where(users.c.id == user_id)
    return c.execute(query).mappings().first()


def all_users(c: Connection) -> list[Any]:
    return list(c.execute(select(users).order_by(users.c.id)).mappings())


def count_users(c: Connection) -> int:
    return int(c.execute(select(func.count()).select_from(users)).scalar_one())


def add_user(c: Connection, *, email: str, role: str, password_hash: str, store: str | None,
             at: datetime) -> int:
    """A new user; without a store, one of its own named after the new id."""
    key = c.execute(insert(users).values(
        email=email, role=role, password_hash=password_hash, disabled=False,
        store=store or f"pending_{email}"[:42], created_at=at)).inserted_primary_key
    if key is None:  # SQLAlchemy types it optional; an insert of one row always has one
        raise RuntimeError("the new account's id was not returned")
    new_id = key[0]
    if store is None:
        c.execute(update(users).where(users.c.id == new_id).values(store=f"u{new_id}"))
    return int(new_id)


def set_user(c: Connection, user_id: int, **values: Any) -> None:
    c.execute(update(users).where(users.c.id == user_id).values(**values))


def delete_user(c: Connection, user_id: int) -> None:
    for table in (sessions, feeds, shares, audit, notes):
        column = table.c.user_id if "user_id" in table.c else table.c.seeker_id
        c.execute(delete(table).where(column == user_id))
    c.execute(delete(shares).where(shares.c.coach_id == user_id))
    c.execute(delete(users).where(users.c.id == user_id))


# Sessions


def add_session(c: Connection, token_hash: str, user_id: int, at: datetime,
                expires: datetime) -> None:
    c.execute(insert(sessions).values(token_hash=token_hash, user_id=user_id, created_at=at,
                                      expires_at=expires))


# Read on every request of a shared server: made once, so that SQLAlchemy reuses the compiled
# statement and its cache key instead of building the query again each time.
_SESSION_USER = (
    select(users).join(sessions, sessions.c.user_id == users.c.id)
    .where(sessions.c.token_hash == bindparam("token"), sessions.c.expires_at > bindparam("at"),
           users.c.disabled.is_(False))
)


def session_user(c: Connection, token_hash: str, at: datetime) -> Any:
    return c.execute(_SESSION_USER, {"token": token_hash, "at": at}).mappings().first()


def end_session(c: Connection, token_hash: str) -> None:
    c.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


def end_sessions(c: Connection, user_id: int) -> int:
    return int(c.execute(delete(sessions).where(sessions.c.user_id == user_id)).rowcount or 0)


# Calendar feeds


def feed_made(c: Connection, user_id: int) -> datetime | None:
    found = c.execute(select(feeds.c.created_at).where(feeds.c.user_id == user_id)).scalar()
    return found if isinstance(found, datetime) else None


def put_feed(c: Connection, user_id: int, token_hash: str, at: datetime) -> None:
    c.execute(delete(feeds).where(feeds.c.user_id == user_id))
    c.execute(insert(feeds).values(user_id=user_id, token_hash=token_hash, created_at=at))


def drop_feed(c: Connection, user_id: int) -> int:
    return int(c.execute(delete(feeds).where(feeds.c.user_id == user_id)).rowcount or 0)


_FEED_USER = (
    select(users).join(feeds, feeds.c.user_id == users.c.id)
    .where(feeds.c.token_hash == bindparam("token"), users.c.disabled.is_(False))
)


def feed_user(c: Connection, token_hash: str) -> Any:
    return c.execute(_FEED_USER, {"token": token_hash}).mappings().first()


# Login attempts (failures only): the throttle counts them in a sliding window.


def failures(c: Connection, *, account: str | None = None, address: str | None = None,
             since: datetime) -> int:
    where = [attempts.c.at >= since]
    if account is not None:
        where.append(attempts.c.account == account)
    if address is not None:
        where.append(attempts.c.address == address)
    return int(c.execute(select(func.count()).select_from(attempts).where(and_(*where)))
               .scalar_one())


def add_failure(c: Connection, account: str, address: str, at: datetime) -> None:
    c.execute(insert(attempts).values(account=account, address=address, at=at))


def forget_failures(c: Connection, account: str, before: datetime) -> None:
    c.execute(delete(attempts).where((attempts.c.account == account) | (attempts.c.at < before)))


def drop_store(store_url: str, store: str) -> None:
    """Delete one account's store: its PostgreSQL schema, or its SQLite file."""
    if store_url.startswith("sqlite"):
        from bounceback.storage.readmodel.reader import sqlite_path

        path = sqlite_path(stores.store_url(store_url, store))
        if path is not None:
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        return
    from bounceback.storage.engine import build_engine

    engine = build_engine(store_url)
    try:
        with engine.begin() as c:
            stores.drop_store(c, store)
    finally:
        engine.dispose()


