"""The source tables are declared once (storage/source_tables.py, SQLAlchemy Core) and the ORM's
mapped classes are mapped onto those very tables (round 21: they were declared twice, held equal
column by column); loading them, the read model's tables and its follow-up loads no ORM."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Table

from bounceback.storage import source_tables
from bounceback.storage.tables import Base


def test_each_mapped_source_table_is_the_core_table() -> None:
    lean = {t.name: t for t in vars(source_tables).values() if isinstance(t, Table)}
    assert len(lean) == 19  # round 22: support_people and outreach (`reject --reached-out`)
    mapped = {m.local_table.name: m for m in Base.registry.mappers}
    for name, table in lean.items():
        assert Base.metadata.tables[name] is table, name
        assert mapped[name].local_table is table, name
        # each column is an attribute of the class by its own name (the repositories' rows)
        assert set(mapped[name].columns.keys()) == set(table.c.keys()), name


def test_the_follow_up_and_the_lean_writes_load_no_orm() -> None:
    code = ("import sys, bounceback.storage.readmodel.sync, bounceback.services.lean_writes; "
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.orm') "
            "or m.startswith('bounceback.storage.tables') or m.startswith('bounceback.storage.repos')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
