"""Arguments holding bytes that are not UTF-8: file names keep them, text loses only them.

Python reads such bytes in an argument as lone surrogates (os.fsdecode), which no database or
terminal accepts. A file name made on another system ("caf\\xe9.csv" in Latin-1) must keep them:
os.fsencode gives back the very bytes, so the real file opens and a new one gets the name that
was typed. Any other text (a journal entry, a company) keeps its words and has U+FFFD for each
bad byte. Which is which comes from each parameter's annotation: a `Path` is a file name; a
plain string is text, unless it names a file that is there (`posting import FILE`).
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import Any, get_args

from typer import _click as click


def readable(text: str) -> str:
    """`text` with each byte that is not UTF-8 as U+FFFD; a name of a file that is there stays
    as it is, so it still opens."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        if not os.path.lexists(text):
            return os.fsencode(text).decode("utf-8", "replace")
    return text


def readable_name(name: str) -> str:
    """A file name as text to store or show: each byte that is not UTF-8 as U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def readable_text(argv: list[str]) -> list[str]:
    """Every argument made readable (paths to files that exist are kept as they are)."""
    return [readable(arg) for arg in argv]


def _readable_value(value: Any) -> Any:
    if isinstance(value, str):
        return readable(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_readable_value(v) for v in value)
    return value


def _is_path(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, PurePath):
        return True
    return any(_is_path(arg) for arg in get_args(annotation))


def _text_callback(callback: Any) -> Any:
    def readable_then(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        value = _readable_value(value)
        return callback(ctx, param, value) if callback is not None else value

    readable_then.readable = True  # type: ignore[attr-defined]
    return readable_then


def paths_keep_their_bytes(command: click.Command) -> None:
    """Make every text parameter below `command` readable; leave `Path` parameters' bytes."""
    for param in command.params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and _is_path(descriptor.annotation):
            continue
        if not getattr(param.callback, "readable", False):
            param.callback = _text_callback(param.callback)
    for sub in getattr(command, "commands", {}).values():
        paths_keep_their_bytes(sub)
