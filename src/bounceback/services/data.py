"""The user's data as a whole: JSON export and import, CSV in and out, backup and restore."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bounceback.domain.errors import ImportFailed, InvalidValue
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Origin, Outcome, RejectionChannel
from bounceback.files import write_atomic
from bounceback.services.base import ServicePart
from bounceback.services.validation import validate_application
from bounceback.spreadsheets.csv_rows import (
    CsvParse,
    RowError,
    export_row,
    parse_csv,
    write_csv,
)
from bounceback.storage import backup as backups
from bounceback.storage import transfer
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos.imports import record_import, seen_fingerprints


@dataclass
class CsvImportReport:
    """What a CSV import did (or, on a dry run, would do), row by row."""

    mapping: dict[str, str]
    added: list[Application] = field(default_factory=list)
    skipped_duplicates: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False


CSV_BATCH = 200


class DataService(ServicePart):
    # JSON: the whole database.
    def export_document(self, *, include_private: bool = False) -> dict[str, Any]:
        with self.db.session() as s:
            return transfer.dump(s, include_private=include_private)

    def export_json(self, path: Path | None, *, include_private: bool = False) -> str:
        text = json.dumps(self.export_document(include_private=include_private), indent=1, ensure_ascii=False)
        if path is not None:
            write_text(path, text)
        return text

    def import_document(self, document: Any, *, dry_run: bool = False) -> dict[str, int]:
        """Rows each table gains; a dry run loads them in a transaction that is rolled back.

        On SQLite a long import commits every few hundred rows and lets a waiting writer in
        between (the database is not held for its whole length; running it again after an
        interruption adds the rest, nothing twice)."""
        batches = self.db.is_sqlite and not dry_run and not self.db.in_transaction()
        with self.db.import_running(), self.db.session() as s:
            added = transfer.load(
                s, document, between_batches=(lambda: self.db.commit_batch(s)) if batches else None
            )
            self._settle()
            if dry_run:
                s.rollback()
            return added

    def import_json(self, path: Path, *, dry_run: bool = False) -> dict[str, int]:
        return self.import_document(backups.read_json(path), dry_run=dry_run)

    # CSV: a spreadsheet of applications.
    def export_csv(self, path: Path | None) -> str:
        text = write_csv(self.app.applications.list())
        if path is not None:
            write_text(path, text)
        return text

    def import_csv(
        self, content: bytes | str, *, mapping: dict[str, str] | None = None, dry_run: bool = False
    ) -> CsvImportReport:
        try:
            parsed: CsvParse = parse_csv(content, mapping, today=self.today(),
                                         order=self.app.date_order())
        except UnicodeDecodeError:
            raise ImportFailed("the CSV is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'") from None
        report = CsvImportReport(
            mapping=parsed.mapping, errors=list(parsed.errors),
            ignored_columns=parsed.ignored_columns, dry_run=dry_run,
        )
        batches = self.db.is_sqlite and not dry_run and not self.db.in_transaction()
        with self.db.import_running(), self.db.session() as s:
            seen = seen_fingerprints(s, [r.fingerprint for r in parsed.rows])
            # This database's own export read back: a row whose id names an application that
            # is the same in every column is already here.
            ids = [r.exported_id for r in parsed.rows if r.exported_id is not None]
            exported: dict[int, Application] = {}
            for start in range(0, len(ids), 500):
                exported.update(apps_repo.get_many(s, ids[start:start + 500]))
            for number, row in enumerate(parsed.rows, start=1):
                if batches and number % CSV_BATCH == 0:
                    self.db.commit_batch(s)  # a row and its fingerprint are kept together
                same = exported.get(row.exported_id) if row.exported_id is not None else None
                if row.fingerprint in seen or (
                    same is not None and _csv_cells(same) == _csv_cells(row.application)
                ):
                    report.skipped_duplicates.append(row.line)
                    continue
                seen.add(row.fingerprint)
                app = row.application
                try:
                    validate_application(app)
                except InvalidValue as exc:
                    report.errors.append(RowError(row.line, str(exc)))
                    continue
                report.added.append(app)
                if dry_run:
                    continue
                outcome = app.outcome
                app.outcome = None
                created = self.app.applications.add(app, origin=Origin.IMPORTED)
                assert created.id is not None
                day = created.date_applied
                if outcome == Outcome.REJECTED:
                    self.app.rejections.record(created.id, on=day, channel=RejectionChannel.OTHER,
                                               origin=Origin.IMPORTED)
                elif outcome == Outcome.WITHDRAWN:
                    self.app.applications.withdraw(created.id, on=day)
                elif outcome in (Outcome.GHOSTED, Outcome.ACCEPTED):
                    apps_repo.update(s, created.id, {"outcome": outcome, "outcome_date": day})
                record_import(s, row.fingerprint, "csv", created.id)
        return report

    # Backup: a consistent copy of everything, private data included.
    def backup(self, path: Path) -> str:
        """Returns the kind of backup written: 'sqlite' or 'json'."""
        from bounceback.files import check_target

        target = path.expanduser()
        if os.path.isdir(target):  # never raises, even on a name too long
            raise InvalidValue(f"{target} is a folder; give a file name such as {target / 'bounceback-backup.db'}")
        try:
            check_target(target)  # never a link, FIFO or device (a rename would replace it)
        except OSError as exc:
            raise InvalidValue(f"cannot write {target}: {exc.strerror}") from None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidValue(f"cannot write {target}: {exc.strerror}") from None
        self.db.ensure_ready()
        if self.db.is_sqlite:
            try:
                backups.sqlite_backup(self.db.engine, target)
            except OSError as exc:
                raise InvalidValue(f"cannot write {target}: {exc.strerror or exc}") from None
            return "sqlite"
        self.export_json(target, include_private=True)
        return "json"

    def restore(self, path: Path) -> None:
        from bounceback.files import readable_file

        source = readable_file(path.expanduser())
        self.db.ensure_ready()
        if backups.looks_like_sqlite(source):
            if not self.db.is_sqlite:
                raise ImportFailed(f"{source} is a SQLite backup; restore it into a SQLite database")
            backups.sqlite_restore(self.db.engine, source)
            self.db.forget_schema()  # the restored file may be an older schema
            return
        document = backups.read_json(source)
        transfer.check_document(document)
        with self.db.import_running(), self.db.session() as s:  # all or nothing: one transaction
            transfer.wipe(s)
            transfer.load(s, document)
            self._settle()

    def wipe(self, *, private_only: bool = False) -> bool:
        """Delete everything (or the private tables); True when no copy is left (compact)."""
        with self.db.session() as s:
            transfer.wipe(s, private_only=private_only)
        if not private_only:
            self.app.learning.forget_model()
        return self.compact()

    def compact(self) -> bool:
        """Rewrite the SQLite file so deleted private text leaves no copy in free pages or in
        the WAL. False when another program kept the database open for reading all the while:
        the next connection finishes the job (storage/maintenance.py)."""
        from bounceback.storage.maintenance import vacuum

        return vacuum(self.db)

    def scrub_pending(self) -> bool:
        """True while deleted private text may still sit in the SQLite `-wal` file, because
        another program kept reading an older copy (finished on the next connection)."""
        from bounceback.storage.engine import scrub_marker

        marker = scrub_marker(self.db.engine.url.database) if self.db.is_sqlite else None
        return marker is not None and marker.exists()

    # The read model: derived state kept by each write (storage/readmodel).
    def rebuild_read_model(self) -> dict[str, int]:
        """Recompute everything pages show from the source tables (never needed in normal use:
        each write keeps it current; for after a repair by hand)."""
        from bounceback.storage.readmodel import sync

        with self.db.session() as s:
            return sync.rebuild(s)

    def check_read_model(self) -> list[str]:
        """Differences between the kept read model and a rebuild (empty when all is well)."""
        from bounceback.storage.readmodel import sync

        with self.db.session() as s:
            return sync.check(s)

    def build_demo(self, size: str = "small") -> dict[str, int]:
        """The demo search, in bulk (storage/bulk.py): its rows a statement per batch, what they
        imply settled, the read model computed once at the end; one transaction."""
        from bounceback.demo import build
        from bounceback.storage import bulk

        demo = build(size, today=self.today())
        with self.db.session() as s:
            if apps_repo.count(s) or bulk.has_rows(s):
                raise InvalidValue("the demo goes into an empty database; this one has data")
            with bulk.read_model_once(s):
                added = bulk.insert_rows(s, demo.tables)
                self._settle()
            return added

    def _settle(self) -> None:
        """What loaded rows imply, done once when they arrive (never on a later read): ghosted
        applications that heard back are live again, practice cards for what asks for them."""
        self.app.pipeline.sync_revivals()
        self.app.learning.sync_practice()


def _csv_cells(app: Application) -> list[str]:
    return [str(cell) for cell in export_row(app)]


def write_text(path: Path, text: str) -> None:
    target = path.expanduser()
    try:
        write_atomic(target, text)
    except OSError as exc:
        raise InvalidValue(f"cannot write {target}: {exc.strerror or exc}") from None
