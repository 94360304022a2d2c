"""Help and usage errors in plain words, for every command: no type tags (`<int range>`,
`[x>=1]`), no boxes; a usage error is one line that says what and where to look."""

from __future__ import annotations

import inspect
import sys
from typing import Any

from typer import _click as click  # typer's own copy of click: its classes are the ones raised


def _base(annotation: Any) -> Any:
    """int for `int`, `list[int]` and `int | None`; the annotation itself otherwise."""
    from typing import get_args

    args = [a for a in get_args(annotation) if a is not type(None)]
    return _base(args[0]) if args else annotation


#: Options that take a day: a date or words like "yesterday".
DAY_OPTIONS = {"--on", "--applied", "--due", "--since", "--until", "--week", "--held"}


def value_word(param: Any) -> str:
    """The placeholder shown after an option or for an argument: APP, N, FILE, warm|formal."""
    from pathlib import Path

    if param.param_type_name == "argument":
        return (param.metavar or (param.name or "value").upper()).replace("_", "-")
    if param.is_flag or param.count:
        return ""
    if param.metavar:
        return str(param.metavar)
    if DAY_OPTIONS & set(param.opts):
        return "DATE"
    if "--app" in param.opts:
        return "APP"
    described = param.type_descriptor
    if described.is_choice and described.choices:
        choices = "|".join(str(getattr(c, "value", c)) for c in described.choices)
        return choices if len(choices) <= 40 else "CHOICE"
    if described.is_datetime:
        return "DATE"
    base = _base(described.annotation)
    if described.is_path or base is Path:
        return "FILE"
    return {int: "N", float: "NUMBER"}.get(base, "TEXT")


def _default(param: Any, ctx: click.Context) -> str:
    if not param.show_default or param.is_flag or param.multiple:
        return ""
    value = param.default
    if callable(value) or value in (None, "", (), []):
        return ""
    value = getattr(value, "value", value)
    return f"default: {value}"


def option_row(param: Any, ctx: click.Context) -> tuple[str, str] | None:
    """(left, right) of one option or argument in the help, or None when hidden."""
    if getattr(param, "hidden", False):
        return None
    word = value_word(param)
    if param.param_type_name == "argument":
        return word, getattr(param, "help", None) or ""
    names = sorted(param.opts, key=lambda o: (o.startswith("--"), o))
    left = ", ".join(names)
    if param.secondary_opts:
        left += " / " + ", ".join(param.secondary_opts)
    if word:
        left += f" {word}"
    right = (param.help or "").strip()
    notes = [n for n in (_default(param, ctx),) if n]
    if param.required:
        notes.append("required")
    envvar = param.envvar if isinstance(param.envvar, str) else None
    if envvar:
        notes.append(f"or set {envvar}")
    for note in notes:
        if right and not right.endswith((".", "?", ")")):
            right += "."
        right = f"{right} {note[0].upper()}{note[1:]}.".strip()
    return left, right


def usage_pieces(command: Any, ctx: click.Context) -> list[str]:
    """[OPTIONS], then each argument as its placeholder ([OPTIONAL], MANY...), then for a group
    COMMAND [ARGS]..."""
    pieces = ["[OPTIONS]"]
    for param in command.get_params(ctx):
        if param.param_type_name != "argument":
            continue
        word = value_word(param)
        if param.nargs == -1 and "..." not in word:
            word += "..."
        if not param.required and not word.startswith("["):
            word = f"[{word}]"
        pieces.append(word)
    if hasattr(command, "list_commands"):
        pieces.append("COMMAND [ARGS]...")
    return pieces


def write_help(command: click.Command, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    """A command's help: usage, what it does, arguments, options, and its subcommands."""
    formatter.write_usage(ctx.command_path, " ".join(usage_pieces(command, ctx)))
    text = inspect.cleandoc(command.help or "").replace("\b\n", "")
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            for i, paragraph in enumerate(text.split("\n\n")):
                if i:
                    formatter.write_paragraph()
                formatter.write_text(" ".join(paragraph.split()))
    params = command.get_params(ctx)
    arguments = [r for p in params if p.param_type_name == "argument" and (r := option_row(p, ctx))]
    if any(right for _, right in arguments):
        with formatter.section("Arguments"):
            formatter.write_dl(arguments)
    options = [r for p in params if p.param_type_name == "option" and (r := option_row(p, ctx))]
    if options:
        with formatter.section("Options"):
            formatter.write_dl(options)
    if hasattr(command, "list_commands"):
        rows = []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)  # type: ignore[attr-defined]
            if sub is not None and not sub.hidden:
                rows.append((name, sub.get_short_help_str(limit=70)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def plain_everywhere(group: click.Command) -> None:
    """Give every command below `group` the plain help (the top level draws its own)."""
    from types import MethodType

    def plain(self: click.Command, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        write_help(self, ctx, formatter)

    for sub in getattr(group, "commands", {}).values():
        sub.format_help = MethodType(plain, sub)  # type: ignore[method-assign]
        plain_everywhere(sub)


def usage_line(exc: click.ClickException) -> str:
    """A usage error as one line: what went wrong, and where the help is."""
    message = " ".join(exc.format_message().split())
    if not message.endswith((".", "?", "!")):
        message += "."
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "bounceback"
    return f"{where}: {message} See `{where} --help`."


def report_usage_error(exc: click.ClickException) -> int:
    from bounceback.cli.context import err_console

    err_console.print(usage_line(exc), markup=False, highlight=False, soft_wrap=True)
    return exc.exit_code


def exit_with(code: Any) -> None:
    sys.exit(code if isinstance(code, int) and not isinstance(code, bool) else 0)
