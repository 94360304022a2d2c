"""The `bounceback` command: global options, command registration and one-line errors."""

from __future__ import annotations

import importlib
import sys

import typer
from typer.core import TyperGroup

from bounceback.cli.context import err_console, state


class Commands(TyperGroup):
    """Turns a BouncebackError from any command into one line on stderr and an exit code."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from bounceback.domain.errors import BouncebackError

        try:
            return super().invoke(ctx)
        except BouncebackError as exc:
            err_console.print(f"bounceback: {exc}", markup=False, highlight=False)
            ctx.exit(exc.exit_code)

    def format_help(self, ctx, formatter):  # type: ignore[no-untyped-def]
        """The top-level help, grouped by panel in plain text: it draws without loading rich's
        help renderer, so `bounceback --help` stays quick. Subcommands keep rich help."""
        if ctx.parent is not None:
            return super().format_help(ctx, formatter)
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        options = [r for r in (p.get_help_record(ctx) for p in self.get_params(ctx)) if r]
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


app = typer.Typer(
    cls=Commands,
    name="bounceback",
    help="Turn job rejections into the next opportunity: track applications, recover, learn.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)

# Each module has `register(app)`. Capabilities add one line here.
COMMAND_MODULES = [
    "bounceback.cli.applications",
    "bounceback.cli.people",
    "bounceback.cli.today",
    "bounceback.cli.data",
    "bounceback.cli.charts",
    "bounceback.cli.skills",
    "bounceback.cli.emails",
    "bounceback.cli.inbox",
    "bounceback.cli.learning",
    "bounceback.cli.serve",
    "bounceback.cli.pipeline",
    "bounceback.cli.recovery",
]


@app.callback()
def main(
    db: str | None = typer.Option(  # noqa: UP007 - typer reads the annotation at run time
        None, "--db", envvar="BOUNCEBACK_DATABASE_URL", metavar="URL",
        help="Database URL (sqlite:///PATH or postgresql+psycopg://...). "
        "Default: bounceback.db in the data folder (BOUNCEBACK_HOME).",
    ),
) -> None:
    state.db_url = db


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)

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
}
_PANEL_OF = {name: panel for panel, names in PANELS.items() for name in names.split()}
_ORDER = list(PANELS)
for _infos in (app.registered_commands, app.registered_groups):
    for _info in _infos:
        _info.rich_help_panel = _PANEL_OF.get(_info.name or "", "More")
    _infos.sort(key=lambda i: _ORDER.index(i.rich_help_panel) if i.rich_help_panel in _ORDER else 99)


def run() -> None:
    """Entry point: user errors are one line on stderr and a non-zero exit, never a traceback."""
    from bounceback.domain.errors import BouncebackError

    try:
        app()
    except BouncebackError as exc:
        err_console.print(f"bounceback: {exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err_console.print("bounceback: stopped; nothing half-done was kept.")
        sys.exit(130)
    except Exception as exc:  # a bug, not bad input: keep the details out of the user's way
        from bounceback.cli.crashlog import report

        path = report(exc)
        err_console.print(
            f"bounceback: something went wrong inside bounceback ({type(exc).__name__}). "
            f"Nothing was half-saved. Details are in {path}; please report them.",
            markup=False,
        )
        sys.exit(70)
    finally:
        if state.service is not None:
            state.service.close()


if __name__ == "__main__":
    run()
