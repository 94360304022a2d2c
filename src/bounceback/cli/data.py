"""Commands on the data as a whole: export, import, backup, restore, demo, db, settings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bounceback.cli.context import JsonOption, console, print_json, say, service, state

if TYPE_CHECKING:
    from bounceback.services.data import CsvImportReport

db_app = typer.Typer(help="The database itself: upgrade its schema, see where it is.")
settings_app = typer.Typer(help="Your preferences: recovery window, goals, thresholds.")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("import")(import_)
    app.command("backup")(backup)
    app.command("restore")(restore)
    app.command("demo")(demo)
    app.add_typer(db_app, name="db")
    app.add_typer(settings_app, name="settings")


def export(
    out: Path | None = typer.Argument(None, help="File to write; standard output when absent or -."),
    format_: str = typer.Option("json", "--format", "-f", help="json (everything) or csv (applications)."),
    include_private: bool = typer.Option(False, "--include-private", help="Also export check-ins and journal entries."),
) -> None:
    """Export your data as JSON (lossless) or CSV (a spreadsheet of applications)."""
    from bounceback.domain.errors import InvalidValue

    if out is not None and str(out) == "-":  # the usual name for standard output, never a file
        out = None
    fmt = format_.lower()
    if out is not None and format_ == "json" and out.suffix.lower() == ".csv":
        fmt = "csv"
    if fmt == "json":
        if include_private and state.user is not None:
            from bounceback.domain.errors import NotAllowed

            raise NotAllowed("private entries (journal, check-ins) are exported only by their "
                             "writer: log in and use Settings, or run without --user")
        text = service().data.export_json(out, include_private=include_private)
    elif fmt == "csv":
        text = service().data.export_csv(out)
    else:
        raise InvalidValue(f"--format {format_!r}: choose json or csv")
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        say(f"Exported to {out}." + ("" if include_private or fmt == "csv" else " Private entries were left out."))


def _mapping(items: list[str]) -> dict[str, str]:
    from bounceback.domain.errors import InvalidValue

    mapping = {}
    for item in items:
        if "=" not in item:
            raise InvalidValue(f"--map {item!r}: write it as FIELD=COLUMN, e.g. company=Employer")
        ours, theirs = item.split("=", 1)
        mapping[ours.strip()] = theirs.strip()
    return mapping


def import_(
    path: Path = typer.Argument(..., help="A bounceback JSON export, or a CSV spreadsheet."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be imported; change nothing."),
    map_: list[str] = typer.Option([], "--map", help="CSV column mapping FIELD=COLUMN; repeat."),
    json: bool = JsonOption,
) -> None:
    """Import a JSON export or a CSV of applications. Importing the same file twice adds nothing."""
    from bounceback.files import read_file, readable_file

    readable_file(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        report = service().data.import_csv(read_file(path), mapping=_mapping(map_), dry_run=dry_run)
        if json:
            print_json(report)
            return
        _csv_report(path, report)
        if report.errors and not report.added:
            raise typer.Exit(1)
        return
    added = service().data.import_json(path, dry_run=dry_run)
    total = sum(added.values())
    if json:
        print_json(added)
    elif dry_run:
        say(f"Would import {total} new rows from {path}; nothing was changed.")
    else:
        say(f"Imported {total} new rows from {path}." if total else f"Nothing new in {path}: it was imported before.")


def _csv_report(path: Path, r: CsvImportReport) -> None:
    from rich.table import Table
    from rich.text import Text

    verb = "Would import" if r.dry_run else "Imported"
    console.print(Text("Columns: " + ", ".join(f"{k} ← {v}" for k, v in r.mapping.items()), style="dim"))
    if r.ignored_columns:
        console.print(Text("Ignored columns: " + ", ".join(r.ignored_columns), style="dim"))
    if r.dry_run and r.added:
        table = Table(show_edge=False, header_style="bold")
        for column in ("Company", "Role", "Status", "Applied"):
            table.add_column(column)
        for a in r.added[:50]:
            table.add_row(Text(a.company), Text(a.role), a.status, str(a.date_applied or ""))
        console.print(table)
    say(f"{verb} {len(r.added)} applications from {path}; "
        f"{len(r.skipped_duplicates)} already there; {len(r.errors)} rows with problems.")
    for error in sorted(r.errors, key=lambda e: e.line):
        say(f"  {path.name} line {error.line}: {error.message}")


def backup(path: Path = typer.Argument(..., help="Where to write the backup.")) -> None:
    """Back up everything, private entries included (a SQLite copy, or JSON for PostgreSQL)."""
    kind = service().data.backup(path)
    say(f"Backed up to {path} ({'a SQLite copy' if kind == 'sqlite' else 'a JSON export'}). Keep it somewhere private.")


def restore(
    path: Path = typer.Argument(..., help="A backup made by `bounceback backup`."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Replace everything in the database with a backup."""
    if not yes and sys.stdin.isatty():
        typer.confirm("This replaces all data in the database with the backup. Go on?", abort=True)
    service().data.restore(path)
    say(f"Restored from {path}.")


