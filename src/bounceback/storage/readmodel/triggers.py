"""Triggers that note every change to what the read model derives from, whatever code made it
(ORM, bulk statements, cascades). Installed after each migration run: SQLite's table rebuilds
(ALTER in batch mode) drop a table's triggers, so they are put back every time.

Only what the read model derives from is noted (migration 0029): an event of a kind it does not
read (a note, an email filed, an edit: see `pipeline.state.KINDS`) and an update that changes
only columns it does not read (`QUIET`) note nothing, so such a write neither recomputes nor
rewrites a read-model row (tests/storage/test_read_model_kinds.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bounceback.pipeline.state import KINDS

# table -> (dirty kind, the SQL of the reference on a row called ROW, per dialect)
SOURCES: dict[str, tuple[str, str, str]] = {
    "applications": ("app", "CAST(ROW.id AS TEXT)", "ROW.id::text"),
    "events": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "application_tags": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "ghost_snoozes": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "rejections": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "companies": ("company", "CAST(ROW.id AS TEXT)", "ROW.id::text"),
    "check_ins": ("day", "substr(ROW.recorded_at, 1, 10)", "to_char(ROW.recorded_at, 'YYYY-MM-DD')"),
    "interviews": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "feedback": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    # Rows that name their application through a parent: the parent may be gone already in a
    # cascade (its own trigger noted the application then), so a missing one notes nothing.
    "interview_questions": (
        "app",
        "(SELECT CAST(application_id AS TEXT) FROM interviews WHERE id = ROW.interview_id)",
        "(SELECT application_id::text FROM interviews WHERE id = ROW.interview_id)",
    ),
    "postings": ("app", "CAST(ROW.application_id AS TEXT)", "ROW.application_id::text"),
    "posting_skills": (
        "app",
        "(SELECT CAST(application_id AS TEXT) FROM postings WHERE id = ROW.posting_id)",
        "(SELECT application_id::text FROM postings WHERE id = ROW.posting_id)",
    ),
    "rejection_reasons": (
        "app",
        "(SELECT CAST(application_id AS TEXT) FROM rejections WHERE id = ROW.rejection_id)",
        "(SELECT application_id::text FROM rejections WHERE id = ROW.rejection_id)",
    ),
}


#: Columns whose change alone changes nothing the read model derives: an UPDATE that changes
#: only these is not noted (each is proven quiet in tests/storage/test_read_model_kinds.py). A
#: column not named here, a new one included, is watched.
QUIET: dict[str, frozenset[str]] = {
    "applications": frozenset({"uid", "remote", "salary_min", "salary_max", "salary_currency",
                               "source_detail", "url", "description", "created_at",
                               "updated_at"}),
    "events": frozenset({"uid", "origin", "summary"}),
}
#: Tables whose rows count only when a column has a value the read model reads: (column, values).
ONLY: dict[str, tuple[str, tuple[str, ...]]] = {
    "events": ("kind", tuple(sorted(k.value for k in KINDS))),
}


def _watched(connection: Connection, table: str) -> list[str]:
    """The columns of `table` (as the database has them now) whose change is noted."""
    quiet = QUIET.get(table, frozenset())
    return sorted(c["name"] for c in inspect(connection).get_columns(table)
                  if c["name"] not in quiet)


def _counts(table: str, row: str, every: bool = False) -> str:
    """The condition (SQL, both engines) that `row`'s values count for the read model."""
    if every or table not in ONLY:
        return "1 = 1"
    column, values = ONLY[table]
    return f'{row}."{column}" IN ({", ".join(repr(v) for v in values)})'


def _changed(connection: Connection, table: str, every: bool = False) -> str:
    """The condition that an UPDATE changed a watched column (true for a table none is quiet)."""
    if every or table not in QUIET:
        return "1 = 1"
    columns = _watched(connection, table)
    if connection.dialect.name == "postgresql":  # as text: json has no equality
        return " OR ".join(f'NEW."{c}"::text IS DISTINCT FROM OLD."{c}"::text' for c in columns)
    return " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in columns)


#: A change of an application's last activity alone (a note, an email filed) is noted as kind
#: "activity": only its silence clock and its share of the waiting groups can move
#: (sync.update_activity), not its learning, skills or by-day shares.
ACTIVITY = ("applications", "last_activity")


def _kind_of_update(connection: Connection, table: str, kind: str, every: bool) -> str:
    """The SQL of the kind an UPDATE notes: "activity" when only the last activity moved."""
    if every or table != ACTIVITY[0]:
        return f"'{kind}'"
    others = [c for c in _watched(connection, table) if c != ACTIVITY[1]]
    if connection.dialect.name == "postgresql":
        moved = " OR ".join(f'NEW."{c}"::text IS DISTINCT FROM OLD."{c}"::text' for c in others)
    else:
        moved = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in others)
    return f"CASE WHEN {moved} THEN '{kind}' ELSE 'activity' END"


