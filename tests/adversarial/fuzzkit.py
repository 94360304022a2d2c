"""A seeded fuzz of every CLI command: hostile values for every argument and option.

Each case is one command line drawn from a seeded generator over the real command tree (so a
new command or option is fuzzed without a change here), run in-process against a database with
the small demo search in it. A crash is an exception that is not a clean exit: as a process it
would exit 70. A stall is a case that runs past its alarm.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Commands that would leave the process (a server, the network) or run for minutes by design.
SKIP = {("serve",)}
# Options that would reach out to the network, or pick a size that takes minutes to build.
SKIP_OPTIONS = {"--imap-host", "--imap-user", "--imap-port", "--password-env", "--save-password",
                "--ca-file", "--workers"}
RISKY_CHOICES = {"--size": ["small", "tiny", "", "x" * 300]}
# Out files: only the formats written without a browser (.svg/.png/.pdf start Chromium).
OUT_OPTIONS = {"--out", "-o", "--eml"}

INTS = ["0", "1", "2", "3", "-1", "7", "99999999999999999999", "-99999999999999999999",
        str(2**63), str(2**31), "1e9", "nan", "", " 2", "0x10", "٣"]
FLOATS = ["0", "2.5", "-1", "nan", "inf", "-inf", "1e308", "1e-400", "", "1,5"]
TEXTS = ["", " ", "Acme", "Data Analyst", "x" * 100_000, "x" * 2_000, "\x00", "a\x00b",
         "\ufffd", "\udcff\udcfe", "🙂🙃", "\u202eevil", "<script>alert(1)</script>",
         "'; DROP TABLE applications; --", "../../nonexistent/passwd", "%s%n%x", "{{7*7}}",
         "-", "--", "-x", "NaN", "null", "None", "true", "[1]", '{"a": 1}', "\\", "\n\n\n",
         "\t", "é" * 50, "ß", "İ", "１２３", "9" * 40]
DATES = ["today", "yesterday", "2026-11-03", "9999-12-31", "0001-01-01", "1899-12-31",
         "10000000 days ago", "99999999999999999999 weeks ago", "nan", "-1", "2026-02-30",
         "last friday", "next monday", "3 nov", "in 20 years", "x" * 5000, ""]
REFS = ["1", "2", "3", "#4", "99999999999999999999", "-1", "0", "acme", "Data", "", "x" * 10_000,
        "1 2", "\udcff"]
DATE_NAMES = {"on", "due", "since", "until", "week", "applied", "date"}
REF_NAMES = {"ref", "app_ref", "app", "for_", "item", "resume_ref", "contact_id", "task_id",
             "entry_id", "for", "link", "remove", "from_email"}


@dataclass
class Files:
    """Hostile and ordinary files for path arguments, all inside one folder: the fuzz never
    names a path outside it (as root, a rename over /dev/full would replace the device)."""

    folder: Path
    paths: list[str] = field(default_factory=list)

    @classmethod
    def make(cls, folder: Path) -> Files:
        folder.mkdir(parents=True, exist_ok=True)
        made = cls(folder)
        (folder / "dir").mkdir(exist_ok=True)
        (folder / "target.txt").write_text("a file a link points to\n")
        specials = {"pipe": lambda p: os.mkfifo(p),
                    "link": lambda p: p.symlink_to(folder / "target.txt"),
                    "dangling": lambda p: p.symlink_to(folder / "nowhere"),
                    # a device that reads as empty and swallows writes, like /dev/null
                    "device": lambda p: os.mknod(p, 0o666 | stat.S_IFCHR, os.makedev(1, 3))}
        for name, make in specials.items():
            path = folder / name
            if not os.path.lexists(path):
                try:
                    make(path)
                except OSError:  # mknod needs root: the device case is left out
                    continue
        files = {
            "apps.csv": "company,role,date_applied,notes\nAcme,Analyst,2026-11-01,x\n,,\n",
            "wide.csv": "company,role,notes\nAcme,Analyst," + "x" * 300_000 + "\n",
            "bad.json": "{",
            "deep.json": "[" * 100_000 + "]" * 100_000,
            "shape.json": '{"format": "bounceback-export", "version": 1, "tables": {"applications": 5}}',
            "rows.json": '{"format": "bounceback-export", "version": 1, "tables": '
                         '{"applications": [{"id": "x", "role": 5}]}}',
            "list.json": "[1, 2, 3]",
            "mail.eml": "From: a@b.c\nSubject: Thank you for applying\n\nWe regret to inform you.\n",
            "junk.bin": bytes(range(256)).decode("latin-1") * 40,
            "posting.html": "<html><body>" + "<div>" * 5000 + "Python SQL</body></html>",
            "empty.txt": "",
            "mailbox.mbox": "From a@b Mon Jan 1 00:00:00 2026\nSubject: hi\n\nbody\n",
        }
        for name, text in files.items():
            path = folder / name
            if not path.exists():
                path.write_text(text, encoding="latin-1" if name == "junk.bin" else "utf-8")
        maildir = folder / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        escape = maildir / "cur" / "escape"
        if not escape.is_symlink():
            escape.symlink_to(folder / "target.txt")
        made.paths = [str(folder / n) for n in files] + [
            str(folder / n) for n in ("dir", "pipe", "link", "dangling", "device", "Maildir")
            if os.path.lexists(folder / n)
        ] + ["", "-", str(folder / "missing" / "x.json"), str(folder / "new.json"),
             str(folder / "new.csv"), str(folder / "new.ics"), str(folder / "new.html"),
             str(folder / "\udcff.json"), str(folder / ("x" * 300))]
        return made


def _walk(command: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if hasattr(command, "list_commands"):
        for name in command.list_commands(None):
            yield from _walk(command.get_command(None, name), (*path, name))
    else:
        yield path, command


def commands() -> list[tuple[tuple[str, ...], Any]]:
    """Every leaf command of the real CLI, with its click command (params and all)."""
    from typer.main import get_command

    from bounceback.cli.main import build

    return [(p, c) for p, c in _walk(get_command(build()), ()) if p not in SKIP]


def _value(rng: random.Random, param: Any, files: Files) -> str:
    kind = str(param.bare_type())
    name = param.name or ""
    flag = (param.opts or [""])[0]
    if flag in RISKY_CHOICES:
        return rng.choice(RISKY_CHOICES[flag])
    if flag in OUT_OPTIONS:
        names = ("o.html", "o.json", "o.eml", "o.txt", "dir", "pipe", "link", "device",
                 "missing/o.html")
        return rng.choice([str(files.folder / n) for n in names])
    if "Path" in kind:
        return rng.choice(files.paths)
    if "int" in kind:
        return rng.choice(INTS + REFS if name in REF_NAMES else INTS)
    if "float" in kind:
        return rng.choice(FLOATS)
    if name in DATE_NAMES:
        return rng.choice(DATES)
    if name in REF_NAMES:
        return rng.choice(REFS)
    pool = TEXTS + DATES[:4] + REFS[:3] + files.paths[:8]
    return rng.choice(pool)


def case(rng: random.Random, path: tuple[str, ...], command: Any, files: Files) -> list[str]:
    """One command line: each argument filled, each option present with a chance."""
    argv = list(path)
    for param in command.params:
        opts = list(param.opts or [])
        if opts and opts[0] in SKIP_OPTIONS:
            continue
        is_argument = "Argument" in type(param).__name__
        if is_argument:
            count = rng.randint(0, 2) if param.nargs == -1 else 1
            if rng.random() < 0.05:
                count = 0  # a missing argument
            argv.extend(_value(rng, param, files) for _ in range(count))
            continue
        if opts and opts[0] in ("--help", "-h"):
            continue
        if rng.random() > 0.35:
            continue
        if getattr(param, "is_flag", False):
            choices = opts + list(param.secondary_opts or [])
            argv.append(rng.choice(choices))
            continue
        repeat = rng.randint(1, 3) if getattr(param, "multiple", False) else 1
        for _ in range(repeat):
            argv.extend([rng.choice(opts), _value(rng, param, files)])
    if rng.random() < 0.02:
        argv.append("--no-such-option")
    return argv


@dataclass
class Outcome:
    argv: list[str]
    code: int | None
    error: str | None = None  # the exception's type and message when it crashed
    seconds: float = 0.0


class Stall(Exception):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise Stall("the command ran past its time limit")


def run_case(url: str, argv: list[str], *, stdin: str = "", limit: int = 30) -> Outcome:
    """Run one command line in-process, as `bounceback.cli.main.run` would; a crash is an
    exception other than a clean exit."""
    from typer.testing import CliRunner

    from bounceback.cli import context
    from bounceback.cli.main import build

    context.state.service = None
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    started = time.perf_counter()
    try:
        result = CliRunner().invoke(build(["--db", url, *argv]), ["--db", url, *argv],
                                    input=stdin, catch_exceptions=True)
    except Stall as stall:
        return Outcome(argv, None, f"Stall: {stall}", time.perf_counter() - started)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        if context.state.service is not None:
            context.state.service.close()
            context.state.service = None
    spent = time.perf_counter() - started
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        return Outcome(argv, None, f"{type(exc).__name__}: {str(exc)[:200]}", spent)
    return Outcome(argv, result.exit_code, None, spent)


@dataclass
class Report:
    cases: int = 0
    per_command: Counter[str] = field(default_factory=Counter)
    exit_codes: Counter[int] = field(default_factory=Counter)
    crashes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    stopped_early: bool = False

    def summary(self) -> str:
        codes = ", ".join(f"exit {k}: {v}" for k, v in sorted(self.exit_codes.items()))
        return (f"{self.cases} command lines over {len(self.per_command)} commands in "
                f"{self.seconds:.0f} s ({codes}); crashes (exit 70) or stalls: "
                f"{len(self.crashes)}" + (" (stopped at the time budget)" if self.stopped_early else ""))


def _shuffled(seed: int, rounds: int) -> tuple[random.Random, list[tuple[Any, Any]]]:
    """`rounds` of each command in the seeded order, and the generator that then draws values."""
    rng = random.Random(seed)
    order = [(path, command) for path, command in commands() for _ in range(rounds)]
    rng.shuffle(order)
    return rng, order


def plan(seed: int, rounds: int, part: int = 0, parts: int = 1) -> list[str]:
    """The commands (as typed) whose lines `fuzz` runs for this part, in order."""
    order = _shuffled(seed, rounds)[1]
    return [" ".join(path) for i, (path, _) in enumerate(order) if i % parts == part]


def fuzz(url: str, files: Files, *, seed: int, rounds: int, budget: float, part: int = 0,
         parts: int = 1) -> Report:
    """`rounds` command lines per command, in a seeded order, within `budget` seconds. With
    `parts`, only every parts-th line from `part` runs: the command lines drawn are the same
    whatever the split (the others are drawn and not run), so two tests (two xdist workers) run
    between them exactly what one would."""
    rng, order = _shuffled(seed, rounds)
    report = Report()
    started = time.perf_counter()
    for index, (path, command) in enumerate(order):
        if time.perf_counter() - started > budget:
            report.stopped_early = True
            break
        argv = case(rng, path, command, files)
        stdin = rng.choice(["", "secret \ufffd text\n", "x" * 10_000])
        if index % parts != part:
            continue
        outcome = run_case(url, argv, stdin=stdin)
        report.cases += 1
        report.per_command[" ".join(path)] += 1
        if outcome.error is not None:
            report.crashes.append(outcome)
        else:
            report.exit_codes[outcome.code or 0] += 1
    report.seconds = time.perf_counter() - started
    return report
