"""Reading with SQLAlchemy Core inside an ORM session: the pages' per-request reads skip the
ORM's statement and entity work (rows come back as named tuples with the columns' names, so
the repositories' converters take them as they take ORM rows)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

S = TypeVar("S")


def connection(session: Session) -> Any:
    """The session's connection for a Core statement, after what the session holds is
    written (as the ORM's autoflush would before a query of its own): same transaction, same
    snapshot, nothing stale."""
    session.flush()
    return session.connection()


#: Every statement declared with `prebuilt`: the only ones `rows` may send through the driver
#: (tests/storage/test_rows_compiled_once.py compares each of them both ways).
PREBUILT: list[Any] = []
#: id(statement) -> (the statement, its SQL, parameters' defaults and the names a caller must
#: give; None: through SQLAlchemy)
_COMPILED: dict[int, tuple[Any, tuple[str, dict[str, Any], frozenset[str]] | None]] = {}
#: Listeners the driver path cannot serve as SQLAlchemy would: with any of them on the
#: connection, every statement goes through SQLAlchemy.
_UNSERVED = ("after_cursor_execute", "before_execute", "after_execute")


def prebuilt(statement: S) -> S:
    """Declare a SELECT built once (a module's constant) that `rows` may compile once and send
    through the driver on PostgreSQL. Returns the statement."""
    PREBUILT.append(statement)
    return statement


def rows(session: Session, statement: Any, params: dict[str, Any] | None = None) -> list[Any]:
    """The rows of `statement` on the session's connection: same transaction, same snapshot,
    rows with the columns' names as attributes.

    On PostgreSQL a statement declared with `prebuilt` is compiled once and sent through the
    driver. SQLAlchemy's work on every execution (the statement's cache key and the look-up of
    its compiled form, the result's metadata from the cursor's description, the row objects)
    cost more processor time than the driver's own: about 0.2 ms a statement, and an
    application's page sends seven. Everything the driver path cannot do exactly as SQLAlchemy
    would goes through SQLAlchemy instead: SQLite; a statement not declared; one whose values
    need converting on the way (a column or parameter type with a processor, a list expanded
    when it is sent) or whose compiled form cannot be read; parameters it does not name, or
    one it needs left out; a connection with execution options or with listeners other than
    `before_cursor_execute` (which hears these statements as it hears any other); a failure
    before the server ran it (nothing broken: it is sent again the plain way). An error from
    the server goes through SQLAlchemy's own handling (its `handle_error` listeners, its
    exception classes, a lost connection invalidated)."""
    c = connection(session)
    sent = _driver_form(c, statement, params)
    if sent is None:
        return c.execute(statement, params or {}).all()
    from psycopg.rows import namedtuple_row

    sql, defaults, _ = sent
    values: Any = {**defaults, **params} if params else defaults
    driver = c.connection.driver_connection
    cursor = driver.cursor(row_factory=namedtuple_row)
    try:
        for listener in c.dispatch.before_cursor_execute:  # as SQLAlchemy calls them
            sql, values = listener(c, cursor, sql, values, None, False)
        cursor.execute(sql, values)
        return cursor.fetchall()  # type: ignore[no-any-return]
    except Exception as exc:
        if _intact(driver):  # refused before the server ran it (a value the driver cannot
            return c.execute(statement, params or {}).all()  # send): the plain way instead
        c._handle_dbapi_exception(exc, sql, values, cursor, None)  # raises, as SQLAlchemy does
        raise  # not reached
    finally:
        cursor.close()


def _intact(driver: Any) -> bool:
    """Whether the driver's connection is as it was before a failed statement: open, and idle
    or in a transaction that has not failed."""
    from psycopg.pq import TransactionStatus

    return not driver.closed and driver.info.transaction_status in (
        TransactionStatus.IDLE, TransactionStatus.INTRANS)


def _driver_form(c: Any, statement: Any,
                 params: dict[str, Any] | None) -> tuple[str, dict[str, Any], frozenset[str]] | None:
    """The statement's SQL, defaults and required names when it may go through the driver on
    this connection with these parameters; None when it goes through SQLAlchemy."""
    if c.dialect.name != "postgresql" or c.get_execution_options():
        return None
    if any(getattr(c.dispatch, name) for name in _UNSERVED):
        return None
    sent = _compiled(statement, c.dialect)
    if sent is None:
        return None
    _, defaults, required = sent
    given = params.keys() if params else frozenset()
    if not given <= defaults.keys() or not required <= given:
        return None  # SQLAlchemy says what is wrong (or takes what it may)
    return sent


def _compiled(statement: Any,
              dialect: Any) -> tuple[str, dict[str, Any], frozenset[str]] | None:
    kept = _COMPILED.get(id(statement))
    if kept is not None and kept[0] is statement:
        return kept[1]
    try:
        sent = _compile(statement, dialect)
    except Exception:  # a statement (or a SQLAlchemy) this reading does not know: the plain way
        sent = None
    _COMPILED[id(statement)] = (statement, sent)
    return sent


def _compile(statement: Any,
             dialect: Any) -> tuple[str, dict[str, Any], frozenset[str]] | None:
    if not any(statement is declared for declared in PREBUILT):
        return None
    compiled = statement.compile(dialect=dialect)
    names = [column[1] for column in compiled._result_columns]
    plain = (
        compiled.positiontup is None and not compiled._bind_processors
        and "POSTCOMPILE" not in compiled.string
        and len(names) == len(statement.selected_columns)
        and len(set(names)) == len(names) and all(n.isidentifier() for n in names)
        and all(_unconverted(column.type, dialect) for column in statement.selected_columns)
    )
    if not plain:
        return None
    defaults = dict(compiled.construct_params(_check=False))
    required = frozenset(name for name, bind in compiled.binds.items() if bind.required)
    return compiled.string, defaults, required


def _unconverted(kind: Any, dialect: Any) -> bool:
    """Whether SQLAlchemy hands this column's values over as the driver gives them. A type
    whose conversion depends on the column's type as the server reports it (numbers) says so
    by failing without it: it goes through SQLAlchemy."""
    try:
        return kind._cached_result_processor(dialect, None) is None  # type: ignore[no-any-return]
    except (TypeError, ValueError, KeyError):
        return False
