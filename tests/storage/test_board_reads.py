"""The board's reads (storage/readmodel/board_queries.py, migration 0024): a column's page and a
search's newest matches are the same cards as the whole search sorted, on both engines, and on
SQLite they are read through indexes, newest first, without walking every application."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from bounceback.config import Settings
from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import board_queries, queries, search, sync
from conftest import NOW
from kept_probes import read_path_statements
from tests_support import empty_database

CLOSED = [Outcome.REJECTED.value, Outcome.WITHDRAWN.value, Outcome.GHOSTED.value,
          Stage.ACCEPTED.value]


def _fill(bb: Bounceback) -> list[int]:
    """Applications on a few days (several a day, some with no day), at every stage, some
    rejected, withdrawn or accepted: what a board's columns and search read."""
    today = NOW.date()
    ids = []
    for i in range(36):
        day = None if i % 9 == 4 else today - timedelta(days=(i * 7) % 11)
        role = "Data Analyst" if i % 3 else "Engineer"
        app = bb.applications.add(Application(company=f"Co {i % 5}", role=role, date_applied=day))
        assert app.id is not None
        ids.append(app.id)
        if i % 4 == 1:
            bb.applications.move(app.id, Stage.SCREENING)
        if i % 6 == 2:
            bb.recovery.reject(app.id, on=today)
        if i % 7 == 3:
            bb.applications.withdraw(app.id, on=today)
        if i % 10 == 5:
            bb.applications.move(app.id, Stage.OFFER)
            bb.applications.move(app.id, Stage.ACCEPTED)
    return ids


def _newest(rows: list[tuple[int, Any]]) -> list[int]:
    """Ids in the board's order: day applied (none is the oldest), then id, newest first."""
    return [i for i, _ in sorted(rows, key=lambda x: (x[1] is not None, x[1], x[0]), reverse=True)]


def test_a_column_page_is_the_column_sorted_and_cut(bb: Bounceback) -> None:
    """In the board's order on both engines (day applied, none the oldest, then id), as the
    search lists them: since migration 0026 a column is read by the read model's `recency`."""
    _fill(bb)
    with bb.db.reader() as r:
        for stages in (CLOSED, [Stage.APPLIED.value], [Stage.SCREENING.value, Outcome.WITHDRAWN.value]):
            whole = _newest([(a.id, a.date_applied)
                             for a in queries.applications(r, ApplicationQuery(stages=stages))])
            assert whole, stages
            for offset in (0, 3, 7, len(whole) - 1, len(whole) + 5):
                page = board_queries.column(r, stages, 5, offset)
                assert [a.id for a in page] == whole[offset:offset + 5], (stages, offset)
                assert all(a.company.startswith("Co ") for a in page)


def test_a_whole_board_reads_each_column_as_its_page(bb: Bounceback) -> None:
    """The board's columns in one call (one statement on PostgreSQL, one per column on
    SQLite) are each column's page, a column with nothing in it included."""
    _fill(bb)
    wanted = [[Stage.APPLIED.value], [Stage.SCREENING.value], [Stage.OFFER.value], CLOSED,
              [Stage.SAVED.value, Outcome.WITHDRAWN.value]]
    with bb.db.reader() as r:
        for offset in (0, 2, 40):
            found = board_queries.columns(r, wanted, 4, offset)
            assert [[a.id for a in page] for page in found] == [_newest(
                [(a.id, a.date_applied) for a in queries.applications(
                    r, ApplicationQuery(stages=stages))])[offset:offset + 4] for stages in wanted]
        assert all(board_queries.columns(r, wanted, 4)[:2])  # the fill has applied and screening ones


