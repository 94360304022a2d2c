"""What storage/repos/core.rows cannot do through the driver exactly as SQLAlchemy would, it
leaves to SQLAlchemy: a parameter left out, a value the driver cannot send, an error from the
server (SQLAlchemy's exception classes and `handle_error` listeners: a number too large is the
user's error, not a crash), listeners other than `before_cursor_execute`, and a listener that
changes the statement it is given. Each of these behaved otherwise on PostgreSQL before (the
driver path ran the statement with the missing value as NULL, raised psycopg's own errors,
and was not heard after it ran). On SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import StatementError

from bounceback.domain.errors import InvalidValue
from bounceback.services import Bounceback
from bounceback.storage.repos import core, events, interviews
from tests_now import TODAY


def first_app(bb: Bounceback) -> int:
    return next(a.id for a in bb.applications.list() if a.id is not None)


def test_a_parameter_left_out_is_an_error_not_an_empty_answer(demo_bb: Bounceback) -> None:
    bb = demo_bb
    with bb.db.session() as s:
        assert core.rows(s, events._OF_APPLICATION, {"app_id": first_app(bb)})
    with bb.db.session() as s, pytest.raises(StatementError, match="app_id"):
        core.rows(s, events._OF_APPLICATION)


def test_a_value_the_driver_cannot_send_fails_as_sqlalchemy_says(demo_bb: Bounceback) -> None:
    with demo_bb.db.session() as s, pytest.raises(StatementError):
        core.rows(s, events._OF_APPLICATION, {"app_id": object()})


def test_a_number_too_large_is_the_users_error_on_the_driver_path(demo_bb: Bounceback) -> None:
    """The engine's `handle_error` listener turns a number out of range into InvalidValue;
    a statement sent through the driver gets the same."""
    with demo_bb.db.session() as s:
        assert interviews.due_cards(s, TODAY, 50)
    with demo_bb.db.session() as s, pytest.raises(InvalidValue, match="too large"):
        interviews.due_cards(s, TODAY, 10**20)
    with demo_bb.db.session() as s:  # the next transaction is as good as ever
        assert interviews.due_cards(s, TODAY, 50)


def test_every_listener_hears_the_statements_and_a_changed_statement_is_the_one_sent(
        demo_bb: Bounceback) -> None:
    bb = demo_bb
    engine = bb.db.engine
    app_id = first_app(bb)
    heard_after: list[str] = []
    heard_before: list[str] = []

    def tag(_c: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> Any:
        return statement + " /* tagged */", parameters

    def before(_c: Any, _cursor: Any, statement: str, *_: Any) -> None:
        heard_before.append(statement)

    def after(_c: Any, _cursor: Any, statement: str, *_: Any) -> None:
        heard_after.append(statement)

    event.listen(engine, "before_cursor_execute", tag, retval=True)
    event.listen(engine, "before_cursor_execute", before)
    try:
        bb.applications.timeline(app_id)
        assert heard_before and all(s.endswith("/* tagged */") for s in heard_before)
        event.listen(engine, "after_cursor_execute", after)
        try:
            timeline = bb.applications.timeline(app_id)
        finally:
            event.remove(engine, "after_cursor_execute", after)
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "before_cursor_execute", tag)
    assert timeline.events
    assert any(s.startswith("SELECT events.") for s in heard_after), \
        "the timeline's statement is heard after it ran"
