"""The whole database as one JSON document, and back: lossless, idempotent, all or nothing.

Every table on the metadata takes part, so a capability's new tables are exported without
extra code. Tables marked `info={"private": True}` (check-ins, journal) are left out unless the
user asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, func, insert, select, text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from bounceback.domain.dates import EARLIEST, latest_day
from bounceback.domain.errors import ImportFailed
from bounceback.storage.clock import now
from bounceback.storage.tables import Base

FORMAT = "bounceback-export"
VERSION = 1


def is_private(table: Table) -> bool:
    return bool(table.info.get("private"))


def is_identity(table: Table) -> bool:
    """The database's own id: never exported, imported or wiped."""
    return bool(table.info.get("identity"))


def is_derived(table: Table) -> bool:
    """A read-model table: recomputed from the others, never exported, imported or wiped here."""
    return bool(table.info.get("derived"))


def is_kept_apart(table: Table) -> bool:
    return is_identity(table) or is_derived(table)


def _tables(include_private: bool) -> list[Table]:
    return [t for t in Base.metadata.sorted_tables
            if (include_private or not is_private(t)) and not is_kept_apart(t)]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dump(session: Session, *, include_private: bool = False) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables(include_private):
        order = list(table.primary_key.columns)
        rows = session.execute(select(table).order_by(*order)).mappings()
        tables[table.name] = [{k: _encode(v) for k, v in row.items()} for row in rows]
    return {"format": FORMAT, "version": VERSION, "tables": tables}


def _decode(table: Table, row: dict[str, Any], where: str, last: date) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        column = table.columns.get(name)
        if column is None:
            continue  # a column from a newer or older version: ignored, never fatal
        if value is not None and isinstance(column.type, DateTime):
            try:
                value = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                raise ImportFailed(f"{where}: {name} {value!r} is not a date and time") from None
        elif value is not None and isinstance(column.type, Date):
            try:
                value = date.fromisoformat(value)
            except (TypeError, ValueError):
                raise ImportFailed(f"{where}: {name} {value!r} is not a date (YYYY-MM-DD)") from None
        if isinstance(value, date):  # the one date rule (domain.dates), for stored rows too
            day = value.date() if isinstance(value, datetime) else value
            if not EARLIEST <= day <= last:
                raise ImportFailed(f"{where}: {name} {day.isoformat()} is outside the dates "
                                   f"bounceback keeps ({EARLIEST.isoformat()} to {last.isoformat()})")
        out[name] = value
    return out


