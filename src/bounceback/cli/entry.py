"""The `bounceback` console script: `emails classify` straight to its I/O, the quick reads
(`list`, `today`, `outlook` as JSON: cli/quick.py) straight to the read model, the rest to the
full CLI.

Scripts call `bounceback emails classify` many times, so its start-up matters: when the
arguments are plainly `emails classify [FILE...] [--model PATH] [--workers N]`, this runs the
command without importing typer or rich. Anything else (global options, --help, a value the
full CLI would reject) goes to `bounceback.cli.main`, which gives the same results.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

MAX_WORKERS = 64


def parse_classify(argv: list[str]) -> tuple[list[str], Path | None, int] | None:
    """(files, model, workers) when `argv` is a plain `emails classify` call; None when the
    full CLI should handle it (help, unknown options, values it would reject)."""
    if argv[:2] != ["emails", "classify"]:
        return None
    files: list[str] = []
    model: Path | None = None
    workers = 0
    args = iter(argv[2:])
    for arg in args:
        if arg == "--":
            files.extend(args)
            break
        name, eq, value = arg.partition("=")
        if name in ("--model", "--workers"):
            if not eq:
                value = next(args, "")
            if name == "--model":
                if not value or value.startswith("-"):
                    return None
                model = Path(value)
            elif value.isdigit() and int(value) <= MAX_WORKERS:
                workers = int(value)
            else:
                return None
        elif arg.startswith("-") and arg != "-":
            return None  # --help, -h, a typo: the full CLI answers it
        else:
            files.append(arg)
    return files, model, workers


# Objects made between two runs of the garbage collector's youngest generation while `emails
# classify` runs (Python's default is 700): a message makes hundreds of small sets and tuples,
# nearly all freed at once, and each run walks what is still young. With 20,000 the collector
# took 23 ms instead of 89 ms of 2.5 s of CPU for 3,000 messages, and 11 instead of 19-28 ms of
# the start-up (round 20, measured with gc.callbacks); what is computed is unchanged.
CLASSIFY_GC_YOUNG = 20_000


def classify_files(files: list[str], model: Path | None, workers: int) -> None:
    """The `emails classify` command itself (both the fast path and the typer command)."""
    import gc

    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], CLASSIFY_GC_YOUNG), *thresholds[1:])
    try:
        _classify_files(files, model, workers)
    finally:
        gc.set_threshold(*thresholds)


def _classify_files(files: list[str], model: Path | None, workers: int) -> None:
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
        from bounceback.files import readable_file

        readable_file(model)  # a FIFO would wait for a writer forever
        try:
            classifier = Classifier(load(model))
        except (ModelFileError, OSError) as error:
            raise InvalidValue(f"--model: {error}") from None
    else:
        classifier = default_classifier()
    try:  # UTF-8 and a big buffer, whatever the terminal's encoding
        out: IO[str] = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False,  # noqa: SIM115
                            buffering=1 << 16)
    except (AttributeError, OSError, ValueError):  # stdout is not a file (tests, notebooks)
        out = sys.stdout
    stdin = getattr(sys.stdin, "buffer", None)
    # os.path.isfile, not Path.is_file: a name too long or with a NUL is "not a file", no error
    missing = [f for f in files if f != "-" and not os.path.isfile(os.path.expanduser(f))]
    written = run(files or ["-"], out, warn, stdin=stdin, classifier=classifier,
                  workers=workers or None)
    if skipped:
        sys.stderr.write(f"bounceback: classified {written} messages; skipped {skipped} "
                         "(see above)\n")
    if missing:  # the rest was classified; the exit status says not everything could be read
        out.flush()
        if not skipped:  # each file that could not be read has had its line above
            from bounceback.domain.errors import ImportFailed

            raise ImportFailed(f"cannot read {', '.join(missing[:3])}"
                               f"{' and more' if len(missing) > 3 else ''}")
        raise SystemExit(1)


def _fast(action: Callable[[], None]) -> None:
    """Run a quick path with the full CLI's answers to errors: one line, or a crash log."""
    from bounceback.domain.errors import BouncebackError

    try:
        action()
    except BouncebackError as exc:
        sys.stderr.write(f"bounceback: {exc}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("bounceback: stopped; nothing half-done was kept.\n")
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: as the full CLI reports it
        from bounceback.cli.crashlog import report

        path = report(exc)
        sys.stderr.write(
            f"bounceback: something went wrong inside bounceback ({type(exc).__name__}). "
            f"Nothing was half-saved. Details are in {path}; please report them.\n")
        sys.exit(70)
    sys.stdout.flush()


def run() -> None:
    """Console-script entry point."""
    call = None if os.environ.get("BOUNCEBACK_FULL_CLI") else parse_classify(sys.argv[1:])
    if call is not None:
        _fast(lambda: classify_files(*call))
        return
    from bounceback.cli import quick

    read = quick.parse(sys.argv[1:])
    if read is not None:
        _fast(lambda: quick.run(read))
        return
    from bounceback.cli.main import run as full_run

    full_run()


if __name__ == "__main__":
    run()
