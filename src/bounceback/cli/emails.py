"""The `emails` commands: classify job-search email (and, from the mail import, import it)."""

from __future__ import annotations

import importlib
from pathlib import Path

import typer

emails_app = typer.Typer(
    help="Job-search email: classify messages, import a mailbox.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(emails_app, name="emails")
    importlib.import_module("bounceback.cli.mail_import").register(emails_app)  # emails import


@emails_app.command("classify")
def classify_command(
    files: list[str] | None = typer.Argument(
        None, metavar="[FILE...]",
        help="JSON-lines files, .eml files or mbox files; '-' or nothing reads JSON lines "
        "from standard input.",
    ),
    model: Path | None = typer.Option(
        None, "--model", metavar="PATH",
        help="Use this model file instead of the one that ships with bounceback.",
    ),
    workers: int = typer.Option(
        0, "--workers", min=0, max=64,
        help="Worker processes (0: automatic, one process for small inputs and up to one "
        "per CPU, at most 4, for large ones).",
    ),
) -> None:
    """Classify emails without touching the database: one JSON line out per message, in order.

    Each input line is {"id", "from", "subject", "body"} (missing keys count as empty; the body
    may be HTML). Each output line is {"id", "kind", "confidence", "company", "role"}, with
    null where unknown. Bad lines are reported on standard error and skipped.
    """
    from bounceback.cli.entry import classify_files

    classify_files(files or [], model, workers)
