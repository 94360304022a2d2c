"""Backups: a consistent online copy of a SQLite file, or the JSON export elsewhere."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from bounceback.domain.errors import ImportFailed


def sqlite_backup(engine: Engine, target: Path) -> None:
    """Copy the live database page by page with SQLite's backup API (safe while in use).
    The copy is renamed over `target`, which must not be a link, FIFO or device."""
    from bounceback.files import check_target

    check_target(target)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
            tmp.replace(target)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise OSError(f"{exc}") from exc
    finally:
        raw.close()


def sqlite_restore(engine: Engine, source_file: Path) -> None:
    """Replace the live database with a backup file, after checking it is one of ours."""
    try:
        src = sqlite3.connect(f"file:{source_file}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "applications" not in tables or "alembic_version" not in tables:
                raise ImportFailed(f"{source_file} is not a bounceback backup (no applications table)")
            raw = engine.raw_connection()
            try:
                dest = raw.driver_connection
                assert isinstance(dest, sqlite3.Connection)
                src.backup(dest)
            finally:
                raw.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise ImportFailed(f"{source_file} is not a SQLite backup: {exc}") from None


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def read_json(path: Path) -> object:
    from bounceback.files import read_file

    data = read_file(path)
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ImportFailed(f"{path}: the JSON is nested too deeply to be a bounceback export"
                           ) from None
    except UnicodeDecodeError:
        raise ImportFailed(f"{path}: not UTF-8 text; is it really a JSON export?") from None
    except json.JSONDecodeError as exc:
        raise ImportFailed(f"{path}: broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
