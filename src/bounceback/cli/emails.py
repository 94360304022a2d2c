"""The `emails` commands: classify job-search email (and, from the mail import, import it)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import IO

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
        help="Worker processes for large inputs (0: one per CPU, at most 4).",
    ),
) -> None:
    """Classify emails without touching the database: one JSON line out per message, in order.

    Each input line is {"id", "from", "subject", "body"} (missing keys count as empty; the body
    may be HTML). Each output line is {"id", "kind", "confidence", "company", "role"}, with
    null where unknown. Bad lines are reported on standard error and skipped.
    """
    import os
    import sys

    from bounceback.domain.errors import InvalidValue
    from bounceback.mail.classify import Classifier, default_classifier
    from bounceback.mail.classify_cli_io import run
    from bounceback.mail.model import ModelFileError, load

    skipped = 0

    def warn(text: str) -> None:
        nonlocal skipped
        skipped += 1
        sys.stderr.write(f"bounceback: {text}\n")

    if model is not None:
        try:
            classifier = Classifier(load(model))
        except (ModelFileError, OSError) as error:
            raise InvalidValue(f"--model: {error}") from None
    else:
        classifier = default_classifier()
    count = workers or min(4, os.cpu_count() or 1)
    try:  # UTF-8 and a big buffer, whatever the terminal's encoding
        out: IO[str] = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False,  # noqa: SIM115
                            buffering=1 << 16)
    except (AttributeError, OSError, ValueError):  # stdout is not a file (tests, notebooks)
        out = sys.stdout
    stdin = getattr(sys.stdin, "buffer", None)
    written = run(files or ["-"], out, warn, stdin=stdin, classifier=classifier, workers=count)
    if skipped:
        sys.stderr.write(f"bounceback: classified {written} messages; skipped {skipped} "
                         "(see above)\n")