def test_a_search_reads_its_newest_matches_in_the_board_order(bb: Bounceback) -> None:
    ids = _fill(bb)
    # a day changed after the fact moves the card in the search's order too (its key follows)
    moved = bb.applications.edit(ids[-1], {"date_applied": NOW.date() - timedelta(days=40)})
    assert moved.date_applied == NOW.date() - timedelta(days=40)
    for text_, other in (("analyst", {}), ("ANALYST", {"source": "other"}), ("an", {}),
                         ("co 3", {})):
        q = ApplicationQuery(text=text_, **other)
        with bb.db.reader() as r:
            everything = queries.applications(r, q)
            expected = _newest([(a.id, a.date_applied) for a in everything])
            for limit in (1, 4, len(expected) + 1):
                found = board_queries.newest_matching(r, q, limit)
                assert [i for i, _, _ in found] == expected[:limit], (text_, limit)
                held = {a.id: (a.stage.value, a.outcome.value if a.outcome else None)
                        for a in everything}
                assert all(held[i] == (stage, outcome) for i, stage, outcome in found)
    with bb.db.session() as s:
        assert sync.check(s) == []  # the kept keys and the search index equal a rebuild


def test_a_search_is_planned_for_its_word_however_often_it_runs(bb: Bounceback) -> None:
    """On PostgreSQL a statement run often is prepared, and after five runs planned once for any
    value; the search's best plan depends on its word (a common one walks the newest first, a
    rare one reads the trigram index; planned once, the common word's search sorted every
    match: 17-18 ms of PostgreSQL's time at 5,000 applications instead of 1.4). A server's
    connection runs the board's search many times: never prepared, it is planned for each
    word, and finds what it found the first time."""
    if bb.db.is_sqlite:
        pytest.skip("PostgreSQL's prepared statements")
    _fill(bb)
    q = ApplicationQuery(text="analyst")
    with bb.db.reader() as r:
        first = board_queries.newest_matching(r, q, 1000)
        listed = queries.applications(r, q)
        assert first and listed
        for _ in range(8):
            assert board_queries.newest_matching(r, q, 1000) == first
            assert queries.applications(r, q) == listed
            r.all("SELECT count(*) FROM rm_applications WHERE search LIKE :like",
                  like="%analyst%")  # prepared: the check below can see one
        kept = r.column("SELECT statement FROM pg_prepared_statements")
    assert any("count(*) FROM rm_applications WHERE search LIKE" in s for s in kept)
    assert not [s for s in kept if "LIKE" in s and "count(*)" not in s]


def _plans(bb: Bounceback, web_get: Any, path: str) -> list[str]:
    """SQLite's query plan of every statement the page sends through the read path."""
    with read_path_statements() as sent:
        assert web_get(path).status_code == 200
    out = []
    with bb.db.reader() as r:
        for sql, params in sent:
            if "FROM applications" in sql or "FROM rm_applications" in sql or "rm_search" in sql:
                rows = r.all("EXPLAIN QUERY PLAN " + sql, **params)
                out.append(sql + "\n" + "\n".join(str(row[-1]) for row in rows))
    return out


