"""Reading with SQLAlchemy Core inside an ORM session: the pages' per-request reads skip the
ORM's statement and entity work (rows come back as named tuples with the columns' names, so
the repositories' converters take them as they take ORM rows)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def connection(session: Session) -> Any:
    """The session's connection for a Core statement, after what the session holds is
    written (as the ORM's autoflush would before a query of its own): same transaction, same
    snapshot, nothing stale."""
    session.flush()
    return session.connection()


#: id(statement) -> (the statement, its SQL and parameters' defaults; None: through SQLAlchemy)
_COMPILED: dict[int, tuple[Any, tuple[str, dict[str, Any]] | None]] = {}


def rows(session: Session, statement: Any, params: dict[str, Any] | None = None) -> list[Any]:
    """The rows of `statement`, a SELECT built once (a module's constant), on the session's
    connection: same transaction, same snapshot, rows with the columns' names as attributes.

    On PostgreSQL its SQL is compiled once and sent through the driver. SQLAlchemy's work on
    every execution (the statement's cache key and the look-up of its compiled form, the
    result's metadata from the cursor's description, the row objects) cost more processor
    time than the driver's own: about 0.2 ms a statement, and an application's page sends
    seven. A statement whose values need converting on the way (a column or parameter type
    with a processor, a list expanded when it is sent) goes through SQLAlchemy as before, as
    does every statement on SQLite. The connection's listeners (the statement counters) hear
    it as they hear any other."""
    c = connection(session)
    sent = _compiled(statement, c.dialect) if c.dialect.name == "postgresql" else None
    if sent is None:
        return c.execute(statement, params or {}).all()
    from psycopg.rows import namedtuple_row

    sql, defaults = sent
    values = {**defaults, **params} if params else defaults
    cursor = c.connection.driver_connection.cursor(row_factory=namedtuple_row)
    try:
        c.dispatch.before_cursor_execute(c, cursor, sql, values, None, False)
        cursor.execute(sql, values)
        return cursor.fetchall()
    finally:
        cursor.close()


def _compiled(statement: Any, dialect: Any) -> tuple[str, dict[str, Any]] | None:
    kept = _COMPILED.get(id(statement))
    if kept is not None and kept[0] is statement:
        return kept[1]
    compiled = statement.compile(dialect=dialect)
    names = [column[1] for column in compiled._result_columns]
    plain = (
        not compiled._bind_processors
        and "POSTCOMPILE" not in compiled.string
        and len(set(names)) == len(names) and all(n.isidentifier() for n in names)
        and all(_unconverted(column.type, dialect) for column in statement.selected_columns)
    )
    sent = (compiled.string, dict(compiled.construct_params(_check=False))) if plain else None
    _COMPILED[id(statement)] = (statement, sent)
    return sent


def _unconverted(kind: Any, dialect: Any) -> bool:
    """Whether SQLAlchemy hands this column's values over as the driver gives them. A type
    whose conversion depends on the column's type as the server reports it (numbers) says so
    by failing without it: it goes through SQLAlchemy."""
    try:
        return kind._cached_result_processor(dialect, None) is None  # type: ignore[no-any-return]
    except (TypeError, ValueError, KeyError):
        return False
