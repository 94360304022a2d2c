"""How many statements each kind of page sends to the database, pinned so that it cannot creep
back up. On PostgreSQL every statement is a round trip to another process (and every
transaction two more, its BEGIN and its end): a page's count, not only its queries' cost, is
what made the same pages twice as slow there as on SQLite. A page that needs more must say so
here (and why); one that needs fewer lowers its pin."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from bounceback.storage.readmodel import reader

#: page kind -> (statements, transactions) one view sends at most, on the small demo, once the
#: process has seen the page (what a process keeps under a stamp is then kept).
PINS: dict[str, tuple[int, int]] = {
    "/": (11, 1),  # round 24: the weekly plan and the revivals with the pipeline's totals,
    # and how many interviews and tasks are due with their lists (the small demo's tasks
    # overflow Today's list: 13 before). Round 23: the cards due and the mail waiting with
    # the feedback follow-ups. Round 19: the last search activity in recovery's first looks, the offers
    # and the top hope in one, the weeks sent with the pipeline's totals, the interviews
    # booked with the tasks due (18 before).
    # Before: recovery's three first looks in one, the last search activity in one; the
    # cards due and the mail waiting in one; the weeks sent and the last day sent in one (22
    # before round 11). Round 14: 18, the open recovery windows first (the first 25 by the
    # index on their end) and, when none is open, the ones that ended last in a second
    # statement, instead of one that placed every window of five weeks (Today from 5,000 to
    # 50,000: x2.6 -> x1.7)
    "/board": (2, 1),  # round 18: a card reads what it shows, no tags, every column in one statement (11 before)
    "/board?show=all": (2, 1),  # 13 before round 18 (speed18 7, centre18 3; together 2)
    "/board?q=analyst&show=all": (3, 1),  # 2 on PostgreSQL (its own text search); 4 before
    "/applications/new": (0, 0),
    "/settings": (2, 1),
    "/import": (0, 0),
    "/outlook": (5, 1),  # round 24: the plan with the pipeline's totals (6 before). The
    # weeks sent and the last day sent in one statement; round 19: with the pipeline's
    # totals, and the offers with the top hope (8 before)
    "/insights": (0, 0),
    "/practice": (2, 1),
    "/inbox": (1, 1),
    "/journal": (1, 1),
    "/journal/write": (1, 1),
    "/checkin": (1, 1),
    "/calendar.ics": (5, 1),  # round 25: the interviews and the tasks with how many of each
    # there are, the plan's intentions with the database's id (7 before; 9 at 5,000)
    "an application, open": (7, 1),  # its tags with it; no links without contacts
    "an application, rejected": (11, 1),  # the labels' and the skills' stamps in one statement
    "an application's edit form": (1, 1),
    "/insights/sections/patterns": (2, 1),  # not the applications behind its questions; its
    # totals, its 30 days (kept by day: readmodel/days.py) and its delays' medians (counted by
    # stage and days in the tallies, round 13: five statements before) in one; its wordings
    # (their index walked, their counts from the tallies) in one
    "/insights/sections/conversion": (3, 1),
    "/insights/sections/resilience": (3, 1),  # the records' totals by day, the few records of
    # the days the trends' halves end on (round 13), the records shown
    "/insights/sections/gaps": (6, 1),
    "a rejection": (10, 1),
    "a brief": (14, 1),  # round 24: the lessons with the cards due (15 before). Round 23:
    # the ranks of similar applications one at a time, only while the ranks above fell
    # short (the small demo's brief reads two), on PostgreSQL too: one union of every rank's
    # first rows (14 statements) kept its server 29 ms busy at 5,000 applications; the page's
    # wall time 38-52 -> 13-18 ms
}

#: On SQLite, where a statement is no round trip, a few pages read in more statements that
#: each cost less (round 23): the board's columns one statement each (the union of every
#: column took SQLite 1.6 ms against 1.2 for the six one by one at 5,000 applications); and
#: the brief's ranks of similar applications (one at a time on both engines since round 23).
SQLITE_PINS: dict[str, tuple[int, int]] = {
    "/board": (6, 1),  # the totals and the five open columns
    "/board?show=all": (7, 1),  # and the closed column
}


class Counted:
    def __init__(self) -> None:
        self.statements: list[str] = []
        self.transactions = 0


@pytest.fixture
def counted(demo_web: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Counted]:
    """Statements through SQLAlchemy (its events) and through the lean reader's cursors."""
    found = Counted()
    engine = demo_web.bb.db.engine

    def sent(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        found.statements.append(statement)

    def begun(_conn) -> None:  # type: ignore[no-untyped-def]
        found.transactions += 1

    real_all, real_reading = reader.Reader.all, reader.reading

    def all_rows(self, sql, **params):  # type: ignore[no-untyped-def]
        found.statements.append(sql)
        return real_all(self, sql, **params)

    def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
        found.transactions += 1
        return real_reading(*args, **kwargs)

    monkeypatch.setattr(reader.Reader, "all", all_rows)
    monkeypatch.setattr(reader, "reading", reading)
    event.listen(engine, "before_cursor_execute", sent)
    event.listen(engine, "begin", begun)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", sent)
        event.remove(engine, "begin", begun)


def kinds(web: Any) -> dict[str, str]:
    """page kind -> one address of it on the demo (as bench/profile_pages.py finds them)."""
    board = web.get("/board").text
    closed = web.get("/board?show=closed").text
    live = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', board)))
    shut = list(dict.fromkeys(re.findall(r'href="/applications/(\d+)"', closed)))
    found = {k: k for k in PINS if k.startswith("/")}
    found["an application, open"] = f"/applications/{live[0]}"
    found["an application, rejected"] = f"/applications/{shut[0]}"
    found["an application's edit form"] = f"/applications/{live[0]}/edit"
    rejections = re.findall(r'href="/rejections/(\d+)"', web.get(f"/applications/{shut[0]}").text)
    found["a rejection"] = f"/rejections/{rejections[0]}"
    briefs = [a for a in live if f"/applications/{a}/brief" in web.get(f"/applications/{a}").text]
    found["a brief"] = f"/applications/{briefs[0]}/brief"
    return found


def test_each_page_sends_no_more_statements_than_pinned(demo_web: Any, counted: Counted) -> None:
    over = []
    for kind, path in kinds(demo_web).items():
        assert demo_web.get(path).status_code == 200, path  # seen once: what is kept, kept
        counted.statements.clear()
        counted.transactions = 0
        assert demo_web.get(path).status_code == 200, path
        pinned = PINS[kind]
        if demo_web.bb.db.is_sqlite:
            pinned = SQLITE_PINS.get(kind, pinned)
        got = (len(counted.statements), counted.transactions)
        if got[0] > pinned[0] or got[1] > pinned[1]:
            over.append(f"{kind} ({path}): {got[0]} statements in {got[1]} transactions, "
                        f"pinned {pinned[0]} in {pinned[1]}:\n    "
                        + "\n    ".join(" ".join(s.split())[:140] for s in counted.statements))
    assert not over, "\n".join(over)


#: form -> statements one POST sends at most, on SQLite and on PostgreSQL (where an
#: application's four kinds of kept rows are deleted in one statement). A write is a page's
#: cost and then some: the read model follows it in the same transaction, and a career
#: centre's load writes a note for every ten pages.
WRITE_PINS: dict[str, dict[str, int]] = {
    "a note": {"sqlite": 16, "postgresql": 13},  # 26 on both before round 10
    "a stage change": {"sqlite": 24, "postgresql": 21},  # 34
    "a check-in": {"sqlite": 11, "postgresql": 11},  # 14
}


def test_each_write_sends_no_more_statements_than_pinned(demo_web: Any, counted: Counted) -> None:
    live = list(dict.fromkeys(re.findall(r'data-id="(\d+)"', demo_web.get("/board").text)))
    app = f"/applications/{live[0]}"
    stages = iter(["interviewing", "screening", "interviewing", "screening"])
    forms = {
        "a note": (f"{app}/note", lambda: {"note_text": "Called them back"}),
        "a stage change": (f"{app}/move", lambda: {"stage": next(stages)}),
        "a check-in": ("/checkin", lambda: {"mood": "3"}),
    }
    dialect = demo_web.bb.db.engine.dialect.name
    over = []
    for kind, (path, data) in forms.items():
        assert demo_web.post(path, data()).status_code == 303, kind  # seen once
        counted.statements.clear()
        answer = demo_web.post(path, data())
        assert answer.status_code == 303, kind
        pinned = WRITE_PINS[kind][dialect]
        if len(counted.statements) > pinned:
            over.append(f"{kind} ({path}): {len(counted.statements)} statements, pinned "
                        f"{pinned}:\n    "
                        + "\n    ".join(" ".join(s.split())[:140] for s in counted.statements))
    assert not over, "\n".join(over)