def demo(
    size: str = typer.Option("small", "--size", help="small (about 60 applications), large (5,000) or huge (50,000: a career centre's worth)."),
    db: str | None = typer.Option(None, "--db", metavar="URL", help="Where to build it. Default: its own demo database."),
    force: bool = typer.Option(False, "--force", help="Rebuild bounceback's own demo database if it exists."),
) -> None:
    """Build a realistic demo job search in its own database (never your own)."""
    from bounceback.config import Settings, demo_database_url
    from bounceback.domain.errors import InvalidValue
    from bounceback.services import Bounceback

    if size not in ("small", "large", "huge"):
        raise InvalidValue(f"--size {size!r}: choose small, large or huge")
    url = db or (state.db_url if state.db_url and state.db_url != _user_default() else None) or demo_database_url(size)
    if url.startswith("sqlite:///") and force:
        target = Path(url.removeprefix("sqlite:///"))
        if target.exists() and url not in {demo_database_url(s) for s in ("small", "large", "huge")}:
            # --force deletes a file: only one of the demo's own, never a database that may be
            # the user's (review of round 12: `demo --db MINE --force` deleted a journal).
            raise InvalidValue(f"--force replaces only bounceback's own demo databases; {target} may be "
                               "yours, so nothing was deleted (remove it yourself if it is a demo you built)")
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    from bounceback.cli.context import fixed_clock

    bb = Bounceback(Settings(database_url=url), clock=fixed_clock())
    try:
        counts = bb.data.build_demo(size)
    finally:
        bb.close()
    say(f"Demo search built: {counts.get('applications', 0)} applications, {counts.get('events', 0)} events.")
    say(f"Use it with: bounceback --db {url} today")


def _user_default() -> str:
    from bounceback.config import default_database_url

    return default_database_url()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date (also done on first use)."""
    from bounceback.cli.context import accounts
    from bounceback.domain.errors import InvalidValue
    from bounceback.storage.engine import describe_url

    bb = service()
    bb.db.ensure_ready()
    try:
        found = accounts()
    except InvalidValue:  # a database in memory: no accounts beside it
        found = None
    if found is not None and found.enabled():  # a shared server: the accounts and every person's store too
        done = found.upgrade()
        if done.failed:
            for email, reason in sorted(done.failed.items()):
                say(f"The store of {email} could not be upgraded: {reason}")
            say(f"The accounts are up to date, and so are the stores of "
                f"{done.stores - len(done.failed)} of {done.stores} other accounts "
                f"({done.opened} opened); {len(done.failed)} failed (above). Fix what it "
                "says and run `bounceback db upgrade` again.")
            raise typer.Exit(1)
        stores = done.stores
        say(f"The accounts are up to date, and so are the stores of {stores} other "
            f"account{'' if stores == 1 else 's'} ({done.opened} opened, the others found current).")
    say(f"The database is up to date: {describe_url(bb.db.url)}")


@db_app.command("rebuild")
def db_rebuild(
    check: bool = typer.Option(False, "--check", help="Only compare the kept read model with a rebuild; change nothing."),
) -> None:
    """Recompute what pages and commands show from your records (each change keeps it current;
    this is for after editing the database by hand)."""
    data = service().data
    if check:
        problems = data.check_read_model()
        for line in problems:
            say(line)
        if problems:
            raise typer.Exit(1)
        say("The read model agrees with your records.")
        return
    counts = data.rebuild_read_model()
    say(f"Rebuilt from {counts['applications']} applications and {counts['rejections']} rejections.")


@db_app.command("info")
def db_info(json: bool = JsonOption) -> None:
    """Where the database is and what it holds."""
    from bounceback.cli.context import database_url
    from bounceback.storage.engine import describe_url
    from bounceback.storage.folders import EMPTY_URL

    bb = service()
    apps = bb.applications.list()
    fresh = bb.db.url == EMPTY_URL  # a fresh install: where the first save will make it
    info = {"url": describe_url(database_url() if fresh else bb.db.url),
            "applications": len(apps)}
    if json:
        print_json(info)
    else:
        say(f"{info['url']}: {info['applications']} applications"
            + (" (not made yet: the first save makes it)" if fresh else ""))


@settings_app.callback(invoke_without_command=True)
def settings_show(ctx: typer.Context, json: bool = JsonOption) -> None:
    """Show your settings (or `settings set KEY VALUE`)."""
    from rich.text import Text
    if ctx.invoked_subcommand is not None:
        return
    from dataclasses import asdict

    prefs = asdict(service().preferences())
    prefs.pop("extra", None)
    if json:
        print_json(prefs)
        return
    for key, value in prefs.items():
        console.print(Text(f"{key:<28} {value}"))


@settings_app.command("set")
def settings_set(key: str = typer.Argument(...), value: str = typer.Argument(...)) -> None:
    """Change a setting (see docs/settings.md for what each one does)."""
    service().settings_store.set({key: value})
    say(f"{key} is now {getattr(service().preferences(), key)}.")
