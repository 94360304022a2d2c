"""A new account's store on PostgreSQL made in one go, not migration by migration.

The first store a process makes is made the ordinary way (every migration, then the read model
set up), and every statement that changed something is recorded. The names in them are not
qualified (a store's connections find their schema through the search path), so the record
makes any later store: it is replayed as a few batched statements in one transaction, a
round trip or two instead of hundreds. Reads the migrations made are not replayed: on an empty
store they find what they found the first time.

What is the store's own is not copied: its identity (the calendar's UIDs are made from it) and
the read model's stamps (readmodel/triggers.py STAMPS: what a process keeps is kept under them)
are drawn again for each store, and its row-level security is set by the caller, for its name.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

#: (statement, parameters or None) in order; None until this process has made a store.
_SCRIPT: list[tuple[str, dict[str, Any] | None]] | None = None
_LOCK = threading.Lock()
_CHANGES = ("CREATE", "ALTER", "DROP", "COMMENT", "INSERT", "UPDATE", "DELETE")
#: A store's own identity, drawn for each store (migration 0011's).
IDENTITY = "INSERT INTO database_identity"


def is_new(connection: Connection) -> bool:
    """Whether the store this connection is pinned to has nothing in it yet."""
    from sqlalchemy import text

    return connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None


class Recording:
    """Every changing statement one thread ran through an engine, once it succeeded; `usable`
    turns False on one that could not be replayed as it ran (a batch of rows, a literal %
    sign), or when part of the work was rolled back to a savepoint (what it undid is in the
    record)."""

    def __init__(self) -> None:
        self.script: list[tuple[str, dict[str, Any] | None]] = []
        self.usable = True
        self.thread = threading.get_ident()

    def note(self, _conn: Any, _cursor: Any, statement: str, params: Any, _context: Any,
             many: bool) -> None:
        if threading.get_ident() != self.thread \
                or not statement.lstrip().upper().startswith(_CHANGES):
            return
        if many or (params and not isinstance(params, dict)) or (not params and "%" in statement):
            self.usable = False
        self.script.append((statement, dict(params) if params else None))


    def undone(self, *_args: Any) -> None:
        if threading.get_ident() == self.thread:
            self.usable = False


@contextmanager
def recording(engine: Engine) -> Iterator[Recording]:
    from sqlalchemy import event

    found = Recording()
    event.listen(engine, "after_cursor_execute", found.note)
    event.listen(engine, "rollback_savepoint", found.undone)
    try:
        yield found
    finally:
        event.remove(engine, "after_cursor_execute", found.note)
        event.remove(engine, "rollback_savepoint", found.undone)


def keep(script: list[tuple[str, dict[str, Any] | None]]) -> None:
    global _SCRIPT
    with _LOCK:
        _SCRIPT = list(script)


def kept() -> list[tuple[str, dict[str, Any] | None]] | None:
    return _SCRIPT


def replay(connection: Connection, script: list[tuple[str, dict[str, Any] | None]]) -> int:
    """The recorded statements, on a new store's connection, inside its transaction: runs of
    statements without parameters go as one batch each. Returns how many batches were sent."""
    driver = connection.connection.driver_connection
    assert driver is not None
    batches = 0
    pending: list[str] = []

    def send(statement: str, params: dict[str, Any] | None = None) -> None:
        nonlocal batches
        with driver.cursor() as cursor:
            cursor.execute(statement, params, prepare=False)
        batches += 1

    for statement, params in script:
        if params is None:
            pending.append(statement.rstrip().rstrip(";"))
            continue
        if pending:
            send(";\n".join(pending))
            pending = []
        if statement.lstrip().startswith(IDENTITY):
            params = {key: uuid.uuid4().hex for key in params}
        send(statement, params)
    pending.append(_fresh_stamps())
    send(";\n".join(pending))
    return batches


def _fresh_stamps() -> str:
    """Each stamp given a value of this store's own: the recorded script carries the values
    the first store drew, and two stores must never start under the same stamp."""
    from bounceback.storage.readmodel.triggers import stamp_keys

    keys = ", ".join(f"'{key}'" for key in stamp_keys())
    return ("UPDATE rm_meta SET value = md5(key || random()::text || clock_timestamp()::text) "
            f"WHERE key IN ({keys})")


def forget() -> None:
    """This process's script dropped: the next store is made the ordinary way (tests)."""
    global _SCRIPT
    with _LOCK:
        _SCRIPT = None
