"""Reading with plain DB-API: no SQLAlchemy, no ORM, one consistent snapshot per reader.

The CLI's read commands open SQLite through `sqlite3` directly (SQLAlchemy alone costs more to
import than a whole `list --json` should take); the web server hands over connections from
its engine's pool. Queries are written once, with `:name` parameters, for both engines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL, or None for anything else (memory, options)."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url[len("sqlite:///"):]
    if not path or path == ":memory:":
        return None
    return Path(path).expanduser()


def as_date(value: Any) -> date | None:
    """A date column's value as a date, whichever engine returned it."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value  # type: ignore[no-any-return]
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@lru_cache(maxsize=4096)
def _pyformat(sql: str) -> str:
    """A query's `:name` parameters as psycopg's `%(name)s`, worked out once per query text
    (a shared server's page sends a dozen, each a regular-expression pass before)."""
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


class Reader:
    """Queries on one DB-API connection, inside one read transaction, through one cursor
    (made on the first query: a page's dozen statements made a dozen before)."""

    def __init__(self, connection: Any, dialect: str) -> None:
        self.connection = connection
        self.dialect = dialect
        self.is_sqlite = dialect == "sqlite"
        self._cursor: Any = None

    def _sql(self, sql: str) -> str:
        return sql if self.is_sqlite else _pyformat(sql)

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        if not self.is_sqlite:
            return params
        out = {}
        for name, value in params.items():
            if isinstance(value, datetime):
                value = value.isoformat(sep=" ", timespec="microseconds")
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, bool):
                value = int(value)
            out[name] = value
        return out

    def all(self, sql: str, *, plan_each_time: Any = False,  # Any: callers pass **dict[str, str]
            **params: Any) -> list[tuple[Any, ...]]:
        """The rows of one statement. `plan_each_time`: on PostgreSQL the statement is never
        prepared, so that it is planned for its values at every run: a statement whose best
        plan depends on them (a text search: a word most applications hold is read by walking
        the newest first, a rare one from the trigram index). Prepared, PostgreSQL plans it
        for its values five times, then keeps a plan for any value when that looks no costlier:
        for the board's search it guessed 25 matches of 5,000 and chose the trigram index, then
        sorted every match (3,340 for "analyst": 17-18 ms of its time instead of 1.4)."""
        cursor = self._cursor
        if cursor is None:
            cursor = self._cursor = self.connection.cursor()
        try:
            if plan_each_time and not self.is_sqlite:
                cursor.execute(self._sql(sql), self._params(params), prepare=False)
            else:
                cursor.execute(self._sql(sql), self._params(params))
            rows = cursor.fetchall()
        except BaseException:
            self.close()
            raise
        return rows if not rows or type(rows[0]) is tuple else [tuple(row) for row in rows]

    def close(self) -> None:
        cursor, self._cursor = self._cursor, None
        if cursor is not None:
            cursor.close()

    def one(self, sql: str, **params: Any) -> tuple[Any, ...] | None:
        rows = self.all(sql, **params)
        return rows[0] if rows else None

    def scalar(self, sql: str, **params: Any) -> Any:
        row = self.one(sql, **params)
        return row[0] if row else None

    def column(self, sql: str, **params: Any) -> list[Any]:
        return [row[0] for row in self.all(sql, **params)]

    def in_list(self, name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
        """`(:name0, :name1, ...)` and its parameters, for an IN clause."""
        params = {f"{name}{i}": v for i, v in enumerate(values)}
        return "(" + ", ".join(f":{k}" for k in params) + ")" if params else "(NULL)", params


@contextmanager
def reading(connection: Any, dialect: str, release: Callable[[], None]) -> Iterator[Reader]:
    """One read transaction (a single snapshot) on `connection`; released afterwards."""
    before = None
    try:
        if dialect == "sqlite":
            cursor = connection.cursor()
            cursor.execute("BEGIN")
            cursor.close()
        else:
            # psycopg's own BEGIN, sent with the first query, carries the snapshot's kind: one
            # round trip fewer than a SET TRANSACTION of its own (a shared server's every page).
            from psycopg import IsolationLevel

            before = (connection.isolation_level, connection.read_only)
            connection.isolation_level = IsolationLevel.REPEATABLE_READ
            connection.read_only = True
        found = Reader(connection, dialect)
        try:
            yield found
        finally:
            found.close()
        if before is not None:
            # A read-only snapshot ends the same either way, but psycopg forgets every
            # statement it prepared on this connection at a ROLLBACK (and has the server drop
            # them): ended by a COMMIT, a person's pages are parsed and planned once per
            # connection, not on every view (the pool's ROLLBACK on return is then a no-op).
            connection.commit()
    finally:
        try:
            connection.rollback()
            if before is not None:
                connection.isolation_level, connection.read_only = before
        finally:
            release()


def open_sqlite(path: Path) -> Any:
    """A plain sqlite3 connection that can only read (the lean read path)."""
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout=5000")
    connection.execute("PRAGMA query_only=1")
    return connection


def lean_state(connection: Any) -> tuple[set[str], str | None]:
    """(stored schema revisions, read model version), read on a plain sqlite3 connection."""
    import sqlite3

    try:
        revisions = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        row = connection.execute("SELECT value FROM rm_meta WHERE key = 'version'").fetchone()
        return revisions, row[0] if row else None
    except sqlite3.DatabaseError:
        return set(), None
