"""Arguments holding bytes that are not UTF-8: file names keep them, text loses only them.

Python reads such bytes in an argument as lone surrogates (os.fsdecode), which no database or
terminal accepts. A file name made on another system ("caf\\xe9.csv" in Latin-1) must keep them:
os.fsencode gives back the very bytes, so the real file opens and a new one gets the name that
was typed. Any other text (a journal entry, a company) keeps its words and has U+FFFD for each
bad byte. Which is which comes from each parameter's annotation: a `Path` is a file name; a
plain string is text, unless it names a file that is there (`posting import FILE`).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import PurePath
from typing import Any, get_args, get_origin

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


# Typer (0.2x) checks each parameter's value with a pydantic TypeAdapter built on first use:
# importing pydantic and building the adapters was 80-95 ms of `add`'s ~520 of CPU (round 22,
# bench/cli_writes.py). The values most parameters get are plain: a string for a `str`, ASCII
# digits for an `int` or a `float`, a bool for a flag. Those are taken as they are here (the
# value pydantic would give); anything else (a value to refuse, a range missed, a path, a
# choice, another type) goes to typer's own check, built then, so its answers and messages are
# typer's. tests/cli/test_plain_values.py compares the two on many values.
_NUMBERS = {int: re.compile(r"-?[0-9]{1,18}"),
            float: re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,15})?")}
_SLOW = object()


def _plain(annotation: Any, info: Any, value: Any) -> Any:
    """The value typer's check would give `value`, when it is plain; else _SLOW."""
    number: Any
    if annotation is str:
        return value if isinstance(value, str) else _SLOW
    if annotation is bool:
        return value if isinstance(value, bool) else _SLOW
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return list(value)
        return _SLOW
    if not isinstance(annotation, type) or annotation not in _NUMBERS:
        return _SLOW
    if isinstance(value, str) and _NUMBERS[annotation].fullmatch(value):
        number = annotation(value)
    elif type(value) is annotation:
        number = value
    else:
        return _SLOW
    if info.clamp or (info.min is not None and number < info.min) or (
            info.max is not None and number > info.max):
        return _SLOW
    return number


@functools.cache
def plain_values() -> None:
    """From now on, each typer parameter takes plain values without pydantic (see _plain);
    nothing changes when typer's internals are not the ones this knows (typer checks every
    value, as before)."""
    try:
        from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
        from typer.core import _TyperParameter
    except ImportError:  # typer before 0.2x: click checks the values
        return
    if not callable(getattr(_TyperParameter, "get_runtime_param", None)):
        return

    class Plain(RuntimeParam):  # type: ignore[misc]
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            plain = _plain(self.annotation, self.parameter_info, value)
            if plain is not _SLOW:
                return plain
            typers = build_runtime_param(TypeDescriptor(
                annotation=self.annotation, parameter_info=self.parameter_info,
                file_annotation=None))
            return typers._coerce_value(value, param=param, ctx=ctx)

    typers_own = _TyperParameter.get_runtime_param

    def get_runtime_param(param: Any) -> Any:
        descriptor = param.type_descriptor
        if (param._runtime_param is None and descriptor.file_annotation is None
                and descriptor.parameter_info.parser is None):
            param._runtime_param = Plain(parameter_info=descriptor.parameter_info,
                                         annotation=descriptor.annotation)
        return typers_own(param)

    _TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign,assignment]