def check_document(document: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFailed("this JSON is not a bounceback export (its 'format' is missing)")
    if document.get("version") != VERSION:
        raise ImportFailed(f"export version {document.get('version')!r} is not supported")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFailed("the export has no 'tables' object")
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ImportFailed(f"table {name!r} in the export is not a list of rows")
    return tables


def _is_empty(session: Session) -> bool:
    for table in Base.metadata.sorted_tables:
        if table.name == "alembic_version" or is_kept_apart(table):
            continue
        if session.scalar(select(func.count()).select_from(table)):
            return False
    return True


BATCH_ROWS = 500


def load(
    session: Session, document: Any, *, include_private: bool = True,
    between_batches: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Add the document's rows; returns how many rows each table gained.

    Into an empty database ids are kept as they are (a restore). Otherwise rows are merged:
    a row whose uid, unique key or primary key already exists is matched, not duplicated, and
    references are rewritten to the ids rows get here. The caller's transaction makes it all
    or nothing, unless `between_batches` is given: it is called every BATCH_ROWS rows (to
    commit, so that a long import does not hold the database); loading again is idempotent,
    so an import cut short is finished by running it again.
    """
    try:
        return _load(session, document, include_private, between_batches or (lambda: None))
    except StatementError as exc:
        # Valid JSON that is not one of our exports: a row missing what the table needs, a
        # value of the wrong kind. (A locked or full database is not the document's fault.)
        if isinstance(exc, DBAPIError) and not isinstance(exc, IntegrityError | DataError):
            raise
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]
        kept = "nothing of it was imported" if between_batches is None else "the import stopped there"
        raise ImportFailed(f"the export does not fit this database ({detail}); {kept}") from None


def _load(session: Session, document: Any, include_private: bool,
          between_batches: Callable[[], None]) -> dict[str, int]:
    tables = check_document(document)
    known = {t.name for t in Base.metadata.sorted_tables if not is_derived(t)}
    unknown = sorted(set(tables) - known)
    if unknown:
        raise ImportFailed(f"the export has tables this version does not know: {', '.join(unknown)}")
    keep_ids = _is_empty(session)
    last = latest_day(now().date())
    id_maps: dict[str, dict[Any, Any]] = {}
    added: dict[str, int] = {}
    for table in _tables(include_private):
        rows = tables.get(table.name, [])
        decoded = [_decode(table, r, f"{table.name} row {i + 1}", last) for i, r in enumerate(rows)]
        added[table.name] = 0
        for start in range(0, len(decoded), BATCH_ROWS):
            batch = decoded[start:start + BATCH_ROWS]
            if keep_ids:
                session.execute(insert(table), batch)
                added[table.name] += len(batch)
            else:
                added[table.name] += _merge_rows(session, table, batch, id_maps)
            session.flush()
            between_batches()
    session.flush()
    if keep_ids and session.get_bind().dialect.name == "postgresql":
        reset_sequences(session)
    return added


def _natural_keys(table: Table) -> list[tuple[list[str], bool]]:
    """Column sets that identify a row, each with whether NULLs take part in the match."""
    keys: list[list[str]] = []
    if "uid" in table.columns:
        keys.append(["uid"])
    for constraint in table.constraints:
        cols = [c.name for c in getattr(constraint, "columns", [])]
        if constraint.__class__.__name__ == "UniqueConstraint" and cols:
            keys.append(cols)
    for column in table.columns:
        if column.unique and [column.name] not in keys:
            keys.append([column.name])
    pk = [c.name for c in table.primary_key.columns]
    if not _has_serial_id(table):
        keys.append(pk)
    found = [(cols, False) for cols in keys]
    if not found:
        # No identity of its own: a row with the same content is the same row. JSON columns
        # are left out (PostgreSQL's json type has no equality).
        content = [c.name for c in table.columns if c.name != "id" and not isinstance(c.type, JSON)]
        found.append((content, True))
    return found


def _has_serial_id(table: Table) -> bool:
    pk = list(table.primary_key.columns)
    return len(pk) == 1 and pk[0].name == "id" and pk[0].type.python_type is int


def _merge_rows(
    session: Session, table: Table, rows: list[dict[str, Any]], id_maps: dict[str, dict[Any, Any]]
) -> int:
    serial = _has_serial_id(table)
    my_map = id_maps.setdefault(table.name, {})
    keys = _natural_keys(table)
    added = 0
    for row in rows:
        row = dict(row)
        for fk in table.foreign_keys:
            name = fk.parent.name
            target = fk.column.table.name
            if row.get(name) is not None and target in id_maps:
                row[name] = id_maps[target].get(row[name], row[name])
        old_id = row.get("id")
        existing = _find_existing(session, table, row, keys)
        if existing is not None:
            if serial:
                my_map[old_id] = existing
            continue
        if serial:
            row.pop("id", None)
        result = session.execute(insert(table).values(**row))
        if serial:
            my_map[old_id] = result.inserted_primary_key[0]  # type: ignore[attr-defined]
        added += 1
    return added


def _find_existing(
    session: Session, table: Table, row: dict[str, Any], keys: list[tuple[list[str], bool]]
) -> Any:
    for cols, nulls_match in keys:
        if not nulls_match and any(row.get(c) is None for c in cols):
            continue
        condition = [
            table.columns[c].is_(None) if row.get(c) is None else table.columns[c] == row[c]
            for c in cols
        ]
        found = session.execute(select(*table.primary_key.columns).where(*condition)).first()
        if found is not None:
            return found[0]
    return None


def reset_sequences(session: Session) -> None:
    for table in Base.metadata.sorted_tables:
        if _has_serial_id(table):
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )


def wipe(session: Session, *, private_only: bool = False) -> None:
    """Delete rows of every table (or only the private ones), children first."""
    for table in reversed(Base.metadata.sorted_tables):
        if (private_only and not is_private(table)) or is_kept_apart(table):
            continue
        session.execute(table.delete())
