"""PostgreSQL text never holds NUL (U+0000); bounceback stores U+FFFD in its place.

SQLite keeps NUL; PostgreSQL refuses the whole write ("text fields cannot contain NUL"), which
lost a journal entry pasted from a PDF. The string dumpers of each connection replace it, the
way bytes that are not UTF-8 become U+FFFD everywhere else in bounceback.
"""

from __future__ import annotations

from typing import Any

from psycopg.types import string

REPLACEMENT = "\ufffd"


def _clean(obj: str) -> str:
    return obj.replace("\x00", REPLACEMENT) if "\x00" in obj else obj


def _without_nul(base: type) -> type:
    def dump(self: Any, obj: str) -> Any:
        return base.dump(self, _clean(obj))  # type: ignore[attr-defined]

    return type(f"NoNul{base.__name__}", (base,), {"dump": dump})


# In psycopg's own order: the last one registered per format is the default.
_DUMPERS = [
    _without_nul(base) for base in (
        string.StrBinaryDumperName, string.StrBinaryDumperVarchar, string.StrBinaryDumper,
        string.StrDumperName, string.StrDumperVarchar, string.StrDumper, string.StrDumperUnknown,
    )
]


def register(connection: Any) -> None:
    """On one psycopg connection: every str parameter goes out without NUL."""
    for dumper in _DUMPERS:
        connection.adapters.register_dumper(str, dumper)
