"""A whole new search loaded at once into an empty database (the demo: up to 50,000
applications and half a million events).

A user's import goes through storage/transfer.py: rows merged one by one, each noted by the
read model's triggers and brought in before the commit. Here the database is empty and every
row is new, so the rows go in by table, a statement per batch (executemany), with the read
model's triggers off; the read model is then recomputed once from the records, the triggers
put back, all in the caller's transaction: a failure leaves the database as it was, triggers
included. What a user's writes do is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import DateTime, Table, delete, insert, select, text
from sqlalchemy.orm import Session

from bounceback.storage.tables import Base
from bounceback.storage.transfer import is_kept_apart, reset_sequences

#: Rows per statement: large enough that the per-statement cost vanishes, small enough that a
#: batch's parameters stay a few megabytes.
BATCH = 5000


def _rows(table: Table, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The rows as the table takes them: columns it does not have left out, a day given for a
    date and time read as its midnight (as an import of the same rows reads them)."""
    names = set(table.columns.keys())
    stamped = {c.name for c in table.columns if isinstance(c.type, DateTime)}
    out = []
    for row in rows:
        kept = {k: v for k, v in row.items() if k in names}
        for name in stamped & kept.keys():
            value = kept[name]
            if isinstance(value, date) and not isinstance(value, datetime):
                kept[name] = datetime.combine(value, time.min)
        out.append(kept)
    return out


def insert_rows(session: Session, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, int]:
    """Add the rows (ids as given) to an empty database, parents first; returns how many rows
    each table gained."""
    known = {t.name: t for t in Base.metadata.sorted_tables if not is_kept_apart(t)}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise ValueError(f"rows for tables this version does not have: {', '.join(unknown)}")
    added: dict[str, int] = {}
    for name, table in known.items():
        rows = tables.get(name, ())
        added[name] = len(rows)
        for start in range(0, len(rows), BATCH):
            session.execute(insert(table), _rows(table, rows[start:start + BATCH]))
    if session.get_bind().dialect.name == "postgresql":
        reset_sequences(session)
    return added


@contextmanager
def read_model_once(session: Session) -> Iterator[None]:
    """Within: writes are not noted for the read model (its triggers are off). At the end the
    triggers are back, every stamp moved (whatever was kept under one is stale) and the read
    model recomputed from the records, once, before the caller's transaction commits."""
    from bounceback.storage.readmodel import sync, triggers
    from bounceback.storage.readmodel import tables as rm

    # The transaction's first write: SQLite's driver opens the transaction before a write
    # (not before DDL), so the triggers dropped below come back if anything fails.
    session.execute(delete(rm.dirty))
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        raise RuntimeError("a bulk load runs inside a transaction")
    triggers.drop(connection)
    yield
    session.flush()
    triggers.install(connection)
    session.execute(delete(rm.meta).where(rm.meta.c.key.in_(triggers.stamp_keys())))
    sync.rebuild(session)  # which gives the stamps their first values
    if connection.dialect.name == "postgresql":
        analyze(session)


def analyze(session: Session) -> None:
    """PostgreSQL: the planner's statistics of the tables the load filled, taken now (inside the
    load's transaction: its own new rows are sampled, and the statistics commit with them). A
    store just filled otherwise has none until autovacuum comes by (a minute or more): its
    first pages were planned for empty tables (round 26: `/` at 5,000 read every check-in and
    every read-model row to find none, its statements 4.4 ms of PostgreSQL's time a view
    instead of 1.3). About a second at 5,000 applications (the events most of it)."""
    from bounceback.storage.readmodel.tables import DERIVED_TABLES

    loaded = [t for t in Base.metadata.sorted_tables if not is_kept_apart(t)]
    session.execute(text("ANALYZE " + ", ".join(t.name for t in (*loaded, *DERIVED_TABLES))))


def has_rows(session: Session) -> bool:
    """Whether any table a bulk load writes holds a row (a journal entry, a company left by
    deleted applications): the rows' ids would collide with it."""
    return any(session.execute(select(1).select_from(t).limit(1)).first() is not None
               for t in Base.metadata.sorted_tables if not is_kept_apart(t))
