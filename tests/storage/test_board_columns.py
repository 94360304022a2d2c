"""A board column's first cards are read from the column's own range (migration 0026), on
PostgreSQL too; the migration (with today's open feedback requests' index) goes down and up on
both engines.

Round 13 measured the board's open columns ten times slower at 50,000 applications than at
5,000 on PostgreSQL: each column's first 20 (`stage = ... AND outcome IS NULL ORDER BY
date_applied DESC, id DESC LIMIT 20`) was planned on the date index, backwards, filtering. The
planner expects a stage spread evenly over time; in a real search the newest applications are
mostly at `applied` and the interviews among older ones, so it read thousands of rows for 20.
Here 12,000 applications are spread that way (by SQL: quicker than the service), analysed, and
the plan of each statement a column sends is run: it must read about what it shows."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from bounceback.config import Settings
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.services import Bounceback
from bounceback.storage.readmodel import board_queries, sync
from conftest import NOW
from kept_probes import read_path_statements
from tests_support import empty_database

MADE = {"ix_rm_applications_column", "ix_rm_applications_open", "ix_feedback_requests_open"}
COLUMNS = {"applied": ["applied"], "screening": ["screening"],
           "closed": ["rejected", "withdrawn", "ghosted", "accepted"]}

COUNT = 12_000
#: The newest applications (a fifth) are all at `applied`; every tenth older one is interviewing.
FILL = f"""
INSERT INTO applications (uid, company_id, role, source, description, stage, furthest_stage,
                          notes, date_applied, created_at, updated_at)
SELECT md5(g::text), :company, 'Analyst ' || g, 'other', '',
       CASE WHEN g <= {COUNT * 4 // 5} AND g % 10 = 0 THEN 'interviewing' ELSE 'applied' END,
       CASE WHEN g <= {COUNT * 4 // 5} AND g % 10 = 0 THEN 'interviewing' ELSE 'applied' END,
       '', DATE '2024-01-01' + g / 16, now(), now()
FROM generate_series(1, {COUNT}) g
"""
KEEP = """
INSERT INTO rm_applications (application_id, company, role, kind, source, stage, furthest_stage,
                             live, date_applied, role_family, learnable, totals, search, recency)
SELECT a.id, 'Acme', a.role, 'job', a.source, a.stage, a.furthest_stage, true, a.date_applied,
       'other', false, '[]', '', ((a.date_applied - DATE '0001-01-01' + 1)::bigint << 32) | a.id
FROM applications a
"""


def _read(plan: dict[str, Any]) -> int:
    """Rows every scan of a table read, those its filter threw away included."""
    here = 0
    if plan.get("Relation Name") in {"applications", "rm_applications"}:
        here = (plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)) * plan.get(
            "Actual Loops", 1)
    return here + sum(_read(child) for child in plan.get("Plans", []))


def test_a_column_page_reads_its_range_not_the_date_index(bb: Bounceback) -> None:
    if bb.settings.database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's planner: SQLite reads the range (test_board_reads.py)")
    with bb.db.engine.begin() as c:
        company = c.execute(text("INSERT INTO companies (name, key, notes) VALUES "
                                 "('Acme', 'acme', '') RETURNING id")).scalar_one()
        c.execute(text(FILL), {"company": company})
        c.execute(text(KEEP))
    with bb.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("ANALYZE applications"))
        c.execute(text("ANALYZE rm_applications"))
    with read_path_statements() as sent, bb.db.reader() as r:
        page = board_queries.column(r, ["interviewing"], 20)
        later = board_queries.column(r, ["interviewing"], 20, 40)
    interviewing = sorted(range(10, COUNT * 4 // 5 + 1, 10), reverse=True)
    assert [a.role for a in page] == [f"Analyst {g}" for g in interviewing[:20]]
    assert [a.role for a in later] == [f"Analyst {g}" for g in interviewing[40:60]]
    columns = [(sql, params) for sql, params in sent if "FROM applications" in sql
               or "FROM rm_applications" in sql]
    assert len(columns) == 2
    with bb.db.reader() as r:
        for sql, params in columns:
            found = r.all("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, **params)[0][0]
            plan = (json.loads(found) if isinstance(found, str) else found)[0]["Plan"]
            # what the page shows (and the cards before it), and a little: not thousands
            assert _read(plan) <= 3 * (params["e"] + params["limit"]), json.dumps(plan)[:3000]


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_migration_0026_down_and_up_keeps_the_columns(engine_name: str, tmp_path: Path) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config, upgrade

    with empty_database(engine_name, tmp_path) as url:
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        made = [bb.applications.add(Application(
            company=f"Co {i}", role="Analyst", date_applied=NOW.date() - timedelta(days=i % 4)))
            for i in range(9)]
        bb.applications.move(made[2].id or 0, Stage.SCREENING)
        bb.recovery.reject(made[5].id or 0, on=NOW.date())
        with bb.db.reader() as r:
            before = {name: [a.id for a in board_queries.column(r, stages, 20)]
                      for name, stages in COLUMNS.items()}
        bb.close()
        engine = create_engine(url)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0025_merge_search_hope")
        names = {i["name"] for t in ("rm_applications", "feedback_requests")
                 for i in inspect(engine).get_indexes(t)}
        assert not names & MADE
        assert upgrade(engine) is True
        names = {i["name"] for t in ("rm_applications", "feedback_requests")
                 for i in inspect(engine).get_indexes(t)}
        assert names >= MADE
        engine.dispose()
        bb = Bounceback(Settings(database_url=url, home=tmp_path), clock=lambda: NOW)
        try:
            with bb.db.reader() as r:
                after = {name: [a.id for a in board_queries.column(r, stages, 20)]
                         for name, stages in COLUMNS.items()}
            assert after == before
            assert after["applied"][:3] == [made[8].id, made[4].id, made[0].id]  # newest day, then id
            assert after["closed"] == [made[5].id]
            bb.applications.move(made[0].id or 0, Stage.INTERVIEWING)
            with bb.db.reader() as r:
                assert made[0].id in [a.id for a in board_queries.column(r, ["interviewing"], 5)]
            with bb.db.session() as s:
                assert sync.check(s) == []  # the read model equals a rebuild
        finally:
            bb.close()