# Stamps: a table whose every change gives a key of rm_meta a new random value, in the same
# transaction. What is worked out from many rows and kept by a process (the reasons model
# trained on the labels; an application's skill gaps, from its posting, the resumes, the
# profile and the vocabulary) is kept under the stamp it was worked out at: a request reads the
# stamp (one row) and reuses what it kept when the stamp is unchanged, whoever wrote since.
STAMPS: dict[str, str] = {
    "reason_labels": "labels",
    "postings": "skills",
    "posting_skills": "skills",
    "resumes": "skills",
    "resume_skills": "skills",
    "application_resumes": "skills",
    "profile_skills": "skills",
    "vocabulary_entries": "skills",
    "vocabulary_imports": "skills",
}


#: The store's own stamp: every write of any of its tables moves it (the read model's own
#: tables and the bookkeeping aside), in the write's transaction. What is worked out from a whole
#: store by someone else's request (a coach's card of a seeker: services/sharing.py) is kept
#: under it, in each process, and used only while the store still has that stamp.
STORE = "store"
_UNSTAMPED = frozenset({"alembic_version", "database_identity"})


def stamp_keys() -> list[str]:
    """Every stamp's key in rm_meta (STAMPS's and the store's own)."""
    return sorted({*STAMPS.values(), STORE})


def store_tables(connection: Connection) -> list[str]:
    """The tables whose every write moves the store's stamp: all the store has (a table a new
    version adds included), but the read model's (rm_...) and the bookkeeping."""
    return sorted(t for t in inspect(connection).get_table_names()
                  if not t.startswith(("rm_", "sqlite_")) and t not in _UNSTAMPED)


_OPS = ("INSERT", "UPDATE", "DELETE")


def _note_name(table: str, op: str | None = None) -> str:
    """The trigger that notes a table's changed rows: one per operation on SQLite, one for all
    on PostgreSQL (op None). `install` and `drop` both name triggers through here."""
    return f"rm_{table}_{op.lower()}" if op else f"rm_{table}_changed"


def _stamp_name(table: str, op: str | None = None) -> str:
    """The trigger that moves a table's stamp (as _note_name)."""
    return f"rm_stamp_{table}_{op.lower()}" if op else f"rm_stamp_{table}"


def _store_name(table: str, op: str | None = None) -> str:
    """The trigger that moves the store's stamp (as _note_name)."""
    return f"rm_store_{table}_{op.lower()}" if op else f"rm_store_{table}"


def _stamped(connection: Connection) -> list[tuple[str, str, str]]:
    """(table, stamp key, trigger name without the operation) of every stamp trigger."""
    return ([(table, key, _stamp_name(table)) for table, key in STAMPS.items()]
            + [(table, STORE, _store_name(table)) for table in store_tables(connection)])


def _sqlite_stamps(connection: Connection) -> None:
    # DELETE then INSERT, not INSERT OR REPLACE: inside another statement's cascade SQLite
    # would apply that statement's conflict rule (OR IGNORE would keep the old stamp).
    for table, key, trigger in _stamped(connection):
        body = (f"DELETE FROM rm_meta WHERE key = '{key}'; INSERT INTO rm_meta (key, value) "
                f"VALUES ('{key}', lower(hex(randomblob(12))));")
        for op in _OPS:
            name = f"{trigger}_{op.lower()}"
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            connection.execute(text(
                f"CREATE TRIGGER {name} AFTER {op} ON {table} FOR EACH ROW BEGIN {body} END"))


