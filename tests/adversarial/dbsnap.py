"""Every row of every table, to show that a refused command stored nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine(url)
    with engine.connect() as c:
        names = [r[0] for r in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table'" if url.startswith("sqlite")
            else "SELECT tablename FROM pg_tables WHERE schemaname='public'"))]
        rows = {n: sorted(map(tuple, c.execute(text(f'SELECT * FROM "{n}"'))), key=repr)
                for n in names}
    engine.dispose()
    return rows
