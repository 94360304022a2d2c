"""The lean writes' Core view of the source tables (storage/source_tables.py) is the mapped
tables' own, column by column: name, type, key and Python-side defaults; and loading it, the
read model's tables and its follow-up loads no ORM."""

from __future__ import annotations

import subprocess
import sys

from bounceback.storage import source_tables
from bounceback.storage.tables import Base


def _default(column: object) -> object:
    default = getattr(column, "default", None)
    if default is None:
        return None
    arg = default.arg
    return getattr(arg, "__name__", arg) if callable(arg) else arg


def test_each_lean_table_is_its_mapped_table() -> None:
    assert source_tables.SOURCES.tables
    for name, lean in source_tables.SOURCES.tables.items():
        mapped = Base.metadata.tables[name]
        assert [c.name for c in lean.columns] == [c.name for c in mapped.columns], name
        for ours, theirs in zip(lean.columns, mapped.columns, strict=True):
            where = f"{name}.{ours.name}"
            assert repr(ours.type) == repr(theirs.type), where
            assert ours.primary_key == theirs.primary_key, where
            assert _default(ours) == _default(theirs), where
            assert (ours.onupdate is None) == (theirs.onupdate is None), where


def test_the_follow_up_and_the_lean_writes_load_no_orm() -> None:
    code = ("import sys, bounceback.storage.readmodel.sync, bounceback.services.lean_writes; "
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm') "
            "or m.startswith('bounceback.storage.tables') or m.startswith('bounceback.storage.repos')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