def test_the_board_reads_no_column_or_search_by_walking_every_application(
        tmp_path: Path, sqlite_template: Path) -> None:
    """On the code before, the closed column walked the date index from the newest application
    (SCAN a USING INDEX ix_applications_date_applied) and the search read every match and
    sorted them (USE TEMP B-TREE FOR ORDER BY)."""
    import shutil

    from starlette.testclient import TestClient

    from bounceback.web.app import create_app

    path = tmp_path / "board.db"
    shutil.copy(sqlite_template, path)
    bb = Bounceback(Settings(database_url=f"sqlite:///{path}", home=tmp_path), clock=lambda: NOW)
    try:
        _fill(bb)
        with TestClient(create_app(bb), raise_server_exceptions=False) as client:
            for page in ("/board?show=all", "/board?show=closed&column=closed&from=5",
                         "/board?q=analyst&show=all"):
                plans = _plans(bb, client.get, page)
                assert plans, page
                for plan in plans:
                    walks = re.findall(r"^SCAN (a|m|c|applications|rm_applications)\b.*$", plan, re.M)
                    assert not walks, (page, plan)
                    if "rm_search" in plan:
                        assert "TEMP B-TREE" not in plan, (page, plan)
    finally:
        bb.close()


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0024_down_and_up_keys_the_search_by_recency(
        engine_name: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    with empty_database(engine_name, tmp_path) as url:
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        dated = bb.applications.add(Application(company="Acme", role="Analyst",
                                                date_applied=NOW.date() - timedelta(days=3)))
        later = bb.applications.add(Application(company="Globex", role="Analyst"))
        bb.close()
        engine = create_engine(url)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0023_read_model_days")
        assert "recency" not in {c["name"] for c in inspect(engine).get_columns("rm_applications")}
        if engine_name == "sqlite":
            with engine.connect() as c:  # the index as 0018 made it: keyed by the id
                found = c.execute(text("SELECT rowid FROM rm_search WHERE rm_search MATCH "
                                       "'\"analyst\"' ORDER BY rowid")).scalars().all()
                assert found == [dated.id, later.id]
        assert upgrade(engine) is True
        with engine.connect() as c:
            keys = dict(c.execute(text("SELECT application_id, recency FROM rm_applications")).all())
        assert keys == {dated.id: search.recency(dated.date_applied, dated.id),
                        later.id: search.recency(later.date_applied, later.id)}
        engine.dispose()
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        try:
            with bb.db.reader() as r:
                found = board_queries.newest_matching(r, ApplicationQuery(text="analyst"), 10)
            assert [i for i, _, _ in found] == _newest(
                [(dated.id, dated.date_applied), (later.id, later.date_applied)])
            assert [i for i, _, _ in found] == [later.id, dated.id]  # applied today
            bb.applications.edit(later.id, {"date_applied": NOW.date() - timedelta(days=9)})
            with bb.db.reader() as r:
                found = board_queries.newest_matching(r, ApplicationQuery(text="analyst"), 10)
            assert [i for i, _, _ in found] == [dated.id, later.id]
            with bb.db.session() as s:
                assert sync.check(s) == []
        finally:
            bb.close()


def _old_newest_matching(r: Any, q: ApplicationQuery, limit: int) -> list[tuple[Any, ...]]:
    """The statement before round 17: each match's stage and outcome from its applications row."""
    joined = "JOIN applications a ON a.id = m.application_id JOIN companies c ON c.id = a.company_id"
    needle = search.needle_of(q.text or "")
    if r.is_sqlite:
        sql = (f"SELECT a.id, a.stage, a.outcome FROM rm_search JOIN rm_applications m "
               f"ON m.recency = rm_search.rowid {joined} WHERE rm_search MATCH :match "
               "ORDER BY rm_search.rowid DESC LIMIT :limit")
        return [tuple(row) for row in r.all(sql, match=search.fts_phrase(needle), limit=limit)]
    sql = (f"SELECT a.id, a.stage, a.outcome FROM rm_applications m {joined} "
           "WHERE m.search LIKE :like ORDER BY m.recency DESC LIMIT :limit")
    return [tuple(row) for row in r.all(sql, like=f"%{needle}%", limit=limit)]


def test_a_search_counts_its_matches_from_the_index_entries_with_the_same_columns(
        bb: Bounceback) -> None:
    """Round 17: with no other filter, a match's (stage, outcome) comes from the read model's
    index entry (migration 0030), not from the applications table: the same rows as the
    statement before, after moves, rejections, withdrawals, an acceptance and an edit."""
    ids = _fill(bb)
    bb.applications.edit(ids[3], {"role": "Senior Analyst"})
    for text_ in ("analyst", "data", "engineer", "co 1", "nothing like it"):
        q = ApplicationQuery(text=text_)
        with bb.db.reader() as r:
            for limit in (1, 7, 1000):
                assert board_queries.newest_matching(r, q, limit) == \
                    _old_newest_matching(r, q, limit), (text_, limit)
    with bb.db.reader() as r:
        if not r.is_sqlite:
            return
        with read_path_statements() as sent:
            board_queries.newest_matching(r, ApplicationQuery(text="analyst"), 5)
        sql, params = [(s, p) for s, p in sent if "rm_search MATCH" in s][0]
        plan = "\n".join(str(row[-1]) for row in r.all("EXPLAIN QUERY PLAN " + sql, **params))
        assert "applications a" not in sql
        assert "COVERING INDEX ix_rm_applications_search_status" in plan, plan
        journal = "\n".join(str(row[-1]) for row in r.all(
            "EXPLAIN QUERY PLAN SELECT rejection_id, written_at FROM journal_entries "
            "WHERE rejection_id IN (1, 2, 3)"))
        assert "SCAN journal_entries" not in journal, journal
