"""The `bounceback` command: global options, command registration and one-line errors."""

from __future__ import annotations

import errno
import importlib
import io
import sys

import typer
from typer.core import TyperGroup

from bounceback.cli.context import err_console, state

_FILE_ERRORS = {errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EACCES,
                errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.ELOOP, errno.EEXIST,
                errno.ETXTBSY, errno.EXDEV}


class Commands(TyperGroup):
    """Turns a BouncebackError from any command into one line on stderr and an exit code;
    usage errors are one line too, and every help is plain words (cli/help.py)."""

    def main(self, args=None, prog_name=None, complete_var=None,  # type: ignore[no-untyped-def,override]
             standalone_mode=True, **extra):
        from typer import _click as click

        from bounceback.cli import help as plain
        from bounceback.cli.arguments import paths_keep_their_bytes, plain_values

        plain.plain_everywhere(self)
        paths_keep_their_bytes(self)
        plain_values()
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # `bounceback feedback`: its help
            click.echo(exc.ctx.get_help() if exc.ctx else "")
            code = 0
        except click.ClickException as exc:
            if not standalone_mode:
                raise
            code = plain.report_usage_error(exc)
        except typer.Abort:
            err_console.print("bounceback: stopped; nothing was saved.")
            code = 1
        if standalone_mode:
            plain.exit_with(code)
        return code

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        """Bare `bounceback`: the help, and success (it is how people start)."""
        if not args and ctx.parent is None:
            typer.echo(ctx.get_help())
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from bounceback.domain.errors import BouncebackError

        try:
            return super().invoke(ctx)
        except BouncebackError as exc:
            err_console.print(f"bounceback: {exc}", markup=False, highlight=False)
            ctx.exit(exc.exit_code)
        except OSError as exc:
            # A file the user named that the system refuses (a name too long, a folder that is
            # not there, no permission, a full disk) is their answer to give, not a crash. The
            # transaction around the command has rolled back.
            if exc.filename is None or exc.errno not in _FILE_ERRORS:
                raise
            err_console.print(f"bounceback: cannot use {exc.filename}: {exc.strerror}; nothing "
                              "was saved", markup=False, highlight=False)
            ctx.exit(1)

    def format_help(self, ctx, formatter):  # type: ignore[no-untyped-def]
        """The top-level help, grouped by panel in plain text: it draws without loading rich's
        help renderer, so `bounceback --help` stays quick. Subcommands keep rich help."""
        if ctx.parent is not None:
            return super().format_help(ctx, formatter)
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        from bounceback.cli.help import option_row

        options = [r for r in (option_row(p, ctx) for p in self.get_params(ctx)) if r]
        with formatter.section("Options"):
            formatter.write_dl(options)
        panels: dict[str, list[tuple[str, str]]] = {}
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            panel = getattr(command, "rich_help_panel", None) or "More"
            panels.setdefault(panel, []).append((name, command.get_short_help_str(limit=70)))
        for panel, rows in panels.items():
            with formatter.section(panel):
                formatter.write_dl(rows)
        formatter.write_paragraph()
        formatter.write_text(
            "`bounceback COMMAND --help` shows a command's options. The web app: `bounceback serve`."
        )


def _new_app() -> typer.Typer:
    return typer.Typer(
        cls=Commands,
        name="bounceback",
        help="Turn job rejections into the next opportunity: track applications, recover, learn.",
        no_args_is_help=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
        add_completion=False,
    )


# Each module has `register(app)` and registers the commands listed with it. Capabilities add
# one line here; tests/cli check that every module registers exactly the names listed.
COMMAND_MODULES: dict[str, str] = {
    "bounceback.cli.applications": "add list show edit move note withdraw",
    "bounceback.cli.people": "contacts tasks",
    "bounceback.cli.today": "today",
    "bounceback.cli.data": "export import backup restore demo db settings",
    "bounceback.cli.charts": "chart review calendar",
    "bounceback.cli.skills": "gaps tailor posting resume skills",
    "bounceback.cli.emails": "emails",
    "bounceback.cli.inbox": "inbox",
    "bounceback.cli.learning": "reasons patterns brief feedback interview practice lesson",
    "bounceback.cli.serve": "serve",
    "bounceback.cli.pipeline": "outlook plan conversion ghost",
    "bounceback.cli.recovery": "reject checkin helplines recovery journal support",
    "bounceback.cli.users": "users share unshare sharing",
}
MODULE_OF = {name: module for module, names in COMMAND_MODULES.items() for name in names.split()}


def _version(value: bool) -> None:
    if value:
        from bounceback import __version__

        typer.echo(f"bounceback {__version__}")
        raise typer.Exit()


def main(
    ctx: typer.Context,
    db: str | None = typer.Option(  # noqa: UP007 - typer reads the annotation at run time
        None, "--db", envvar="BOUNCEBACK_DATABASE_URL", metavar="URL",
        help="Database URL (sqlite:///PATH or postgresql+psycopg://...). "
        "Default: bounceback.db in the data folder (BOUNCEBACK_HOME).",
    ),
    user: str | None = typer.Option(  # noqa: UP007 - typer reads the annotation at run time
        None, "--user", metavar="EMAIL",
        help="On a shared server: run the command as this account, on its data only."),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Show the version and exit."),
) -> None:
    state.db_url = db
    state.user = user
    if state.accounts is not None:  # run again in one process (tests): this database's own
        state.accounts.close()
        state.accounts = None
    if user is not None:
        from bounceback.domain.errors import NotAllowed

        if ctx.invoked_subcommand in PRIVATE_TO_WRITER:
            raise NotAllowed(f"`{ctx.invoked_subcommand}` is not run as another account: the "
                             "journal is private to the person who writes it, admins included")


