"""The read model's version stamp, read with SQLAlchemy Core only (every start checks it)."""

from __future__ import annotations

from typing import Any

from bounceback.domain.errors import StoreUpgraded
from bounceback.storage import readmodel


def is_current(connection: Any) -> bool:
    """Whether the stored read model was built by this version (a cheap look on each start)."""
    return bool(stored_version(connection) == readmodel.VERSION)


def stored_version(connection: Any) -> object:
    from sqlalchemy import text

    return connection.execute(text("SELECT value FROM rm_meta WHERE key = 'version'")).scalar()


def _order(version: object) -> tuple[int, str]:
    text_ = str(version)
    return (int(text_), "") if text_.isdigit() else (-1, text_)


def is_newer(stored: object) -> bool:
    """Whether a stored read-model version is newer than this code's: another process upgraded
    the database to a later bounceback."""
    return stored is not None and _order(stored) > _order(readmodel.VERSION)


def upgraded_since(stored: object, *, opening: bool) -> StoreUpgraded:
    """The refusal of a process whose code is older than the stored read model: what it
    derived by its older rules would be wrong in the newer model (round 26)."""
    if opening:
        return StoreUpgraded(
            f"nothing was changed: this database was upgraded by a newer bounceback (read model "
            f"version {stored}) than this one (version {readmodel.VERSION}); run the newer "
            "version (upgrade this installation, then restart every `bounceback serve`)")
    return StoreUpgraded(
        f"nothing was saved: the database was upgraded by a newer bounceback (read model "
        f"version {stored}) while this one (version {readmodel.VERSION}) kept running; "
        "restart bounceback (every `bounceback serve` and open command) so that it runs "
        "the new version, then try again")


_STAMP = None


def stamp_of(connection: Any, key: str) -> str | None:
    """The stamp of what `key` names (see readmodel.triggers.STAMPS): a new value whenever a
    write changes one of its rows, in that write's transaction. One row read by primary key."""
    global _STAMP
    if _STAMP is None:
        from sqlalchemy import bindparam, text

        _STAMP = text("SELECT value FROM rm_meta WHERE key = :key").bindparams(
            bindparam("key"))
    value = connection.execute(_STAMP, {"key": key}).scalar()
    return None if value is None else str(value)


_STAMPS = None
_KEPT = "rm_stamps"


def stamp_in(db: Any, session: Any, key: str) -> str | None:
    """The stamp of `key` as `session` sees it. Every stamp is read in one statement, once per
    transaction that has not written (kept in its `info`): a page that asks for the labels'
    stamp and the skills' stamp sends one statement, not one each. A transaction that wrote
    reads the one row again (its own write may have moved it).

    Kept for the transaction is safe on PostgreSQL too, where a later statement may see another
    process's commit: what is read after the stamp is at least as new as the stamp, so what is
    kept under it is worked out again when the next request reads a newer one."""
    global _STAMPS
    if db.unwritten() is not session:
        return stamp_of(session.connection(), key)
    kept = session.info.get(_KEPT)
    if kept is None:
        if _STAMPS is None:
            from sqlalchemy import text

            from bounceback.storage.readmodel.triggers import stamp_keys

            keys = ", ".join(f"'{k}'" for k in stamp_keys())
            _STAMPS = text(f"SELECT key, value FROM rm_meta WHERE key IN ({keys})")
        kept = {str(k): str(v) for k, v in session.connection().execute(_STAMPS)}
        if db.unwritten() is session:
            session.info[_KEPT] = kept
    return kept.get(key)
