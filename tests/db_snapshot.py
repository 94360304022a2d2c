"""Every row of every table, to prove that something changed nothing (importable as `db_snapshot`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, select

from bounceback.storage.tables import Base


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, in a stable order, as plain tuples."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found: dict[str, list[tuple[Any, ...]]] = {}
            for table in Base.metadata.sorted_tables:
                rows = conn.execute(select(table)).all()
                found[table.name] = sorted((tuple(r) for r in rows), key=repr)
            return found
    finally:
        engine.dispose()


def changes(before: dict[str, list[tuple[Any, ...]]],
            after: dict[str, list[tuple[Any, ...]]]) -> dict[str, str]:
    """Tables whose rows differ, with how many rows were added or removed."""
    out: dict[str, str] = {}
    for name in before.keys() | after.keys():
        old, new = before.get(name, []), after.get(name, [])
        if old != new:
            gone = [r for r in old if r not in new]
            came = [r for r in new if r not in old]
            out[name] = f"{len(came)} row(s) new or changed, {len(gone)} gone or changed"
    return out
