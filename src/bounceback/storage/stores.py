"""Where each account's data lives on a multi-user server, and the walls around it.

Every row belongs to one user through the store it is written in: "main" is the database as
it always was (the owner's, so an existing single-user database needs no change), and each
other account has its own store, named when the account is made:

- SQLite: a file of its own beside the main one (`bounceback-stores/u7.db`);
- PostgreSQL: a schema of its own (`bb_u7`) in the same database.

A `Database` opened for a store only ever sees that store: on SQLite its file, on PostgreSQL
each connection it checks out of the process's one pool for every store is selected for it
(search_path, and the store's name in the `bounceback.store` setting, which PostgreSQL's
row-level security checks on every table of every store) and reset to no store when it is
given back (storage/connect.py `store_engine`). A query that names another store's table outright still gets no rows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import InvalidValue

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

MAIN = "main"
ACCOUNTS = "accounts"
#: The PostgreSQL setting that names the store a connection belongs to.
STORE_SETTING = "bounceback.store"
ACCOUNTS_SCHEMA = "bb_accounts"
POLICY = "bounceback_store_only"
_KEY = re.compile(r"[a-z][a-z0-9_]{0,40}\Z")


def check_key(store: str) -> str:
    if not _KEY.match(store):
        raise InvalidValue(f"store name {store!r} is not valid (lower-case letters and digits)")
    return store


def pg_schema(store: str) -> str | None:
    """The schema of a store on PostgreSQL; None for the main store (the default schema)."""
    if store == MAIN:
        return None
    if store == ACCOUNTS:
        return ACCOUNTS_SCHEMA
    return f"bb_{check_key(store)}"


def sqlite_file(main: Path, store: str) -> Path:
    """The SQLite file of a store, beside the main database file."""
    if store == MAIN:
        return main
    if store == ACCOUNTS:
        return main.with_name(f"{main.stem}-accounts{main.suffix or '.db'}")
    return main.with_name(f"{main.stem}-stores") / f"{check_key(store)}.db"


def store_url(url: str, store: str) -> str:
    """The URL to open a store with: on SQLite its own file, on PostgreSQL the same database
    (the store is chosen on each connection)."""
    if store == MAIN or not url.startswith("sqlite"):
        return url
    from bounceback.storage.readmodel.reader import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise InvalidValue("accounts need a database file (sqlite:///PATH) or PostgreSQL")
    return f"sqlite:///{sqlite_file(path, store)}"


#: psycopg prepares a statement on the server once it has run this many times on a connection
#: (its default is five: the sixth run is the first prepared). On a shared server each person's
#: store has connections of its own, and a person opens each page only a few times a session:
#: with five, most of a page's statements were parsed, rewritten for row-level security and
#: planned again at every view. One: the second run of a statement is prepared (a statement run
#: once, such as a list of ids of a new length, is not).
PREPARE_AFTER = 1


def pin_connection(dbapi_connection: Any, store: str) -> None:
    """Run on every new PostgreSQL connection of a store's engine: its schema first in the
    search path (nothing else: an unqualified name never reaches another store) and the
    store's name in the setting row-level security checks; statements prepared from their
    second run (PREPARE_AFTER)."""
    dbapi_connection.prepare_threshold = PREPARE_AFTER
    schema = pg_schema(store)
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    cursor = dbapi_connection.cursor()
    try:  # both settings in one round trip
        if schema is not None:
            cursor.execute("SELECT set_config('search_path', %s, false), set_config(%s, %s, false)",
                           (f'"{schema}"', STORE_SETTING, store))
        else:
            cursor.execute("SELECT set_config(%s, %s, false)", (STORE_SETTING, store))
    finally:
        cursor.close()
        dbapi_connection.autocommit = autocommit


def unpin_connection(dbapi_connection: Any) -> None:
    """A connection given back to the stores' shared pool (storage/connect.py `store_engine`)
    belongs to no store until its next checkout selects one: an empty search path (an
    unqualified name names no table at all, not even the main store's) and no store in the
    setting row-level security checks (every walled row hidden)."""
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT set_config('search_path', '', false), set_config(%s, '', false)",
                       (STORE_SETTING,))
    finally:
        cursor.close()
        dbapi_connection.autocommit = autocommit


def create_schema(connection: Connection, store: str) -> None:
    schema = pg_schema(store)
    if schema is not None:
        from sqlalchemy import text

        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))


def multi_user(connection: Connection) -> bool:
    """Whether this PostgreSQL database has accounts (then every store is walled)."""
    from sqlalchemy import text

    found = connection.execute(text("SELECT to_regclass(:name)"),
                               {"name": f"{ACCOUNTS_SCHEMA}.users"}).scalar()
    return found is not None


#: The policy's rule, as PostgreSQL runs it: the store setting read once per statement (an
#: uncorrelated sub-select is an InitPlan, its value a parameter), compared with the store's name
#: on each row. Until migration 0027 (and a0003 of the accounts) the setting was read on every
#: row the statement scanned (`current_setting(...) = 'u7'` in each scan's filter).
RULE_ONCE = "(SELECT current_setting('" + STORE_SETTING + "', true)) = '{literal}'"
RULE_PER_ROW = "current_setting('" + STORE_SETTING + "', true) = '{literal}'"
_RULE_STORE = re.compile(r"=\s*'((?:[^']|'')*)'::text\)*\s*$")


def policy_rule(store: str, template: str = RULE_ONCE) -> str:
    return template.format(literal=store.replace("'", "''"))


def restate_policies(connection: Connection, template: str) -> int:
    """Every store policy of the connection's schema given `template`'s rule, for the store its
    rule names now (a migration's step: the store's schema is first in the search path). Returns
    how many were restated; none on SQLite, or where no wall is up yet (a store being made:
    `protect` walls it afterwards)."""
    from sqlalchemy import text

    if connection.dialect.name != "postgresql":
        return 0
    found = connection.execute(text(
        "SELECT c.relname, pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p "
        "JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND p.polname = :policy ORDER BY c.relname"
    ), {"policy": POLICY}).all()
    script = []
    for table, expression in found:
        named = _RULE_STORE.search(expression)
        if named is None:
            raise InvalidValue(f"the policy on {table} is not the store's rule: {expression}")
        rule = policy_rule(named.group(1).replace("''", "'"), template)
        script.append(f'ALTER POLICY {POLICY} ON "{table}" USING ({rule}) WITH CHECK ({rule})')
    for statement in script:
        connection.exec_driver_sql(statement)
    return len(script)


def protect(connection: Connection, store: str) -> int:
    """Row-level security on every table of the store's schema: rows are seen and written
    only by connections that belong to this store. Forced, so the owner of the tables (the
    app's own role) is held to it too. Returns how many tables were newly protected."""
    from sqlalchemy import text

    schema = pg_schema(store) or connection.execute(text("SELECT current_schema()")).scalar()
    tables = connection.execute(text(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') AND NOT EXISTS ("
        " SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = :policy)"
    ), {"schema": schema, "policy": POLICY}).scalars().all()
    rule = policy_rule(store)
    script = []
    for table in tables:
        name = f'"{schema}"."{table}"'
        script += [f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
                   f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY",
                   f"CREATE POLICY {POLICY} ON {name} USING ({rule}) WITH CHECK ({rule})"]
    if script:  # one batch: a store's fifty tables in one round trip, not a hundred and fifty
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor:
            cursor.execute(";\n".join(script), prepare=False)
    return len(tables)


def drop_store(connection: Connection, store: str) -> None:
    """A store's schema and everything in it (an account's data deleted)."""
    from sqlalchemy import text

    schema = pg_schema(store)
    if schema is None or store == ACCOUNTS:
        raise InvalidValue("the main store and the accounts are not deleted this way")
    connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
