"""Text search over applications (the board's search box, `list --text`), through an index.

Each application's role, company, notes and location are kept folded (lower case, accents off:
"Société Générale" is "societe generale") in `rm_applications.search`, by the read model, in
the write's own transaction. The search text is folded the same way, then found as a plain
substring (no wildcards: `%` and `_` are themselves), through an index:

- SQLite: `rm_search`, an FTS5 table with the trigram tokenizer over that column (kept by
  triggers on `rm_applications`): any text of three characters or more is found by index;
  one or two characters scan the folded column. Its rowid is the application's `recency`
  (its day applied, then its id, as one integer: `recency`), so the FTS index hands out the
  matches newest first and a search that wants the newest few stops there (the board's:
  `board_queries.newest_matching`) instead of reading every match (migration 0024);
- PostgreSQL: a GIN index with pg_trgm's operator class on the column, when the extension
  can be installed (Debian's postgresql package ships it; installing it is allowed to the
  database's owner); without it the same query scans the column.

The index objects are not SQLAlchemy models: `include_name` keeps the schema comparison to what
the models say. The migration that adds the column (0018) creates them; `install_triggers`
puts SQLite's back after each migration run (a table rebuilt in batch mode loses them).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from bounceback.storage.readmodel.reader import Reader

FTS_TABLE = "rm_search"
PG_INDEX = "ix_rm_applications_search"
SEPARATOR = "\x1f"  # between the fields: a search never matches across two of them
SHORTEST = 3  # trigrams: shorter texts are not in the index
#: The FTS table's rowid: `recency` from migration 0024 on (0018 made it the application's id).
ROWID = "recency"


def recency(day: date | None, application_id: int) -> int:
    """One integer in the board's order (day applied, then id; no day sorts as the oldest):
    larger is newer. The search index's rowid, and the ordered index PostgreSQL walks."""
    return ((day.toordinal() if day is not None else 0) << 32) | application_id


def fold(text: str) -> str:
    """Lower case (Unicode case folding), accents and other combining marks off, compatibility
    forms made plain ("ﬁ" is "fi")."""
    if text.isascii():
        return text.lower().replace(SEPARATOR, " ")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(SEPARATOR, " ")


def search_text(*fields: str | None) -> str:
    """What is kept for one application: its fields folded, apart."""
    return SEPARATOR.join(fold(f) for f in fields if f)


_CONTROLS = dict.fromkeys(range(32))


def needle_of(text: str) -> str:
    """What a search looks for: the text folded, without control characters (a NUL pasted into
    the search box): neither SQLite's FTS5 nor PostgreSQL takes a NUL in a query, and a search
    is one line."""
    return fold(text.translate(_CONTROLS))


def matching(r: Reader, text: str) -> tuple[str, dict[str, Any]]:
    """A condition on `a.id` (the applications table) for applications whose fields hold
    `text`, and its parameters."""
    needle = needle_of(text)
    if r.is_sqlite:
        if len(needle) >= SHORTEST and has_fts(r):
            return (f"a.id IN (SELECT m.application_id FROM {FTS_TABLE} JOIN rm_applications m "
                    f"ON m.recency = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH :match)",
                    {"match": fts_phrase(needle)})
        return ("a.id IN (SELECT application_id FROM rm_applications "
                "WHERE instr(search, :needle) > 0)", {"needle": needle})
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return ("a.id IN (SELECT application_id FROM rm_applications WHERE search LIKE :like)",
            {"like": f"%{escaped}%"})


def fts_phrase(needle: str) -> str:
    """A folded text as one FTS5 phrase (its own quotes doubled)."""
    return '"' + needle.replace('"', '""') + '"'


def has_fts(r: Reader) -> bool:
    return r.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name",
                    name=FTS_TABLE) == 1


# ---- the index -----------------------------------------------------------------------------


def fts_available(connection: Connection) -> bool:
    """SQLite built with FTS5, new enough for its trigram tokenizer (3.34)."""
    from sqlalchemy import text

    version = connection.execute(text("SELECT sqlite_version()")).scalar() or "0"
    major, minor = (int(x) for x in str(version).split(".")[:2])
    fts5 = connection.execute(text("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).scalar()
    return bool(fts5) and (major, minor) >= (3, 34)


def create_index(connection: Connection, rowid: str = ROWID) -> bool:
    """The search index over the kept column, filled from it; False when this database
    cannot have one (the search then scans the column: slower, the same answers). `rowid`:
    the column of `rm_applications` that SQLite's FTS table is keyed by (migration 0018 made
    it with `application_id`, as it was then)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    if connection.dialect.name == "sqlite":
        if not fts_available(connection):
            return False
        connection.execute(text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(search, "
            f"content='rm_applications', content_rowid='{rowid}', tokenize='trigram')"))
        install_triggers(connection)
        connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
        return True
    try:
        with connection.begin_nested():
            schema = connection.execute(text(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")).scalar()
            if schema is None:
                connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
                schema = "public"
            connection.execute(text(
                f'CREATE INDEX IF NOT EXISTS {PG_INDEX} ON rm_applications '
                f'USING gin (search "{schema}".gin_trgm_ops)'))
    except DBAPIError:
        return False  # not installed, or not allowed to this user: the search scans
    return True


def drop_index(connection: Connection) -> None:
    from sqlalchemy import text

    if connection.dialect.name == "sqlite":
        for name in ("rm_search_insert", "rm_search_delete", "rm_search_update"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    else:
        connection.execute(text(f"DROP INDEX IF EXISTS {PG_INDEX}"))


def install_triggers(connection: Connection) -> None:
    """SQLite: the FTS table follows every change of the kept column (whatever makes it)."""
    from sqlalchemy import text

    if connection.dialect.name != "sqlite":
        return
    exists = connection.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE}).scalar()
    if not exists:
        return
    made = str(connection.execute(text(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE}).scalar() or "")
    key = ROWID if f"content_rowid='{ROWID}'" in made else "application_id"
    remove = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search) "
              f"VALUES ('delete', old.{key}, old.search);")
    add = f"INSERT INTO {FTS_TABLE}(rowid, search) VALUES (new.{key}, new.search);"
    for name, when, body in (
        ("rm_search_insert", "AFTER INSERT ON rm_applications FOR EACH ROW", add),
        ("rm_search_delete", "AFTER DELETE ON rm_applications FOR EACH ROW", remove),
        ("rm_search_update", f"AFTER UPDATE OF search, {key} ON rm_applications FOR EACH ROW "
                             f"WHEN old.search IS NOT new.search OR old.{key} IS NOT new.{key}",
         remove + " " + add),
    ):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        connection.execute(text(f"CREATE TRIGGER {name} {when} BEGIN {body} END"))


def index_agrees(connection: Connection) -> bool:
    """SQLite: whether the FTS table holds exactly the kept column (FTS5's own check)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    if connection.dialect.name != "sqlite" or not connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": FTS_TABLE}).scalar():
        return True
    try:
        with connection.begin_nested():
            connection.execute(text(
                f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"))
    except DBAPIError:
        return False
    return True


def include_name(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's `include_name`: the search index's objects are not models, so schema
    comparisons leave them out (FTS5's table and its shadow tables, the GIN index), nor is
    the index on recovery windows' ends (an expression per engine: window_ends.py)."""
    from bounceback.storage.readmodel.window_ends import INDEX as WINDOW_ENDS

    return not (name and (name in (PG_INDEX, FTS_TABLE, WINDOW_ENDS)
                          or name.startswith(FTS_TABLE + "_")))
