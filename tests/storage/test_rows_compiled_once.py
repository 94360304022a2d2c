"""The statements an application's page and its brief send on every view are built once and,
on PostgreSQL, compiled once and sent through the driver (storage/repos/core.rows): every
statement that may take that path (each one declared with `core.prebuilt`) must read exactly
what SQLAlchemy's own path reads (every row, every value and its type, the columns' names),
the statement counters must still hear every one of them, and on SQLite nothing changes. On
the small demo search, on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import bounceback.storage
from bounceback.services import Bounceback
from bounceback.storage.repos import applications, companies, core, feedback, interviews, recovery
from bounceback.storage.repos import skills as skills_repo
from kept_probes import statements
from tests_now import TODAY


def everything(bb: Bounceback) -> list[Any]:
    """What the pages read, through the repositories, for every application of the search."""
    found: list[Any] = []
    ids = [a.id for a in bb.applications.list()]
    with bb.db.session() as s:
        for app_id in ids:
            timeline = bb.applications.timeline(app_id)
            found += [timeline, bb.learning.for_timeline(timeline),
                      interviews.interviews(s, app_id),
                      companies.find_company(s, timeline.application.company)]
            found += [skills_repo.get_posting(s, app_id),
                      skills_repo.resume_id_for_application(s, app_id)]
        found += [feedback.lessons(s), interviews.due_cards(s, TODAY, 50)]
        written = recovery.entries(s)
        found += [interviews.cards(s), written, recovery.people(s),
                  recovery.people(s, include_inactive=True),
                  [recovery.entries(s, rejection_id=r) for r in
                   sorted({e.rejection_id for e in written if e.rejection_id is not None})]]
    return found


def driven(bb: Bounceback) -> list[Any]:
    """Every statement declared for the driver path (each module that declares one imported)
    that this engine sends through the driver."""
    for module in pkgutil.walk_packages(bounceback.storage.__path__, "bounceback.storage."):
        importlib.import_module(module.name)
    dialect = bb.db.engine.dialect
    applications._one(dialect.name)  # built on first use, once per engine kind
    others = [id(s) for kind, s in applications._ONE.items() if kind != dialect.name]
    return [s for s in core.PREBUILT
            if id(s) not in others and core._compiled(s, dialect) is not None]


def test_every_statement_the_driver_may_take_reads_what_sqlalchemy_reads(
        demo_bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = demo_bb
    monkeypatch.setattr(core, "_COMPILED", {})  # this test's own look at what is compiled
    taken = driven(bb)
    if bb.db.engine.dialect.name == "sqlite":
        assert not taken, "SQLite reads through SQLAlchemy as before"
    else:
        assert len(taken) >= 8, "the pages' statements go through the driver on PostgreSQL"
    compared: set[int] = set()
    real = core.rows

    def both_ways(session: Any, statement: Any, params: dict[str, Any] | None = None) -> list[Any]:
        fast = real(session, statement, params)
        with monkeypatch.context() as plain_only:
            plain_only.setattr(core, "_driver_form", lambda *_: None)
            plain = real(session, statement, params)
        assert [tuple(r) for r in fast] == [tuple(r) for r in plain]
        assert [[type(v) for v in r] for r in fast] == [[type(v) for v in r] for r in plain]
        assert all(f._fields == p._fields for f, p in zip(fast, plain, strict=True))
        if fast:
            compared.add(id(statement))
        return fast

    monkeypatch.setattr(core, "rows", both_ways)
    everything(bb)
    missing = [str(s).split("\n")[0] for s in taken if id(s) not in compared]
    assert not missing, f"statements sent through the driver but never compared: {missing}"


def test_the_pages_reads_are_the_same_through_the_driver_and_still_counted(
        demo_bb: Bounceback, monkeypatch: pytest.MonkeyPatch) -> None:
    bb = demo_bb
    everything(bb)  # what the process keeps under a stamp (the reasons' labels) is kept
    with statements(bb) as direct_sent:
        direct = everything(bb)
    monkeypatch.setattr(core, "_driver_form", lambda *_: None)  # SQLAlchemy's path for all
    with statements(bb) as through_sent:
        through = everything(bb)
    assert direct == through
    assert any(t.contacts for t in direct[::6]) and any(t.rejection for t in direct[::6])
    assert any(found.interviews and found.interviews[0].questions for found in direct[1::6])
    assert direct[-7] and direct[-6], "the demo has lessons and cards due"
    assert all(direct[-5:]), "and practice cards, a journal, support people, an entry on a rejection"
    assert [" ".join(s.split()) for s in direct_sent] == \
        [" ".join(s.split()) for s in through_sent]


def test_a_statement_with_a_list_expanded_when_sent_goes_through_sqlalchemy(
        demo_bb: Bounceback) -> None:
    """An interview looked up with the weak answers' rounds (`also`, an IN list): the same
    result as without the fast path's statement, whatever the engine."""
    bb = demo_bb
    with bb.db.session() as s:
        held = [i.id for i in interviews.interviews(s)]
        assert held
        app_id = next(i.application_id for i in interviews.interviews(s))
        mine = interviews.interviews(s, app_id)
        with_others = interviews.interviews(s, app_id, also=held)
    assert {i.id for i in with_others} == set(held)
    assert [i for i in with_others if i.application_id == app_id] == mine
