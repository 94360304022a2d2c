"""Which stores of a shared PostgreSQL database are already at this version's schema, found
on one connection: `bounceback db upgrade` then opens only the others.

Opening a store the ordinary way (its own engine, a new connection pinned to it, the version
and read-model checks, the row-level security check) cost about 0.1 s a store on a busy
machine, so an upgrade with nothing to do took half a minute for 300 stores. Here the catalog
says in one statement which stores have their tables and which tables lack the store wall;
then each store's migration record and read-model stamp are read on the same connection (two
small statements a store), the connection first claiming that store (row-level security lets a
connection read a store's rows only while it belongs to it, for the tables' owner too).

A store is "current" only when all of these hold: its schema and its version table are there,
its revisions are this version's heads, its read model's stamp is this version's, and every
table carries the wall. Anything else (a store never made, one a version behind, one whose
check fails) is left to the ordinary path, which does the work or says what is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bounceback.storage.stores import POLICY, STORE_SETTING, pg_schema

#: Per schema: whether its version table and read-model table are there, and how many of its
#: tables lack the store wall (read from the catalog, which row-level security does not hold),
#: in one pass over the catalog (a look per schema read the whole pg_class each time).
_CATALOG = f"""
SELECT n.nspname,
       bool_or(c.relname = 'alembic_version') AND bool_or(c.relname = 'rm_meta'),
       count(*) FILTER (WHERE p.oid IS NULL)
FROM pg_namespace n
JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
LEFT JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = '{POLICY}'
WHERE n.nspname = ANY(%s)
GROUP BY n.nspname
"""


def current_stores(url: str, wanted: Iterable[str]) -> set[str]:
    """Of `wanted` (stores other than the main one), those already at this version's schema,
    checked on one connection of its own (its store setting changes; closed after)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from bounceback.storage import readmodel
    from bounceback.storage.heads import known_heads

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            return _current(c.connection.driver_connection, wanted, known_heads(),
                            readmodel.VERSION)
    finally:
        engine.dispose()


def _current(driver: Any, wanted: Iterable[str], heads: frozenset[str],
             version: str) -> set[str]:
    schemas = {pg_schema(store): store for store in wanted}
    found: set[str] = set()
    with driver.cursor() as cursor:
        cursor.execute(_CATALOG, (list(schemas),))
        ready = [schemas[name] for name, tables, unwalled in cursor.fetchall()
                 if tables and unwalled == 0]
        for store in ready:
            schema = pg_schema(store)
            # The store claimed (session-wide: this connection is closed after), then read.
            cursor.execute(f"SELECT set_config('{STORE_SETTING}', %s, false)", (store,))
            cursor.execute(
                f'SELECT (SELECT array_agg(version_num::text) FROM "{schema}".alembic_version),'
                f""" (SELECT value FROM "{schema}".rm_meta WHERE key = 'version')""")
            revisions, stamp = cursor.fetchone()
            if set(revisions or ()) == set(heads) and stamp == version:
                found.add(store)
    return found
