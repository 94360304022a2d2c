"""What every command shares: the service object, output helpers and option types."""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

import typer

from bounceback.cli.jsonout import jsonable, print_json, to_json  # noqa: F401 - commands use them

if TYPE_CHECKING:
    from rich.console import Console

    from bounceback.services import Bounceback
    from bounceback.services.accounts import AccountsService


class _LazyConsole:
    """A rich Console made on first use: start-up (`bounceback --help`) does not load rich."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return getattr(self._console, name)


console: Any = _LazyConsole(highlight=False)
err_console: Any = _LazyConsole(stderr=True, highlight=False, soft_wrap=True)

JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
AppArg = typer.Argument(..., metavar="APP", help="Application number (12) or company/role words.")


class State:
    """Set by the global callback: which database, as whom (`--user`), and the service once
    made."""

    db_url: str | None = None
    user: str | None = None
    service: Bounceback | None = None
    accounts: AccountsService | None = None


state = State()

#: The read commands (their words after `bounceback`): given a SQLite file that is not there,
#: they say so and make nothing (storage/folders.py refuse_missing); a command that saves makes
#: it on first use. With any of the options beside it, the command saves.
READS: dict[str, tuple[str, ...]] = {name: () for name in (
    "list", "show", "today", "outlook", "conversion", "ghost", "ghost times", "recovery",
    "recovery resilience", "patterns", "brief", "practice", "practice list", "gaps", "tailor",
    "review", "chart", "calendar export", "export", "contacts", "tasks", "journal list",
    "journal show", "support", "support list", "feedback list", "interview list",
    "lesson list", "posting show", "resume list", "skills", "db info", "settings")}
READS.update({"plan": ("goal", "add", "remove"), "reasons": ("set_", "also", "confirm"),
              "skills vocabulary": ("add", "remove"), "inbox review": ("item",)})


#: Read commands that answer from what ships with bounceback (the settings' defaults, the skills
#: vocabulary, the reasons' names) or say where the database is: on a fresh install they answer
#: as on an empty database, not with the "nothing here yet" line.
SAME_WHEN_EMPTY = frozenset({"settings", "skills vocabulary", "reasons", "db info"})


def _command() -> Any:
    """The click context of the command running, or None."""
    import importlib

    # the click typer runs on (typer 0.29 carries its own copy): its context of the command
    try:
        found = importlib.import_module(typer.Context.__mro__[1].__module__.rpartition(".")[0]
                                        + ".globals")
        return found.get_current_context(silent=True)
    except (ImportError, AttributeError, IndexError):  # another typer: saving is the old way
        return None


def reading(ctx: Any = None) -> bool:
    """Whether the command running (`ctx`: its click context, looked up when not given) is a
    read command (READS), as typed."""
    ctx = _command() if ctx is None else ctx
    if ctx is None:
        return False
    words = " ".join(ctx.command_path.split()[1:])
    writes = READS.get(words)
    return writes is not None and not any(ctx.params.get(name) for name in writes)


def database_url() -> str:
    from bounceback.config import default_database_url

    return state.db_url or default_database_url()


def accounts() -> AccountsService:
    """The accounts of this database (a multi-user server's)."""
    if state.accounts is None:
        from bounceback.services.accounts import AccountsService

        state.accounts = AccountsService(database_url(), fixed_clock())
    return state.accounts


def no_accounts_yet() -> bool:
    """A fresh install (no database named, bounceback's own file not made): no accounts can be
    there, and looking for them must make nothing (an engine over the accounts' file made the
    empty data folder: round 19)."""
    from bounceback.storage.folders import first_run

    return first_run(state.db_url or None)


def found_accounts() -> AccountsService:
    """The accounts of this database, which must have some (`--user`, sharing)."""
    found = None if no_accounts_yet() else accounts()
    if found is None or not found.enabled():
        from bounceback.domain.errors import NotFound

        raise NotFound("this database has no accounts; --user needs one "
                       "(`bounceback users add EMAIL --role seeker`)")
    return found


def service() -> Bounceback:
    """The service over the data of `--user` (that account's store only) or, without it, the
    owner's: a single-user install is the owner's, as it always was."""
    if state.service is None:
        from bounceback.config import Settings
        from bounceback.services import Bounceback

        if state.user is not None:
            state.service = found_accounts().service_for(accounts().get(state.user))
        else:
            ctx = _command()  # looked up once: whether it reads, and how it answers
            reads, url = reading(ctx), database_url()
            from bounceback.storage.folders import EMPTY_URL, NOTHING_YET, first_run

            if reads and first_run(state.db_url or None):  # a fresh install: an empty search
                told = ctx is not None and (ctx.params.get("json") or " ".join(
                    ctx.command_path.split()[1:]) in SAME_WHEN_EMPTY)
                if not told:
                    say(NOTHING_YET)
                    raise typer.Exit(0)
                url = EMPTY_URL  # the JSON of an empty database, made in memory only
            state.service = Bounceback(Settings(database_url=url), clock=fixed_clock())
            state.service.db.create_missing = not reads
        # A write that must wait for another (an import) says so once, then waits.
        state.service.db.on_busy = lambda message: err_console.print(
            f"bounceback: {message}", markup=False, highlight=False)
    return state.service


def fixed_clock() -> Any:
    """The service's clock: BOUNCEBACK_NOW (ISO date-time) pins "now"."""
    from bounceback.domain.clock import Clock

    return Clock.from_environment()


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def say(text: str, style: str | None = None) -> None:
    """One message. Written as it is when rich would write it unchanged (not a terminal, short
    plain lines): a command that saves and says one line then loads no rich (about a twentieth
    of such a process's processor time, round 18)."""
    if _plain(text):
        sys.stdout.write(text + "\n")
        return
    console.print(text, style=style, markup=False)


def _plain(text: str) -> bool:
    """True when rich's console would print `text` as it is: output not a terminal nor forced
    to be one, every line within the width rich would wrap at (80, or less when a terminal or
    COLUMNS says so), of characters one cell wide, with no tab, no control character, no
    trailing space and nothing rich reads as an emoji code (`:name:`)."""
    import contextlib
    import os
    import re

    if not isinstance(console, _LazyConsole) or console._console is not None:
        return False  # rich is loaded already (or a test's console is in place): it writes
    if sys.stdout.isatty() or any(os.environ.get(k) for k in (
            "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS")):
        return False
    width = 80
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        width = min(width, int(columns))
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError, ValueError):
            width = min(width, os.get_terminal_size(fd).columns)
    if re.search(r":\S*?:", text):
        return False
    return all(len(line) < width and line.isprintable() and line == line.rstrip()
               and all(ord(ch) < 0x300 or 0x2013 <= ord(ch) <= 0x2026 for ch in line)
               for line in text.split("\n"))


def resolve_app(ref: str) -> Any:
    """The application named by number or words, read without the ORM (a read command that
    names one, `show` or `brief`, loads no ORM for it)."""
    return service().views.resolve(ref)


def resolve_rejection(ref: str) -> Any:
    """The rejection recorded for an application (number or words); NotFound when there is none."""
    from bounceback.domain.errors import NotFound

    found = resolve_app(ref)
    rejection = service().rejections.for_application(found.id)
    if rejection is None:
        raise NotFound(f"#{found.id} {found.title} has no rejection recorded")
    return rejection


def parse_day(text: str | None, what: str, *, past: bool = False) -> date | None:
    """A date option by the one rule (domain.dates); `past=True` where the action happened."""
    if text is None:
        return None
    from bounceback.domain.dates import parse_date

    svc = service()
    return parse_date(text, what=what, today=svc.clock().date(), past=past,
                      order=svc.date_order())


def enum_value(enum: type[Enum], text: str | None, what: str) -> Any:
    if text is None:
        return None
    from bounceback.domain.vocabulary import parse_enum

    return parse_enum(enum, text, what)  # type: ignore[type-var]
