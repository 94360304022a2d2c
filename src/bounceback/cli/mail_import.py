"""`bounceback emails import`: a mailbox file, folder, Takeout archive or IMAP folder, with a
progress bar and a summary at the end. Registered on the `emails` group by cli/emails.py."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer

from bounceback.cli.context import JsonOption, err_console, print_json, say, service


def register(emails_app: typer.Typer) -> None:
    """Add `import` to the `emails` command group."""
    emails_app.command("import")(import_command)


def import_command(
    source: Path | None = typer.Argument(  # noqa: UP007 - typer reads the annotation
        None, help="An mbox file, a Google Takeout .zip/.tgz, a Maildir, a folder of .eml "
        "files or one .eml file. Leave out with --imap-host.",
    ),
    imap_host: str | None = typer.Option(None, "--imap-host", help="Read an IMAP server instead (TLS)."),  # noqa: UP007
    imap_user: str | None = typer.Option(None, "--imap-user", help="The IMAP user name (often your address)."),  # noqa: UP007
    imap_port: int = typer.Option(993, "--imap-port", help="The IMAP port (TLS)."),
    folder: str = typer.Option("INBOX", "--folder", help="The IMAP folder to read (read-only)."),
    since: str | None = typer.Option(None, "--since", help="Only IMAP mail from this date on."),  # noqa: UP007
    password_env: str = typer.Option(
        "BOUNCEBACK_IMAP_PASSWORD", "--password-env",
        help="The environment variable holding the IMAP password.",
    ),
    save_password: bool = typer.Option(
        False, "--save-password", help="Keep the typed password in the system keyring."
    ),
    ca_file: Path | None = typer.Option(None, "--ca-file", help="Trust this certificate authority (a self-hosted server)."),  # noqa: UP007
    store_bodies: bool = typer.Option(
        False, "--store-bodies",
        help="Keep the full text of every job-search email (by default only rejections').",
    ),
    json: bool = JsonOption,
) -> None:
    """Import job-search email: link it to your applications, and keep the rest out."""
    from bounceback.domain.errors import InvalidValue

    bb = service()
    started = time.perf_counter()
    with _Bar(enabled=not json) as bar:
        if imap_host:
            settings = _imap_settings(imap_host, imap_user, imap_port, folder, since, ca_file)
            password = _password(settings, password_env, save_password)
            report = bb.mail.import_imap(settings, password, store_bodies=store_bodies,
                                         progress=bar.update)
        elif source is not None:
            report = bb.mail.import_path(source, store_bodies=store_bodies, progress=bar.update)
        else:
            raise InvalidValue("name a mailbox to import (a file or folder), or use --imap-host")
    seconds = time.perf_counter() - started
    waiting = bb.inbox.waiting()
    if json:
        print_json({**_as_dict(report), "seconds": round(seconds, 3), "waiting_review": waiting})
    else:
        summary(report, seconds, waiting)
    if report.messages == 0 and report.skipped and not report.up_to_date:
        raise typer.Exit(1)  # nothing could be read: say so to scripts too


def _imap_settings(host: str, user: str | None, port: int, folder: str, since: str | None,
                   ca_file: Path | None) -> Any:
    from bounceback.cli.context import parse_day
    from bounceback.domain.errors import InvalidValue
    from bounceback.mail.imap import ImapSettings

    if not user:
        raise InvalidValue("--imap-user is needed with --imap-host (often your email address)")
    return ImapSettings(host=host, username=user, port=port, folder=folder,
                        since=parse_day(since, "--since"),
                        ca_file=str(ca_file) if ca_file else None)


def _password(settings: Any, env_var: str, save: bool) -> str:
    from bounceback.cli.context import interactive
    from bounceback.domain.errors import InvalidValue
    from bounceback.mail.imap import find_password, save_password

    found = find_password(settings, env_var)
    if found:
        return found
    if not interactive():
        raise InvalidValue(
            f"no IMAP password: set {env_var}, keep it in the system keyring "
            "(--save-password once, interactively), or run this in a terminal to type it"
        )
    typed: str = typer.prompt(f"Password for {settings.account}", hide_input=True)
    if save and not save_password(settings, typed):
        say("There is no system keyring here, so the password was not kept.")
    return typed


class _Bar:
    """A rich progress bar on stderr: messages a second and time left (bytes for files)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and err_console.is_terminal
        self._progress: Any = None
        self._tasks: dict[str, Any] = {}
        self._started = time.perf_counter()

    def __enter__(self) -> _Bar:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(),
                TextColumn("{task.fields[rate]:>8,.0f} msg/s"), TimeElapsedColumn(),
                TextColumn("·"), TimeRemainingColumn(), TextColumn("left"),
                console=err_console, transient=True,
            )
            self._progress.start()
        return self

    def update(self, progress: Any) -> None:
        if self._progress is None:
            return
        task = self._tasks.get(progress.source)
        if task is None:
            task = self._progress.add_task(progress.source[:40], total=progress.total, rate=0.0)
            self._tasks[progress.source] = task
        rate = progress.messages / max(time.perf_counter() - self._started, 1e-6)
        self._progress.update(task, completed=progress.done, total=progress.total, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def summary(report: Any, seconds: float, waiting: int) -> None:
    """The end of an import, in plain words: what came in, what changed, what was left out."""
    from rich.markup import escape

    rate = report.messages / seconds if seconds > 0 else 0
    if report.up_to_date:
        say(f"{report.source}: already imported; nothing new since the last time.")
    else:
        say(f"Read {report.messages:,} messages from {report.source} in {seconds:,.1f} s "
            f"({rate:,.0f} a second).")
    if report.resumed_from:
        say(f"Went on from where the last import stopped ({report.resumed_from}).")
    kinds = {k: n for k, n in sorted(report.by_kind.items(), key=lambda kv: -kv[1]) if k != "other"}
    if kinds:
        listed = ", ".join(f"{kind.replace('_', ' ')} {n:,}" for kind, n in kinds.items())
        say(f"Job-search emails: {report.job_emails:,} ({listed}).")
    elif not report.up_to_date:
        say("No job-search emails found.")
    if report.messages or not report.up_to_date:
        say(f"Applications: {report.new_applications:,} new, "
            f"{report.updated_applications:,} updated.")
    if waiting:
        say(f"Waiting for your review: {waiting:,} (run `bounceback inbox review`).")
    if report.messages:
        say(f"Left out as not job-related from their headers: {report.ruled_out:,}; "
            f"already imported before: {report.already_imported:,}.")
    if report.notes:
        more = f" and {len(report.notes) - 3:,} more" if len(report.notes) > 3 else ""
        say(f"Notes: {'; '.join(report.notes[:3])}{more}.")
    if report.skipped:  # on standard error, as every command reports what it could not do
        err_console.print(f"bounceback: skipped {len(report.skipped):,}:", markup=False)
        by_reason: dict[str, list[str]] = {}
        for item in report.skipped:
            by_reason.setdefault(item.reason, []).append(item.where)
        for reason, places in by_reason.items():
            more = f" and {len(places) - 3:,} more" if len(places) > 3 else ""
            err_console.print(f"  - {escape(reason)} ({len(places):,}): "
                              f"{escape('; '.join(places[:3]))}{more}", highlight=False)


def _as_dict(report: Any) -> dict[str, Any]:
    return {
        "source": report.source, "messages": report.messages, "job_emails": report.job_emails,
        "by_kind": dict(report.by_kind), "new_applications": report.new_applications,
        "updated_applications": report.updated_applications, "for_review": report.for_review,
        "ruled_out": report.ruled_out, "already_imported": report.already_imported,
        "up_to_date": report.up_to_date, "resumed_from": report.resumed_from,
        "skipped": [{"where": s.where, "reason": s.reason} for s in report.skipped],
    }
