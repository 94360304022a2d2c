"""The demo is loaded in bulk (storage/bulk.py: rows a statement per batch, the read model's
triggers off, the read model computed once at the end): the same records as importing the
demo's document, a read model equal to a rebuild, and every write after it kept as before."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bounceback.config import Settings
from bounceback.demo import build_document
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from bounceback.storage import bulk, transfer
from bounceback.storage.readmodel import sync
from conftest import NOW


def _shape(document: dict[str, Any]) -> tuple[Counter[tuple[Any, Any]], Counter[int]]:
    """Counts by stage and outcome, and how many applications have each number of events."""
    tables = document["tables"]
    stages = Counter((a["stage"], a["outcome"]) for a in tables["applications"])
    per_app = Counter(e["application_id"] for e in tables["events"])
    return stages, Counter(per_app.values())


def test_the_bulk_demo_is_the_imported_demo_and_its_read_model_a_rebuild(bb: Bounceback) -> None:
    bb.data.import_document(build_document("small", today=NOW.date()))  # a user's import
    imported = bb.data.export_document(include_private=True)
    with bb.db.session() as s:
        imported_model = sync.snapshot(s)
        transfer.wipe(s)
    bb.data.build_demo("small")
    built = bb.data.export_document(include_private=True)
    assert _shape(built) == _shape(imported)
    assert len(built["tables"]["applications"]) == 60
    assert built == imported  # every record, the revivals and practice cards it settles included
    with bb.db.session() as s:
        assert sync.snapshot(s) == imported_model
        assert sync.check(s) == []


def test_writes_after_the_bulk_demo_keep_the_read_model(demo_bb: Bounceback) -> None:
    live = [a for a in demo_bb.applications.list() if a.stage == Stage.APPLIED and a.outcome is None]
    demo_bb.applications.move(live[0].id or 0, Stage.SCREENING)
    added = demo_bb.applications.add(Application(company="Acme", role="Analyst"))
    with demo_bb.db.session() as s:
        rows = sync.snapshot(s)["applications"]
        assert sync.check(s) == []
    assert added.id in rows and live[0].id in rows


def test_a_bulk_load_that_fails_leaves_the_triggers(bb: Bounceback) -> None:
    with pytest.raises(RuntimeError, match="stopped"), bb.db.session() as s, bulk.read_model_once(s):
        raise RuntimeError("stopped")
    bb.applications.add(Application(company="Acme", role="Analyst"))
    with bb.db.session() as s:
        assert sync.check(s) == []
        assert len(sync.snapshot(s)["applications"]) == 1


def test_some_applications_events_are_read_through_their_own_index(sqlite_url: str) -> None:
    """A rebuild (and an import's sync) reads the events of 500 applications at a time: by
    application, not by scanning every event of the search for each chunk."""
    from sqlalchemy import event

    from bounceback.pipeline.state import KINDS
    from bounceback.storage.repos.pipeline import events_by_application

    bb = Bounceback(Settings(database_url=sqlite_url), clock=lambda: NOW)
    bb.data.build_demo("small")
    sent: list[tuple[str, Any]] = []
    event.listen(bb.db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, params, *_a: sent.append((statement, params)))
    with bb.db.session() as s:
        found = events_by_application(s, KINDS, list(range(1, 61)))
        statement, params = sent[-1]
        plan = " ".join(str(row[-1]) for row in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, params))
        everyone = events_by_application(s, KINDS)
    bb.close()
    assert found == {app_id: events for app_id, events in everyone.items() if app_id <= 60}
    assert "ix_events_application_time" in plan, plan


def _triggers(s: Any) -> set[str]:
    from sqlalchemy import text

    if s.get_bind().dialect.name == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return set(s.execute(text(query)).scalars())


def test_dropping_the_triggers_leaves_none_of_those_install_makes(bb: Bounceback) -> None:
    """Review of round 12: `drop` spelled the triggers' names a second time; a name changed in
    `install` alone would leave a live trigger through a bulk load. Now both name them in one
    place, and what `install` made `drop` removes, on either engine."""
    from bounceback.storage.readmodel import triggers

    with bb.db.session() as s:
        installed = _triggers(s)
        connection = s.connection()
        triggers.drop(connection)
        left = _triggers(s)
        assert installed - left, "drop removed nothing"
        triggers.install(connection)
        assert _triggers(s) == installed
        s.rollback()
    # what stays is the search index's own, on the read model's table (SQLite's full-text
    # search; PostgreSQL's search is an index, no trigger)
    assert {name for name in left if name.startswith("rm_")} <= {
        "rm_search_insert", "rm_search_update", "rm_search_delete"}


def test_the_demo_on_postgresql_leaves_the_planner_its_statistics(bb: Bounceback) -> None:
    """A store just filled had no statistics until autovacuum came by (a minute or more): its
    first pages were planned for empty tables, `/` reading every check-in and every read-model
    row where an index finds the few it shows (round 26). The load takes them in its own
    transaction: the planner knows each table's size when the demo's first page is asked for."""
    if bb.db.is_sqlite:
        pytest.skip("SQLite plans without statistics of this kind (none is kept by the demo)")
    bb.data.build_demo("small")
    with bb.db.reader() as r:
        known = dict(r.all(
            "SELECT c.relname, c.reltuples FROM pg_class c "
            "WHERE c.relnamespace = to_regnamespace(current_schema()) AND c.relname IN "
            "('applications', 'events', 'check_ins', 'rm_applications', 'rm_tallies')"))
        counts = {name: r.scalar(f"SELECT count(*) FROM {name}") for name in known}
    assert len(known) == 5
    for name, rows in counts.items():
        assert rows > 0 and known[name] == rows, f"{name}: the planner thinks {known[name]} rows"
