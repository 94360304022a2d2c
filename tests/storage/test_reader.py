"""The lean reader (storage/readmodel/reader.py): a page's queries share one cursor, closed
when the read transaction ends, on both engines."""

from __future__ import annotations

from typing import Any


def _closed(cursor: Any) -> bool:
    """Whether a DB-API cursor was closed (psycopg says so; sqlite3 refuses to run one)."""
    if hasattr(cursor, "closed"):
        return bool(cursor.closed)
    import sqlite3

    try:
        cursor.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_read_transaction_sends_its_queries_through_one_cursor_and_closes_it(bb) -> None:
    with bb.db.reader() as reader:
        assert reader.scalar("SELECT :a", a=2) == 2
        first = reader._cursor
        assert first is not None
        # a parameter beside a literal percent sign: the text is converted for the driver
        assert reader.scalar("SELECT :a || '%'", a="5") == "5%"
        assert reader.column("SELECT :b", b="x") == ["x"]
        assert reader._cursor is first  # one cursor for the page's queries, not one each
    assert reader._cursor is None
    assert _closed(first)  # with the transaction


def test_inside_a_write_the_reader_sees_what_it_wrote_and_closes_its_cursor(bb) -> None:
    from bounceback.domain.models import Application

    with bb.db.session():
        made = bb.applications.add(Application(company="Cursorton", role="Cursor Analyst"))
        with bb.db.reader() as reader:
            assert reader.scalar("SELECT role FROM applications WHERE id = :i",
                                 i=made.id) == "Cursor Analyst"
            cursor = reader._cursor
        assert reader._cursor is None
        assert _closed(cursor)
