"""What every command shares: the service object, output helpers and option types."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from bounceback.services import Bounceback

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


class State:
    """Set by the global callback: which database, and the service once made."""

    db_url: str | None = None
    service: Bounceback | None = None


state = State()


def service() -> Bounceback:
    if state.service is None:
        from bounceback.config import Settings, default_database_url
        from bounceback.services import Bounceback

        state.service = Bounceback(
            Settings(database_url=state.db_url or default_database_url()), clock=fixed_clock()
        )
    return state.service


def fixed_clock() -> Any:
    """BOUNCEBACK_NOW (ISO date-time) pins "now", for reproducible examples and tests."""
    import os

    pinned = os.environ.get("BOUNCEBACK_NOW")
    if not pinned:
        return None
    moment = datetime.fromisoformat(pinned)
    return lambda: moment


def jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        value = {k: v for k, v in asdict(value).items()}
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(jsonable(value), ensure_ascii=False, indent=2) + "\n")


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def say(text: str, style: str | None = None) -> None:
    console.print(text, style=style, markup=False)


def resolve_app(ref: str) -> Any:
    return service().applications.resolve(ref)


def parse_day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    from bounceback.domain.dates import parse_date

    return parse_date(text, what=what)


def enum_value(enum: type[Enum], text: str | None, what: str) -> Any:
    if text is None:
        return None
    from bounceback.domain.vocabulary import parse_enum

    return parse_enum(enum, text, what)  # type: ignore[type-var]