def _postgresql_stamps(connection: Connection) -> None:
    # Every stamp function moves the store's stamp FIRST, then its own: two writers of one store
    # then take rm_meta's rows in one order (the store's, then a table's) and cannot deadlock, as
    # they did when a table with its own stamp had two triggers, fired by name (rm_stamp_*
    # before rm_store_*), against a transaction that had written another table first (a review
    # of round 22). A table with a stamp of its own therefore has no separate store trigger.
    for key in stamp_keys():
        moves = [STORE] if key == STORE else [STORE, key]
        upserts = "\n".join(
            f"INSERT INTO rm_meta (key, value) VALUES ('{k}', "
            "md5(random()::text || clock_timestamp()::text)) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value;" for k in moves)
        connection.execute(text(f"""
            CREATE OR REPLACE FUNCTION rm_stamp_{key}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              {upserts}
              RETURN NULL;
            END $$"""))
    own = set(STAMPS)
    for table, key, name in _stamped(connection):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        if key == STORE and table in own:
            continue  # its own stamp's function moves the store's too
        connection.execute(text(
            f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION rm_stamp_{key}()"))


def _sqlite(connection: Connection, every: bool) -> None:
    for table, (kind, ref, _) in SOURCES.items():
        for op, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            # Not INSERT OR IGNORE: inside a cascade (a deleted application setting its
            # check-ins' rejection to NULL) SQLite applies the outer statement's conflict rule.
            noted = (_kind_of_update(connection, table, kind, every) if op == "UPDATE"
                     else f"'{kind}'")
            body = " ".join(
                f"INSERT INTO rm_dirty (kind, ref) SELECT {noted}, {ref.replace('ROW', row)} "
                f"WHERE {_counts(table, row, every)} AND {ref.replace('ROW', row)} IS NOT NULL AND "
                f"NOT EXISTS (SELECT 1 FROM rm_dirty WHERE kind = {noted} AND "
                f"ref = {ref.replace('ROW', row)});"
                for row in rows
            )
            when = " OR ".join(f"{_counts(table, row, every)}" for row in rows)
            if op == "UPDATE":
                when = f"({when}) AND ({_changed(connection, table, every)})"
            name = _note_name(table, op)
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            connection.execute(text(
                f"CREATE TRIGGER {name} AFTER {op} ON {table} FOR EACH ROW WHEN {when} "
                f"BEGIN {body} END"
            ))


def _postgresql(connection: Connection, every: bool) -> None:
    for table, (kind, _, ref) in SOURCES.items():
        function = f"rm_note_{table}"
        connection.execute(text(f"""
            CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              noted text := '{kind}';
            BEGIN
              IF TG_OP = 'UPDATE' THEN  -- nested: plpgsql's AND does not promise an order
                IF NOT ({_changed(connection, table, every)}) THEN
                  RETURN NULL;
                END IF;
                noted := {_kind_of_update(connection, table, kind, every)};
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                IF {_counts(table, 'NEW', every)} THEN
                  INSERT INTO rm_dirty (kind, ref) SELECT noted, {ref.replace('ROW', 'NEW')}
                  WHERE {ref.replace('ROW', 'NEW')} IS NOT NULL ON CONFLICT DO NOTHING;
                END IF;
              END IF;
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                IF {_counts(table, 'OLD', every)} THEN
                  INSERT INTO rm_dirty (kind, ref) SELECT noted, {ref.replace('ROW', 'OLD')}
                  WHERE {ref.replace('ROW', 'OLD')} IS NOT NULL ON CONFLICT DO NOTHING;
                END IF;
              END IF;
              RETURN NULL;
            END $$"""))
        name = _note_name(table)
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
        connection.execute(text(
            f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        ))


def install(connection: Connection, every: bool = False) -> None:
    """The triggers put (back) in place. `every`: as before migration 0029, every change to a
    source table noted (what its downgrade leaves for the code before it)."""
    from bounceback.storage.readmodel.search import install_triggers

    if connection.dialect.name == "postgresql":
        _postgresql(connection, every)
        _postgresql_stamps(connection)
    else:
        _sqlite(connection, every)
        _sqlite_stamps(connection)
        install_triggers(connection)  # the search index's, on the read model's own table


def drop(connection: Connection) -> None:
    """The triggers that note changes and move stamps, removed (the search index's stay): for a
    bulk load that rebuilds the read model once at the end (storage/bulk.py), inside its own
    transaction, which puts them back with `install` before it commits."""
    for tables, named in ((SOURCES, _note_name), (STAMPS, _stamp_name),
                          (store_tables(connection), _store_name)):
        _drop_triggers(connection, tables, named)


def _drop_triggers(connection: Connection, tables: Iterable[str],
                   named: Callable[[str, str | None], str]) -> None:
    postgresql = connection.dialect.name == "postgresql"
    ops: tuple[str | None, ...] = (None,) if postgresql else _OPS
    for table in tables:
        for op in ops:
            on = f" ON {table}" if postgresql else ""
            connection.execute(text(f"DROP TRIGGER IF EXISTS {named(table, op)}{on}"))


def drop_store_stamp(connection: Connection) -> None:
    """The store's stamp and its triggers removed (migration 0031's downgrade)."""
    _drop_triggers(connection, store_tables(connection), _store_name)
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP FUNCTION IF EXISTS rm_stamp_{STORE}()"))
    connection.execute(text(f"DELETE FROM rm_meta WHERE key = '{STORE}'"))