#: Commands that reach the journal as a whole: never run with --user (by an administrator).
PRIVATE_TO_WRITER = {"journal", "backup", "restore"}


# `bounceback --help` groups commands by what a job seeker is doing, not by module.
PANELS = {
    "Your applications": "add list show edit move note withdraw today contacts tasks",
    "After a rejection": "reject checkin journal support recovery helplines",
    "Keep more than one door open": "outlook plan ghost conversion",
    "Learn from it": "feedback reasons interview practice lesson patterns brief",
    "Skills": "posting resume skills gaps tailor",
    "Email": "emails inbox",
    "Pictures and reports": "chart review calendar serve",
    "Your data": "export import backup restore demo db settings",
    "Career centre": "users share unshare sharing",
}
_PANEL_OF = {name: panel for panel, names in PANELS.items() for name in names.split()}
_ORDER = list(PANELS)


def command_name(argv: list[str]) -> str | None:
    """The command word in `argv` (after the global --db and --user options), or None."""
    args = iter(argv)
    for arg in args:
        if arg in ("--db", "--user"):
            next(args, None)
        elif not arg.startswith("-"):
            return arg
        elif not arg.startswith(("--db=", "--user=")):
            return None  # --help, a typo: the whole app answers
    return None


def asks_top_help(argv: list[str]) -> bool:
    """`bounceback`, `bounceback --help` (with or without --db): the top-level help only."""
    rest = [a for a in argv if not a.startswith("--db=")]
    if "--db" in rest:
        at = rest.index("--db")
        rest = rest[:at] + rest[at + 2:]
    return all(a in ("-h", "--help") for a in rest)


def build(argv: list[str] | None = None) -> typer.Typer:
    """The app with the commands `argv` needs: only the module of the command being run (its
    click command is the only one built), or every module for help and everything else."""
    module = MODULE_OF.get(command_name(argv) or "") if argv is not None else None
    if argv is not None and module is None and asks_top_help(argv):
        return help_stubs(build())
    built = _new_app()
    built.callback()(main)
    for name in [module] if module else COMMAND_MODULES:
        importlib.import_module(name).register(built)
    for infos in (built.registered_commands, built.registered_groups):
        for info in infos:
            info.rich_help_panel = _PANEL_OF.get(info.name or "", "More")
        infos.sort(key=lambda i: _ORDER.index(i.rich_help_panel) if i.rich_help_panel in _ORDER else 99)
    return built


def help_stubs(whole: typer.Typer) -> typer.Typer:
    """The same top-level help from commands without parameters: building 79 real commands
    is most of what `bounceback --help` would cost, and the help lists only their names."""
    import inspect

    from typer.main import solve_typer_info_defaults

    stub = _new_app()
    stub.callback()(main)
    for info in whole.registered_commands:
        def command() -> None:
            """Stands in for the real command in the top-level help."""

        command.__doc__ = info.help or inspect.getdoc(info.callback)
        stub.command(info.name, short_help=info.short_help, hidden=info.hidden,
                     rich_help_panel=info.rich_help_panel)(command)
    for group in whole.registered_groups:
        group_info = solve_typer_info_defaults(group)
        stub.add_typer(typer.Typer(), name=group_info.name, help=group_info.help,
                       short_help=group_info.short_help, hidden=group_info.hidden,
                       rich_help_panel=group_info.rich_help_panel)
    return stub


def __getattr__(name: str) -> typer.Typer:
    """`bounceback.cli.main.app`: the whole app (tests and docs), built on first use."""
    if name == "app":
        whole = globals()["app"] = build()
        return whole
    raise AttributeError(name)


def tolerant_streams() -> None:
    """Standard input that is not UTF-8 is read with U+FFFD for the bad bytes instead of failing
    (and losing a journal entry); output never fails on a character the terminal cannot show."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def run() -> None:
    """Entry point: user errors are one line on stderr and a non-zero exit, never a traceback."""
    from bounceback.domain.errors import BouncebackError

    tolerant_streams()
    try:
        build(sys.argv[1:])()
    except BouncebackError as exc:
        err_console.print(f"bounceback: {exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err_console.print("bounceback: stopped; nothing half-done was kept.")
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: keep the details out of the user's way
        from bounceback.cli.crashlog import report

        path = report(exc)
        saved = state.service is not None and state.service.db.commits > 0
        kept = ("What this command saved before the error is kept; nothing after it was saved."
                if saved else "Nothing was saved.")
        err_console.print(
            f"bounceback: something went wrong inside bounceback ({type(exc).__name__}). "
            f"{kept} Details are in {path}; please report them.",
            markup=False,
        )
        sys.exit(70)
    finally:
        if state.service is not None:
            state.service.close()
        if state.accounts is not None:
            state.accounts.close()


if __name__ == "__main__":
    run()
