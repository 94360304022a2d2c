"""Probes shared by the tests of what the service keeps between requests (importable as
`kept_probes`): the statements it sends, a command from another process, a rejected application."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import reader
from tests_now import TODAY
from tests_support_cli import run_cli

TEMPLATE = (
    "Thank you for interviewing. We wanted to let you know that the position has been filled by "
    "an internal candidate."
)


@contextmanager
def statements(bb: Bounceback) -> Iterator[list[str]]:
    """Every statement the service sends while the block runs."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(bb.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(bb.db.engine, "before_cursor_execute", note)


def elsewhere(db_url: str, home: Path, *argv: str) -> None:
    """A command run by another process on the same database."""
    done = run_cli(["--db", db_url, *argv], env={"BOUNCEBACK_HOME": str(home)})
    assert done.returncode == 0, done.stderr


def rejected(bb: Bounceback) -> Application:
    app = bb.applications.add(Application(company="Larkspur", role="Data Analyst",
                                          date_applied=TODAY - timedelta(days=30)))
    bb.applications.move(app.id, Stage.INTERVIEWING, on=TODAY - timedelta(days=20))
    bb.rejections.record(app.id, on=TODAY - timedelta(days=3), text=TEMPLATE)
    return app


@contextmanager
def read_path_statements() -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """Every statement the read path (`Reader.all`) sends while the block runs, with its
    parameters: to read the plans of what a page or a command asks."""
    sent: list[tuple[str, dict[str, Any]]] = []
    real = reader.Reader.all

    def all(self: reader.Reader, sql: str, **params: Any) -> Any:
        sent.append((sql, params))
        return real(self, sql, **params)

    reader.Reader.all = all  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        reader.Reader.all = real  # type: ignore[method-assign]
