"""Write a new Alembic migration by comparing the tables with a database migrated to the heads.

    .venv/bin/python scripts/new_migration.py REV_ID "message" [--base REV] [--only TABLE ...]

REV_ID names the file (e.g. 0011_something). By default the migration follows the current head;
--base makes it branch from REV instead. --only keeps just the operations on the named tables.
Read the generated file before you keep it.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from bounceback.storage.migrate import alembic_config, upgrade
from bounceback.storage.tables import Base


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev_id")
    parser.add_argument("message")
    parser.add_argument("--base", default=None)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'm.db'}")
        upgrade(engine)
        with engine.begin() as connection:
            config = alembic_config(connection)
            if args.only is not None:
                config.attributes["include_object"] = lambda obj, name, type_, reflected, other: (
                    type_ != "table" or name in set(args.only)
                )
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            print(f"{len(diff)} differences before filtering")
            command.revision(
                config,
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
                head=f"{args.base}" if args.base else "heads",
                splice=bool(args.base),
            )


if __name__ == "__main__":
    main()
